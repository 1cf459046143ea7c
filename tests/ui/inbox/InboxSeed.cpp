#include "InboxSeed.h"

#include "models/Clock.h"
#include "models/store/Store.h"
#include "models/store/types/SyncedTypes.h"
#include "tests/support/StoreSeed.h"

#include <QUuid>

using namespace pitchside;

namespace inboxseed {

namespace {

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

Conversation conversation(store::Store &store, const QString &name, const QString &kind, const QString &subject)
{
    Conversation c;
    c.id = uuid();
    c.kind = kind;
    c.participantId = uuid();
    c.participantType = kind == QLatin1String("whatsapp") ? QStringLiteral("contact") : QStringLiteral("user");
    c.participantName = name;
    c.subject = subject;
    c.createdAt = c.updatedAt = Clock::nowUtc().addDays(-30);
    testsupport::putAsPulled(store, store::conversationType(), c, store::EntityType::Conversation);
    return *store.inbox().conversation(c.id);
}

Message message(store::Store &store, const Conversation &c, const QString &text, const QDateTime &at, bool mine,
                bool read)
{
    Message m;
    m.id = uuid();
    m.conversationId = c.id;
    m.senderId = mine ? QStringLiteral("00000000-0000-4000-8000-000000000001") : c.participantId;
    m.senderType = mine || c.participantType == QLatin1String("user") ? QStringLiteral("user") : QStringLiteral("contact");
    m.senderName = mine ? QStringLiteral("Claire Martin") : c.participantName;
    m.recipientId = mine ? c.participantId : QStringLiteral("00000000-0000-4000-8000-000000000001");
    m.recipientType = QStringLiteral("user");
    m.content = text;
    m.isRead = read;
    m.createdAt = m.updatedAt = at;
    testsupport::putAsPulled(store, store::messageType(), m, store::EntityType::Message);
    Conversation updated = *store.inbox().conversation(c.id);
    updated.lastMessageAt = at;
    updated.lastMessageId = m.id;
    updated.lastMessageText = text.left(200);
    updated.lastMessageSenderId = m.senderId;
    if (!mine && !read)
        ++updated.unreadCount;
    testsupport::putAsPulled(store, store::conversationType(), updated, store::EntityType::Conversation);
    return m;
}

Notification notification(store::Store &store, const QString &type, const QString &title, const QString &text,
                          const QDateTime &at, const QString &subjectType, const QString &subjectId, bool read)
{
    Notification n;
    n.id = uuid();
    n.type = type;
    n.title = title;
    n.message = text;
    n.subjectType = subjectType;
    n.subjectId = subjectId;
    n.isRead = read;
    n.createdAt = n.updatedAt = at;
    testsupport::putAsPulled(store, store::notificationType(), n, store::EntityType::Notification);
    return n;
}

} // namespace inboxseed
