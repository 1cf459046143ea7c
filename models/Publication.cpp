#include "Publication.h"

#include "Platform.h"

#include <QCoreApplication>

namespace pitchside {

QUrl safePostUrl(const Publication &p)
{
    const QUrl url(p.postUrl, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || !url.userInfo().isEmpty())
        return {};
    static const struct {
        const char *platform;
        const char *domain;
    } kSites[] = {{"facebook", "facebook.com"}, {"instagram", "instagram.com"}, {"linkedin", "linkedin.com"}};
    const QString host = url.host().toLower();
    for (const auto &s : kSites) {
        const QString domain = QLatin1String(s.domain);
        if (p.platform == QLatin1String(s.platform)
            && (host == domain || host.endsWith(QLatin1Char('.') + domain)))
            return url;
    }
    return {};
}

QString failureText(const Publication &p)
{
    const QString network = platformName(p.platform);
    const QString &code = p.errorCode;
    if (code == u"no_social_account")
        return QCoreApplication::translate("Publication", "No %1 account is connected. Connect one on the Accounts page, then choose Try again.").arg(network);
    if (code == u"needs_reconnect" || code == u"token_revoked")
        return QCoreApplication::translate("Publication", "The %1 account must be reconnected: its authorisation ended or was withdrawn. Reconnect it on the "
                   "Accounts page, then choose Try again.")
            .arg(network);
    if (code == u"instagram_needs_media")
        return QCoreApplication::translate("Publication", "Instagram refuses a post without a photo or a video. Add one, then choose Try again.");
    if (code == u"media_rejected")
        return QCoreApplication::translate("Publication", "%1 refused a photo or video (its format or proportions). Fix the media, then choose Try again.")
            .arg(network);
    if (code == u"rate_limited")
        return QCoreApplication::translate("Publication", "%1 is limiting how many posts go out: too many in a short time. Try again in an hour.").arg(network);
    if (code == u"duplicate_content")
        return QCoreApplication::translate("Publication", "%1 refuses a text identical to a recent post. Change the text, then choose Try again.").arg(network);
    if (code == u"provider_unavailable")
        return QCoreApplication::translate("Publication", "%1 is not answering at the moment. Try again in a few minutes.").arg(network);
    const QString words = p.errorMessage.left(200);
    return words.isEmpty() ? QCoreApplication::translate("Publication", "%1 refused the post. Try again; if it keeps failing, contact support.").arg(network)
                           : QCoreApplication::translate("Publication", "%1 refused the post (“%2”). Try again; if it keeps failing, contact support.")
                                 .arg(network, words);
}

QString publicationStatusText(const Publication &p)
{
    if (p.status == u"published")
        return QCoreApplication::translate("Publication", "Published");
    if (p.status == u"failed")
        return QCoreApplication::translate("Publication", "Not published");
    if (p.status == u"scheduled")
        return QCoreApplication::translate("Publication", "Scheduled");
    return QCoreApplication::translate("Publication", "Being published");
}

} // namespace pitchside
