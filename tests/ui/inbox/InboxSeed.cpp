#include "InboxSeed.h"

#include "models/Clock.h"
#include "models/store/Store.h"
#include "models/store/SyncedRepository.h"
#include "models/store/Transaction.h"
#include "models/store/types/SyncedTypes.h"

#include <QUuid>

using namespace pitchside;

namespace inboxseed {

namespace {

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

template <class T>
void put(store::Store &store, const store::SyncedType<T> &type, T item, const QString &entityType)
{
    item.sync.version = qMax<qint64>(1, item.sync.version + 1);
    item.sync.dirty = false;
    store::SyncedRows rows(store.database().sql(), &store.hub(), type);
    store::Transaction tx(store.database().sql());
    const store::EntityRow row = type.toRow(item);
    const store::StoreError e = rows.find(item.id) ? rows.overwrite(row) : rows.insert(row);
    if (e || !tx.commit())
        qFatal("inbox seed: cannot write %s: %s", qPrintable(entityType), qPrintable(e.detail));
    store.hub().notify(entityType, {item.id});
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
    put(store, store::conversationType(), c, store::EntityType::Conversation);
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
    put(store, store::messageType(), m, store::EntityType::Message);
    Conversation updated = *store.inbox().conversation(c.id);
    updated.lastMessageAt = at;
    updated.lastMessageId = m.id;
    updated.lastMessageText = text.left(200);
    updated.lastMessageSenderId = m.senderId;
    if (!mine && !read)
        ++updated.unreadCount;
    put(store, store::conversationType(), updated, store::EntityType::Conversation);
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
    put(store, store::notificationType(), n, store::EntityType::Notification);
    return n;
}

} // namespace inboxseed
