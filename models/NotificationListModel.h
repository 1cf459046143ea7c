#pragma once

#include "Notification.h"

#include <QAbstractListModel>
#include <QVector>

namespace pitchside {

namespace store {
class ChangeHub;
class NotificationRepository;
} // namespace store

// The bell's panel: the latest notifications, newest first, each saying
// whether it starts a day (the panel groups by day). Refreshes when the
// store says notifications changed.
class NotificationListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    static constexpr int kShown = 50;

    enum Role {
        IdRole = Qt::UserRole + 1,
        TypeRole,
        TitleRole,
        MessageRole,
        AtRole,        // QDateTime, UTC
        ReadRole,      // bool
        DayStartsRole, // bool
        IconRole,      // a Lucide icon name (resources/icons/ui): "message-square"…
        SubjectTypeRole,
        SubjectIdRole,
    };

    NotificationListModel(store::NotificationRepository &notifications, store::ChangeHub &hub,
                          QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void reload();
    const Notification *at(int row) const;
    int unreadCount() const { return m_unread; }

    static QString iconFor(const QString &type);

Q_SIGNALS:
    void unreadCountChanged(int count);

private:
    store::NotificationRepository &m_notifications;
    QVector<Notification> m_rows;
    int m_unread = 0;
};

} // namespace pitchside
