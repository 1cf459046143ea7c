#include "ErrorText.h"

#include <QCoreApplication>

namespace pitchside::sync {

QString explainError(const api::ApiError &e)
{
    using Kind = api::ApiError::Kind;
    switch (e.kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return QCoreApplication::translate("SyncError", "The server cannot be reached. Your changes are kept on "
                                                        "this computer and will be sent when it is back.");
    case Kind::Timeout:
        if (e.deadlineSeconds > 0)
            return QCoreApplication::translate("SyncError", "The server did not send a complete answer within "
                                                            "%n second(s). Your changes are kept on this computer; "
                                                            "Pitchside will try again by itself.",
                                               nullptr, e.deadlineSeconds);
        return QCoreApplication::translate("SyncError", "The server is taking too long to answer. Pitchside will "
                                                        "try again by itself.");
    case Kind::Tls:
        return QCoreApplication::translate("SyncError", "The secure connection to the server failed (certificate "
                                                        "not trusted). Nothing was sent.");
    case Kind::Parse:
        return QCoreApplication::translate("SyncError", "The server sent an answer Pitchside cannot read (%1). It "
                                                        "will try again later.")
            .arg(e.jsonPath);
    case Kind::SignInRequired:
        return QCoreApplication::translate("SyncError", "Your session has ended. Sign in again to send your "
                                                        "changes; they are kept on this computer.");
    case Kind::InsecureUrl:
        return QCoreApplication::translate("SyncError", "The server address is not encrypted (http://). Use an "
                                                        "https:// address.");
    case Kind::Cancelled:
        return QCoreApplication::translate("SyncError", "Stopped.");
    case Kind::Http:
        break;
    }
    if (e.status == 429) {
        return e.retryAfterSeconds > 0
                   ? QCoreApplication::translate("SyncError",
                                                 "The server asks Pitchside to slow down; it will try again in "
                                                 "%n second(s).",
                                                 nullptr, e.retryAfterSeconds)
                   : QCoreApplication::translate("SyncError", "The server asks Pitchside to slow down; it will try "
                                                             "again shortly.");
    }
    if (e.status >= 500)
        return QCoreApplication::translate("SyncError", "The server has a problem (error %1). Pitchside will try "
                                                        "again by itself.")
            .arg(e.status);
    if (!e.message.isEmpty())
        return e.message; // the server's own sentence, in the user's language
    return QCoreApplication::translate("SyncError", "The server refused the change (error %1).").arg(e.status);
}

QString adviceForRefusal(const QString &code)
{
    if (code.startsWith(u"BUSINESS_RULE/caption_too_long"))
        return QCoreApplication::translate("SyncError", "Shorten the text, then save: it will be sent again.");
    if (code.startsWith(u"BUSINESS_RULE/schedule_in_past"))
        return QCoreApplication::translate("SyncError", "Pick a time in the future, then save: it will be sent again.");
    if (code.startsWith(u"BUSINESS_RULE/instagram_needs_media"))
        return QCoreApplication::translate("SyncError", "Add a photo or a video, or remove Instagram, then save.");
    if (code.startsWith(u"BUSINESS_RULE/too_many_hashtags"))
        return QCoreApplication::translate("SyncError", "Remove some hashtags (30 at most for Instagram), then save.");
    if (code.startsWith(u"BUSINESS_RULE/unknown_media"))
        return QCoreApplication::translate("SyncError", "A photo of this post is not in your library on the server. Remove it from the post, then save.");
    if (code.startsWith(u"BUSINESS_RULE/published_post_immutable"))
        return QCoreApplication::translate("SyncError", "This post is already published and cannot change. Make a copy to publish a new version.");
    if (code.startsWith(u"BUSINESS_RULE/media_in_use"))
        return QCoreApplication::translate("SyncError", "Remove this media item from the posts that use it first.");
    if (code.startsWith(u"BUSINESS_RULE"))
        return QCoreApplication::translate("SyncError", "Change what the message names, then save: it will be sent again.");
    if (code.startsWith(u"FORBIDDEN"))
        return QCoreApplication::translate("SyncError", "Your account may not make this change. Check the profile, or ask your club's administrator.");
    if (code.startsWith(u"VALIDATION_ERROR"))
        return QCoreApplication::translate("SyncError", "Correct the field the message names, then save: it will be sent again.");
    if (code.startsWith(u"PAYLOAD_TOO_LARGE"))
        return QCoreApplication::translate("SyncError", "The change is too large for the server. Shorten it, then save.");
    if (code.startsWith(u"UNSUPPORTED"))
        return QCoreApplication::translate("SyncError", "This version of Pitchside cannot send this kind of change. Update Pitchside.");
    return QCoreApplication::translate("SyncError", "Retry now, or change the item and save it again.");
}

} // namespace pitchside::sync
