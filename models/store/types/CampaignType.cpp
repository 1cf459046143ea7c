// WhatsApp campaigns (docs/api/campaigns.md): people write the name, the
// two messages and the categories; sending, stopping and retrying are
// outbox commands (CampaignRepository); status and counters are the
// server's.
#include "SyncedTypes.h"

#include "../ChangeHub.h"

#include <QCoreApplication>

namespace pitchside::store {

namespace {

SyncedType<Campaign> declare()
{
    SyncedType<Campaign> t(EntityType::Campaign, QStringLiteral("campaigns"),
                           QT_TRANSLATE_NOOP("SyncEntity", "Campaign"));
    t.operations = CanCreate | CanUpdate | CanDelete;
    t.titleColumn = QStringLiteral("name");
    t.add("name", &Campaign::name, ColumnKind::TextNotNull, Required | Pushed, QT_TRANSLATE_NOOP("SyncField", "Name"));
    t.add("message_1", &Campaign::message1, ColumnKind::TextNotNull, Required | Pushed,
          QT_TRANSLATE_NOOP("SyncField", "First message"));
    t.add("message_2", &Campaign::message2, ColumnKind::Text, Pushed, QT_TRANSLATE_NOOP("SyncField", "Follow-up"));
    t.add("status", &Campaign::status, ColumnKind::TextNotNull, Required, QT_TRANSLATE_NOOP("SyncField", "Status"))
        .oneOf({QStringLiteral("draft"), QStringLiteral("scheduled"), QStringLiteral("sending"),
                QStringLiteral("completed"), QStringLiteral("failed"), QStringLiteral("stopped")})
        .saidAs(campaignStatusText);
    t.add("scheduled_at", &Campaign::scheduledAt, ColumnKind::Timestamp, 0,
          QT_TRANSLATE_NOOP("SyncField", "Scheduled for"));
    t.add("started_at", &Campaign::startedAt, ColumnKind::Timestamp);
    t.add("completed_at", &Campaign::completedAt, ColumnKind::Timestamp);
    t.add("total_recipients", &Campaign::totalRecipients, ColumnKind::IntegerNotNull);
    t.add("pending_count", &Campaign::pendingCount, ColumnKind::IntegerNotNull);
    t.add("sent_count", &Campaign::sentCount, ColumnKind::IntegerNotNull);
    t.add("delivered_count", &Campaign::deliveredCount, ColumnKind::IntegerNotNull);
    t.add("read_count", &Campaign::readCount, ColumnKind::IntegerNotNull);
    t.add("replied_count", &Campaign::repliedCount, ColumnKind::IntegerNotNull);
    t.add("failed_count", &Campaign::failedCount, ColumnKind::IntegerNotNull);
    t.add("success_count", &Campaign::successCount, ColumnKind::IntegerNotNull);
    t.add("message_2_sent_count", &Campaign::message2SentCount, ColumnKind::IntegerNotNull);
    t.addTimes();
    t.addChild({QStringLiteral("campaign_categories"), QStringLiteral("campaign_id"), QStringLiteral("category_id"),
                QStringLiteral("position")},
               "category_ids", &Campaign::categoryIds, QT_TRANSLATE_NOOP("SyncField", "Categories"));
    // "Keep both": the local copy is a new draft, never a second sending.
    t.copyOverrides = {{QStringLiteral("status"), QStringLiteral("draft")}};
    return t;
}

} // namespace

const SyncedType<Campaign> &campaignType()
{
    return declaredOnce<declare>();
}

} // namespace pitchside::store
