// Conversations (API.md §6): the server makes them when a first message
// goes; here the one change is "I read it up to now" (last_read_at).
#include "SyncedTypes.h"

#include "../ChangeHub.h"

#include <QCoreApplication>

namespace pitchside::store {

namespace {

SyncedType<Conversation> declare()
{
    SyncedType<Conversation> t(EntityType::Conversation, QStringLiteral("conversations"),
                               QT_TRANSLATE_NOOP("SyncEntity", "Conversation"));
    t.operations = CanUpdate;
    t.titleColumn = QStringLiteral("participant_name");
    t.marksOnly = true; // read marks: a newer server copy never conflicts with them
    t.add("kind", &Conversation::kind, ColumnKind::TextNotNull, Required)
        .oneOf({QStringLiteral("sponsor"), QStringLiteral("club"), QStringLiteral("agency"), QStringLiteral("whatsapp"),
                QStringLiteral("direct")});
    t.add("participant_id", &Conversation::participantId, ColumnKind::TextNotNull, Required);
    t.add("participant_type", &Conversation::participantType, ColumnKind::TextNotNull, Required)
        .oneOf({QStringLiteral("user"), QStringLiteral("contact")});
    t.add("participant_name", &Conversation::participantName, ColumnKind::TextNotNull, Required,
          QT_TRANSLATE_NOOP("SyncField", "With"));
    t.add("subject", &Conversation::subject, ColumnKind::Text, 0, QT_TRANSLATE_NOOP("SyncField", "Subject"));
    t.add("campaign_id", &Conversation::campaignId, ColumnKind::Text);
    t.add("sponsor_request_id", &Conversation::sponsorRequestId, ColumnKind::Text);
    t.add("last_message_at", &Conversation::lastMessageAt, ColumnKind::Timestamp);
    t.add("last_message_id", &Conversation::lastMessageId, ColumnKind::Text).inField("last_message");
    t.add("last_message_text", &Conversation::lastMessageText, ColumnKind::Text).inField("last_message");
    t.add("last_message_sender_id", &Conversation::lastMessageSenderId, ColumnKind::Text).inField("last_message");
    t.add("unread_count", &Conversation::unreadCount, ColumnKind::IntegerNotNull);
    t.add("last_read_at", &Conversation::lastReadAt, ColumnKind::Timestamp, Pushed,
          QT_TRANSLATE_NOOP("SyncField", "Read on"));
    t.addTimes();
    return t;
}

} // namespace

const SyncedType<Conversation> &conversationType()
{
    return declaredOnce<declare>();
}

} // namespace pitchside::store
