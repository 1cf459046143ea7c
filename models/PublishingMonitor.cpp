#include "PublishingMonitor.h"

#include "Clock.h"
#include "Platform.h"
#include "store/ChangeHub.h"
#include "store/Store.h"

#include <QCoreApplication>

namespace pitchside {

namespace {

QString failureKey(const Publication &p)
{
    return p.id + QLatin1Char('#') + QString::number(p.attempts);
}

} // namespace

PublishingMonitor::PublishingMonitor(store::Store &store, QObject *parent) : QObject(parent), m_store(store)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300); // a sync brings many changes at once
    connect(&m_debounce, &QTimer::timeout, this, &PublishingMonitor::refresh);
    m_hourly.setInterval(3600 * 1000);
    connect(&m_hourly, &QTimer::timeout, this, &PublishingMonitor::refresh);
    m_hourly.start();
    connect(&store.hub(), &store::ChangeHub::changed, this, [this](const QString &type, const QStringList &) {
        if (type == store::EntityType::Post || type == store::EntityType::SocialAccount
            || type == store::EntityType::Publication)
            m_debounce.start();
    });
    // Read after start-up, not during it: nothing here is on the first
    // screen, and the read (15 ms over a 100k-post store) would be 7 % of a
    // cold start, more than its run-to-run spread (bench/startup).
    QTimer::singleShot(kFirstReadDelayMs, this, &PublishingMonitor::refresh);
}

PublishingOutlook PublishingMonitor::readOutlook(store::Store &store, const QDateTime &now)
{
    return PublishingOutlook::of(store.socialAccounts().all(),
                                 store.posts().scheduledBetween(now, now.addDays(PublishingOutlook::kDaysAhead)), now);
}

void PublishingMonitor::refresh()
{
    const PublishingOutlook next = readOutlook(m_store, Clock::nowUtc());
    const bool changed = next.level != m_outlook.level || next.alerts != m_outlook.alerts
                         || next.accountNotes != m_outlook.accountNotes || !m_loaded;
    m_outlook = next;
    checkFailures();
    m_loaded = true;
    if (!changed)
        return;
    QVector<PublishingAlert> fresh;
    for (const PublishingAlert &a : m_outlook.alerts)
        if (!m_told.contains(a))
            fresh << a;
    m_told = m_outlook.alerts;
    Q_EMIT outlookChanged();
    if (!fresh.isEmpty())
        Q_EMIT newAlerts(fresh);
}

void PublishingMonitor::checkFailures()
{
    // Failures already here when the app starts are on the calendar in red;
    // the ones that arrive while it runs (a sync) are told.
    const bool first = !m_loaded;
    const QVector<Publication> failed = m_store.publications().failedSince(Clock::nowUtc().addDays(-7));
    for (const Publication &p : failed) {
        const QString key = failureKey(p);
        if (m_failuresSeen.contains(key))
            continue;
        m_failuresSeen.insert(key);
        if (first || p.postId.isEmpty())
            continue;
        const std::optional<Post> post = m_store.posts().find(p.postId);
        const QString preview = post ? post->content.simplified().left(60) : QString();
        const QString title = QCoreApplication::translate("PublishingMonitor", "Not published on %1")
                                  .arg(platformName(p.platform));
        const QString message = preview.isEmpty()
                                    ? failureText(p)
                                    : QCoreApplication::translate("PublishingMonitor", "“%1” — %2")
                                          .arg(preview, failureText(p));
        Q_EMIT publicationFailed(p.postId, title, message);
    }
}

} // namespace pitchside
