#pragma once

#include "../Notification.h"
#include "SyncedRepository.h"

#include <QSqlDatabase>
#include <QVector>

namespace pitchside::store {

class ChangeHub;

// Notifications (synced type "notification"): the server makes them;
// reading and deleting one go with the outbox.
class NotificationRepository
{
public:
    NotificationRepository(QSqlDatabase &db, ChangeHub *hub);

    // Newest first.
    QVector<Notification> recent(int limit = 50) const;
    // Made after `since`, unread, newest first (what the tray tells about).
    QVector<Notification> unreadSince(const QDateTime &since) const;
    std::optional<Notification> find(const QString &id) const { return m_items.find(id); }
    int unreadCount() const;

    StoreError markRead(const QString &id);
    // Every unread one; the first error stops.
    StoreError markAllRead();
    StoreError remove(const QString &id) { return m_items.remove(id); }

private:
    QSqlDatabase &m_db;
    SyncedRepository<Notification> m_items;
};

} // namespace pitchside::store
