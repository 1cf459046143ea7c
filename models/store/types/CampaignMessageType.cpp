// The messages of a campaign, one per recipient and kind (docs/api/
// campaigns.md): the server's record of what it sent and what came of it.
// Read-only here; the daily gauge and the live progress are counted from them.
#include "SyncedTypes.h"

#include "../ChangeHub.h"

#include <QCoreApplication>

namespace pitchside::store {

namespace {

SyncedType<CampaignMessage> declare()
{
    SyncedType<CampaignMessage> t(EntityType::CampaignMessage, QStringLiteral("campaign_messages"),
                                  QT_TRANSLATE_NOOP("SyncEntity", "Campaign message"));
    t.titleColumn = QStringLiteral("content");
    t.add("campaign_id", &CampaignMessage::campaignId, ColumnKind::TextNotNull, Required).references("campaign");
    t.add("contact_id", &CampaignMessage::contactId, ColumnKind::TextNotNull, Required).references("contact");
    t.add("message_type", &CampaignMessage::messageType, ColumnKind::TextNotNull, Required)
        .oneOf({QStringLiteral("message_1"), QStringLiteral("message_2")});
    t.add("content", &CampaignMessage::content, ColumnKind::TextNotNull);
    t.add("status", &CampaignMessage::status, ColumnKind::TextNotNull, Required,
          QT_TRANSLATE_NOOP("SyncField", "Status"))
        .oneOf({QStringLiteral("pending"), QStringLiteral("sent"), QStringLiteral("delivered"), QStringLiteral("read"),
                QStringLiteral("failed")})
        .saidAs(campaignMessageStatusText);
    t.add("sent_at", &CampaignMessage::sentAt, ColumnKind::Timestamp);
    t.add("delivered_at", &CampaignMessage::deliveredAt, ColumnKind::Timestamp);
    t.add("read_at", &CampaignMessage::readAt, ColumnKind::Timestamp);
    t.add("replied_at", &CampaignMessage::repliedAt, ColumnKind::Timestamp);
    t.add("failed_at", &CampaignMessage::failedAt, ColumnKind::Timestamp);
    t.add("error_message", &CampaignMessage::errorMessage, ColumnKind::Text);
    t.add("retries", &CampaignMessage::retries, ColumnKind::IntegerNotNull);
    t.addTimes();
    return t;
}

} // namespace

const SyncedType<CampaignMessage> &campaignMessageType()
{
    return declaredOnce<declare>();
}

} // namespace pitchside::store
