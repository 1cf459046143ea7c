// Posts (API.md §4, migration 0001): planned, scheduled and published
// posts, with their ordered media in post_media.
#include "SyncedTypes.h"

#include "../ChangeHub.h"

#include <QCoreApplication>

namespace pitchside::store {

namespace {

QString statusInWords(const QString &key)
{
    PostStatus status;
    return postStatusFromKey(key, &status) ? postStatusName(status) : key;
}

SyncedType<Post> declare()
{
    SyncedType<Post> t(EntityType::Post, QStringLiteral("posts"), QT_TRANSLATE_NOOP("SyncEntity", "Post"));
    t.operations = CanCreate | CanUpdate | CanDelete;
    t.titleColumn = QStringLiteral("content");
    t.add("profile_id", &Post::profileId, ColumnKind::Text, Pushed, QT_TRANSLATE_NOOP("SyncField", "Profile"))
        .references("profile");
    t.add("platforms", &Post::platforms, ColumnKind::PlatformMask, Required | Pushed,
          QT_TRANSLATE_NOOP("SyncField", "Networks"));
    t.add("content", &Post::content, ColumnKind::TextNotNull, Required | Pushed, QT_TRANSLATE_NOOP("SyncField", "Text"));
    t.add("hashtags", &Post::hashtags, ColumnKind::JsonArray, Pushed, QT_TRANSLATE_NOOP("SyncField", "Hashtags"));
    t.add("first_comment", &Post::firstComment, ColumnKind::Text, Pushed,
          QT_TRANSLATE_NOOP("SyncField", "First comment"));
    QStringList statuses;
    for (PostStatus s : AllPostStatuses)
        statuses << postStatusKey(s);
    t.add(
         "status", ColumnKind::TextNotNull, Required | Pushed, QT_TRANSLATE_NOOP("SyncField", "Status"),
         [](const Post &p) { return QVariant(postStatusKey(p.status)); },
         [](Post &p, const QVariant &v) { postStatusFromKey(v.toString(), &p.status); })
        .oneOf(statuses)
        .saidAs(statusInWords);
    t.add("scheduled_at", &Post::scheduledAt, ColumnKind::Timestamp, Pushed,
          QT_TRANSLATE_NOOP("SyncField", "Scheduled for"));
    t.add("published_at", &Post::publishedAt, ColumnKind::Timestamp, Pushed,
          QT_TRANSLATE_NOOP("SyncField", "Published on"));
    t.add("error_message", &Post::errorMessage, ColumnKind::Text, Pushed, QT_TRANSLATE_NOOP("SyncField", "Error"));
    t.add("idea_source", &Post::ideaSource, ColumnKind::Text, Pushed, QT_TRANSLATE_NOOP("SyncField", "Idea"));
    t.add("ai_generated", &Post::aiGenerated, ColumnKind::Bool, Pushed,
          QT_TRANSLATE_NOOP("SyncField", "Written with AI"));
    t.add("rating", &Post::rating, ColumnKind::Integer, Pushed, QT_TRANSLATE_NOOP("SyncField", "Rating"))
        .oneOf({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                QStringLiteral("5")});
    t.add("template_id", &Post::templateId, ColumnKind::Text, Pushed, QT_TRANSLATE_NOOP("SyncField", "Template"))
        .references("template");
    t.add("metadata", &Post::metadata, ColumnKind::JsonObject, Pushed);
    t.addTimes();
    t.addChild({QStringLiteral("post_media"), QStringLiteral("post_id"), QStringLiteral("media_id"),
                QStringLiteral("position")},
               "media_ids", &Post::mediaIds, QT_TRANSLATE_NOOP("SyncField", "Media"));
    // "Keep both": the local copy becomes a new draft, never a second
    // scheduled or published post.
    t.copyOverrides = {{QStringLiteral("status"), QStringLiteral("draft")},
                       {QStringLiteral("published_at"), QVariant(QMetaType::fromType<qint64>())},
                       {QStringLiteral("error_message"), QVariant(QMetaType::fromType<QString>())}};
    return t;
}

} // namespace

const SyncedType<Post> &postType()
{
    return declaredOnce<declare>();
}

} // namespace pitchside::store
