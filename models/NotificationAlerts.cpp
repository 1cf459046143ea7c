#include "NotificationAlerts.h"

#include "Clock.h"
#include "Preferences.h"
#include "store/ChangeHub.h"
#include "store/Store.h"

namespace pitchside {

namespace {

QString key(const QString &type)
{
    return QStringLiteral("notifications/desktop/") + type;
}

bool toldElsewhere(const QString &type)
{
    return type == QLatin1String("publication_failed") || type == QLatin1String("account_reconnect");
}

} // namespace

NotificationAlerts::NotificationAlerts(store::Store &store, Preferences &preferences, QObject *parent)
    : QObject(parent), m_store(store), m_preferences(preferences), m_since(Clock::nowUtc())
{
    connect(&store.hub(), &store::ChangeHub::changed, this, &NotificationAlerts::onChanged);
}

bool NotificationAlerts::wanted(const Preferences &preferences, const QString &type)
{
    return preferences.value(key(type), true).toBool();
}

void NotificationAlerts::setWanted(Preferences &preferences, const QString &type, bool on)
{
    preferences.setValue(key(type), on);
}

void NotificationAlerts::onChanged(const QString &type, const QStringList &ids)
{
    if (type != store::EntityType::Notification)
        return;
    QVector<Notification> fresh;
    if (ids.isEmpty()) {
        fresh = m_store.notifications().unreadSince(m_since);
    } else {
        for (const QString &id : ids) {
            if (std::optional<Notification> n = m_store.notifications().find(id))
                fresh.push_back(*n);
        }
    }
    QVector<Notification> news;
    for (const Notification &n : std::as_const(fresh)) {
        // Created on the server's clock: a minute of skew still counts as new.
        if (m_told.contains(n.id) || n.isRead || n.sync.deleted || n.createdAt < m_since.addSecs(-60))
            continue;
        m_told.insert(n.id);
        if (!toldElsewhere(n.type) && wanted(m_preferences, n.type))
            news.push_back(n);
    }
    if (news.size() > kBurst)
        Q_EMIT summary(int(news.size()));
    else
        for (const Notification &n : std::as_const(news))
            Q_EMIT alert(n);
}

} // namespace pitchside
