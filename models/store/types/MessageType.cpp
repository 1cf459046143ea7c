// Messages (API.md §6): sent from here (a create, with the client's id),
// never edited nor deleted; the read mark is the recipient's.
#include "SyncedTypes.h"

#include "../ChangeHub.h"

#include <QCoreApplication>

namespace pitchside::store {

namespace {

SyncedType<Message> declare()
{
    SyncedType<Message> t(EntityType::Message, QStringLiteral("messages"), QT_TRANSLATE_NOOP("SyncEntity", "Message"));
    t.operations = CanCreate;
    t.titleColumn = QStringLiteral("content");
    t.add("conversation_id", &Message::conversationId, ColumnKind::TextNotNull, Required)
        .references("conversation");
    t.add("sender_id", &Message::senderId, ColumnKind::Text);
    t.add("sender_type", &Message::senderType, ColumnKind::TextNotNull, Required)
        .oneOf({QStringLiteral("user"), QStringLiteral("contact")});
    t.add("sender_name", &Message::senderName, ColumnKind::Text, 0, QT_TRANSLATE_NOOP("SyncField", "From"));
    t.add("recipient_id", &Message::recipientId, ColumnKind::Text, Pushed | CreateOnly);
    t.add("recipient_type", &Message::recipientType, ColumnKind::Text, Pushed | CreateOnly)
        .oneOf({QStringLiteral("user"), QStringLiteral("contact")});
    t.add("content", &Message::content, ColumnKind::TextNotNull, Required | Pushed | CreateOnly,
          QT_TRANSLATE_NOOP("SyncField", "Message"));
    t.add("subject", &Message::subject, ColumnKind::Text, Pushed | CreateOnly,
          QT_TRANSLATE_NOOP("SyncField", "Subject"));
    t.add("campaign_id", &Message::campaignId, ColumnKind::Text, Pushed | CreateOnly);
    t.add("is_read", &Message::isRead, ColumnKind::Bool);
    t.add("read_at", &Message::readAt, ColumnKind::Timestamp, 0, QT_TRANSLATE_NOOP("SyncField", "Read on"));
    t.addTimes();
    return t;
}

} // namespace

const SyncedType<Message> &messageType()
{
    return declaredOnce<declare>();
}

} // namespace pitchside::store
