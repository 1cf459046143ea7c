#include "PublishingMonitor.h"

#include "Clock.h"
#include "Platform.h"
#include "store/ChangeHub.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent>

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
    connect(&m_debounce, &QTimer::timeout, this, &PublishingMonitor::refreshInBackground);
    m_hourly.setInterval(3600 * 1000);
    connect(&m_hourly, &QTimer::timeout, this, &PublishingMonitor::refreshInBackground);
    m_hourly.start();
    connect(&store.hub(), &store::ChangeHub::changed, this, [this](const QString &type, const QStringList &) {
        if (type == store::EntityType::Post || type == store::EntityType::SocialAccount
            || type == store::EntityType::Publication)
            m_debounce.start();
    });
    // Read after start-up, not during it: nothing here is on the first
    // screen, and the read (15 ms over a 100k-post store) would be 7 % of a
    // cold start, more than its run-to-run spread (bench/startup).
    QTimer::singleShot(kFirstReadDelayMs, this, &PublishingMonitor::refreshInBackground);
}

PublishingOutlook PublishingMonitor::readOutlook(store::Store &store, const QDateTime &now)
{
    return PublishingOutlook::of(store.socialAccounts().all(),
                                 store.posts().scheduledBetween(now, now.addDays(PublishingOutlook::kDaysAhead)), now);
}

PublishingMonitor::Reading PublishingMonitor::read(store::Store &store, const QDateTime &now,
                                                  const QSet<QString> &seen)
{
    Reading r;
    r.outlook = readOutlook(store, now);
    r.failed = store.publications().failedSince(now.addDays(-7));
    for (const Publication &p : std::as_const(r.failed)) {
        if (seen.contains(failureKey(p)) || p.postId.isEmpty() || r.previews.contains(p.postId))
            continue;
        const std::optional<Post> post = store.posts().find(p.postId);
        r.previews.insert(p.postId, post ? post->content.simplified().left(60) : QString());
    }
    r.ok = true;
    return r;
}

void PublishingMonitor::refresh()
{
    apply(read(m_store, Clock::nowUtc(), m_failuresSeen));
}

void PublishingMonitor::refreshInBackground()
{
    if (m_reading) {
        m_readAgain = true;
        return;
    }
    m_reading = true;
    auto *watcher = new QFutureWatcher<Reading>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_reading = false;
        const Reading r = watcher->result();
        if (r.ok)
            apply(r);
        else
            refresh(); // no second connection: read here
        if (m_readAgain) {
            m_readAgain = false;
            refreshInBackground();
        }
    });
    // Its own connection, on the worker: SQLite connections are not shared across threads.
    watcher->setFuture(QtConcurrent::run([path = m_store.path(), now = Clock::nowUtc(), seen = m_failuresSeen] {
        store::StoreError error;
        const std::unique_ptr<store::Store> store = store::Store::open(path, &error, store::Database::Mode::ExistingOnly);
        return store ? read(*store, now, seen) : Reading{};
    }));
}

void PublishingMonitor::apply(const Reading &reading)
{
    const PublishingOutlook &next = reading.outlook;
    const bool changed = next.level != m_outlook.level || next.alerts != m_outlook.alerts
                         || next.accountNotes != m_outlook.accountNotes || !m_loaded;
    m_outlook = next;
    // Failures already here when the app starts are on the calendar in red;
    // the ones that arrive while it runs (a sync) are told.
    const bool first = !m_loaded;
    for (const Publication &p : reading.failed) {
        const QString key = failureKey(p);
        if (m_failuresSeen.contains(key))
            continue;
        m_failuresSeen.insert(key);
        if (first || p.postId.isEmpty())
            continue;
        const QString preview = reading.previews.value(p.postId);
        const QString title = QCoreApplication::translate("PublishingMonitor", "Not published on %1")
                                  .arg(platformName(p.platform));
        const QString message = preview.isEmpty()
                                    ? failureText(p)
                                    : QCoreApplication::translate("PublishingMonitor", "“%1” — %2")
                                          .arg(preview, failureText(p));
        Q_EMIT publicationFailed(p.postId, title, message);
    }
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

} // namespace pitchside
