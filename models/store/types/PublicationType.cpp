// A post's publications, one per network (API.md §4 and §9): the server's
// to make when it publishes; read here to show each network's outcome.
#include "SyncedTypes.h"

#include "../ChangeHub.h"

#include <QCoreApplication>

namespace pitchside::store {

namespace {

SyncedType<Publication> declare()
{
    SyncedType<Publication> t(EntityType::Publication, QStringLiteral("publications"),
                              QT_TRANSLATE_NOOP("SyncEntity", "Publication"));
    t.operations = 0; // read-only: the app asks for a publication by publishing the post
    t.titleColumn = QStringLiteral("platform");
    t.add("post_id", &Publication::postId, ColumnKind::Text, 0, QT_TRANSLATE_NOOP("SyncField", "Post"))
        .references("post");
    t.add("platform", &Publication::platform, ColumnKind::TextNotNull, Required,
          QT_TRANSLATE_NOOP("SyncField", "Network"))
        .oneOf({QStringLiteral("linkedin"), QStringLiteral("facebook"), QStringLiteral("instagram")});
    t.add("account_id", &Publication::accountId, ColumnKind::Text, 0, QT_TRANSLATE_NOOP("SyncField", "Account"))
        .references("social_account");
    t.add("status", &Publication::status, ColumnKind::TextNotNull, Required, QT_TRANSLATE_NOOP("SyncField", "Status"))
        .oneOf({QStringLiteral("pending"), QStringLiteral("scheduled"), QStringLiteral("published"),
                QStringLiteral("failed")});
    t.add("platform_post_id", &Publication::platformPostId, ColumnKind::Text);
    t.add("post_url", &Publication::postUrl, ColumnKind::Text, 0, QT_TRANSLATE_NOOP("SyncField", "Link"));
    t.add("error_code", &Publication::errorCode, ColumnKind::Text);
    t.add("error_message", &Publication::errorMessage, ColumnKind::Text, 0, QT_TRANSLATE_NOOP("SyncField", "Error"));
    t.add("scheduled_at", &Publication::scheduledAt, ColumnKind::Timestamp);
    t.add("published_at", &Publication::publishedAt, ColumnKind::Timestamp, 0,
          QT_TRANSLATE_NOOP("SyncField", "Published on"));
    t.add("attempts", &Publication::attempts, ColumnKind::IntegerNotNull);
    t.add("reach", &Publication::reach, ColumnKind::IntegerNotNull);
    t.add("impressions", &Publication::impressions, ColumnKind::IntegerNotNull);
    t.add("likes", &Publication::likes, ColumnKind::IntegerNotNull);
    t.add("comments", &Publication::comments, ColumnKind::IntegerNotNull);
    t.add("shares", &Publication::shares, ColumnKind::IntegerNotNull);
    t.add("saves", &Publication::saves, ColumnKind::IntegerNotNull);
    t.add("clicks", &Publication::clicks, ColumnKind::IntegerNotNull);
    t.add("metrics_updated_at", &Publication::metricsUpdatedAt, ColumnKind::Timestamp);
    t.addTimes();
    return t;
}

} // namespace

const SyncedType<Publication> &publicationType()
{
    return declaredOnce<declare>();
}

} // namespace pitchside::store
