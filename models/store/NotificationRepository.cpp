#include "NotificationRepository.h"

#include "../Clock.h"
#include "types/SyncedTypes.h"

#include <QSqlQuery>

namespace pitchside::store {

NotificationRepository::NotificationRepository(QSqlDatabase &db, ChangeHub *hub)
    : m_db(db), m_items(db, hub, notificationType())
{
}

QVector<Notification> NotificationRepository::recent(int limit) const
{
    return m_items.select(QStringLiteral("deleted = 0 ORDER BY created_at DESC, rowid DESC LIMIT ?"), {limit});
}

QVector<Notification> NotificationRepository::unreadSince(const QDateTime &since) const
{
    return m_items.select(QStringLiteral("deleted = 0 AND is_read = 0 AND created_at > ? ORDER BY created_at DESC"),
                          {since.toMSecsSinceEpoch()});
}

int NotificationRepository::unreadCount() const
{
    // The partial index notifications_unread holds only these rows.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE is_read = 0 AND deleted = 0")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

StoreError NotificationRepository::markRead(const QString &id)
{
    return m_items.update(id, [](Notification &n) { n.isRead = true; });
}

StoreError NotificationRepository::markAllRead()
{
    const QVector<Notification> unread = m_items.select(QStringLiteral("deleted = 0 AND is_read = 0"));
    for (const Notification &n : unread) {
        if (StoreError e = markRead(n.id))
            return e;
    }
    return {};
}

} // namespace pitchside::store
