#pragma once

#include "Notification.h"

#include <QDateTime>
#include <QObject>
#include <QSet>

namespace pitchside {

class Preferences;
namespace store {
class Store;
}

// Which new notifications deserve a desktop alert: those the sync brings
// while Pitchside runs (never the backlog of a first sync), unread, of a
// type the user keeps on (Settings > Notifications). A burst becomes one
// summary. The publishing refusals and accounts to reconnect are told by
// PublishingMonitor already, with their own action; they are not doubled.
class NotificationAlerts : public QObject
{
    Q_OBJECT
public:
    NotificationAlerts(store::Store &store, Preferences &preferences, QObject *parent = nullptr);

    // On unless turned off; every type of notificationTypes().
    static bool wanted(const Preferences &preferences, const QString &type);
    static void setWanted(Preferences &preferences, const QString &type, bool on);

    // More new ones than this at once: one summary instead.
    static constexpr int kBurst = 3;

Q_SIGNALS:
    void alert(const pitchside::Notification &notification);
    void summary(int count);

private:
    void onChanged(const QString &type, const QStringList &ids);

    store::Store &m_store;
    Preferences &m_preferences;
    QDateTime m_since;     // made before this: not news
    QSet<QString> m_told;
};

} // namespace pitchside
