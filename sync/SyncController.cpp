#include "SyncController.h"

#include "ErrorText.h"
#include "Logging.h"
#include "SyncWorker.h"
#include "entities/EntityRegistry.h"
#include "models/Clock.h"
#include "models/store/ChangeHub.h"
#include "models/store/Database.h"
#include "models/store/PushQueue.h"
#include "models/store/SyncStateRepository.h"

#include <QDateTime>
#include <QEventLoop>
#include <QNetworkInformation>
#include <QRandomGenerator>

namespace pitchside::sync {

SyncController::SyncController(Config config, QObject *parent) : QObject(parent), m_config(std::move(config))
{
    qRegisterMetaType<SyncReport>();
    qRegisterMetaType<SyncStatus>();
    qRegisterMetaType<api::dto::User>();
    m_thread.setObjectName(QStringLiteral("pitchside-sync"));
    m_pollTimer.setSingleShot(false);
    connect(&m_pollTimer, &QTimer::timeout, this, &SyncController::syncNow);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncController::syncNow);
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(1500);
    connect(&m_saveTimer, &QTimer::timeout, this, &SyncController::syncNow);
    if (m_config.hub)
        connect(m_config.hub, &store::ChangeHub::changed, this, &SyncController::onStoreChanged);
    if (m_config.uiDatabase) {
        const qint64 last =
            store::SyncStateRepository(m_config.uiDatabase->sql()).value(store::SyncStateRepository::lastSyncAtKey(), 0).toLongLong();
        m_status.lastSyncAtMs = last;
    }
}

SyncController::~SyncController()
{
    stop();
}

void SyncController::start()
{
    if (m_started)
        return;
    m_started = true;
    SyncWorker::Config wc;
    wc.storePath = m_config.storePath;
    wc.api.baseUrl = m_config.server;
    wc.api.language = m_config.language;
    wc.api.deadlineMs = m_config.requestDeadlineMs;
    wc.tokens = m_config.tokens;
    wc.hub = m_config.hub;
    wc.registry = m_config.registry;
    wc.live = m_config.live;
    wc.pageSize = m_config.pageSize;
    auto *worker = new SyncWorker(wc);
    worker->moveToThread(&m_thread);
    m_worker = worker;
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &SyncWorker::started, this, &SyncController::onStarted);
    connect(worker, &SyncWorker::progress, this, &SyncController::onProgress);
    connect(worker, &SyncWorker::finished, this, &SyncController::onFinished);
    connect(worker, &SyncWorker::userChanged, this, &SyncController::userChanged);
    connect(worker, &SyncWorker::liveChanged, this, &SyncController::onLiveChanged);
    connect(worker, &SyncWorker::opened, this, [this](bool ok, const QString &error) {
        if (!ok) {
            SyncStatus s = m_status;
            s.state = SyncStatus::State::Error;
            s.message = error;
            setStatus(s);
        }
    });
    m_thread.start();
    QMetaObject::invokeMethod(worker, &SyncWorker::open, Qt::QueuedConnection);
    SyncStatus started = m_status;
    started.state = SyncStatus::State::Idle;
    setStatus(started);
    if (m_config.watchNetwork)
        watchNetwork();
    restartPollTimer();
    syncNow();
}

void SyncController::stop()
{
    m_pollTimer.stop();
    m_retryTimer.stop();
    m_saveTimer.stop();
    if (!m_thread.isRunning())
        return;
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &SyncWorker::close, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_started = false;
    SyncStatus stopped = m_status;
    stopped.state = SyncStatus::State::Stopped;
    stopped.live = false;
    setStatus(stopped);
}

void SyncController::syncNow()
{
    if (!m_worker)
        return;
    m_saveTimer.stop();
    m_retryTimer.stop();
    QMetaObject::invokeMethod(m_worker, &SyncWorker::sync, Qt::QueuedConnection);
}

void SyncController::retryNow(qint64 seq)
{
    if (!m_worker)
        return;
    m_failures = 0;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, seq] { w->retryNow(seq); }, Qt::QueuedConnection);
}

void SyncController::setIntervalMinutes(int minutes)
{
    m_config.intervalMinutes = minutes;
    restartPollTimer();
}

void SyncController::restartPollTimer()
{
    if (!m_started || m_config.intervalMinutes <= 0) {
        m_pollTimer.stop();
        return;
    }
    qint64 ms = qint64(m_config.intervalMinutes) * 60 * 1000;
    // Without the live stream we learn of others' changes (a message, a
    // notification) only by asking: every 30 s, as ShareYourSales polls.
    if (m_config.live && !m_status.live)
        ms = qMin<qint64>(ms, kPollWithoutStreamMs);
    m_pollTimer.start(int(ms));
}

void SyncController::watchNetwork()
{
    static bool loaded = QNetworkInformation::loadDefaultBackend()
                         || QNetworkInformation::loadBackendByName(QStringLiteral("glib"));
    if (!loaded || !QNetworkInformation::instance()) {
        qCInfo(lcSync) << "no network information backend: relying on failed requests";
        return;
    }
    connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability r) {
                if (r == QNetworkInformation::Reachability::Online && m_status.state == SyncStatus::State::Offline) {
                    qCInfo(lcSync) << "the network is back: syncing";
                    syncNow();
                } else if (r == QNetworkInformation::Reachability::Disconnected
                           && m_status.state == SyncStatus::State::Idle && !m_syncing) {
                    qCInfo(lcSync) << "the network is gone: checking";
                    syncNow(); // fails fast, and the strip says "Offline" at once
                }
            });
}

void SyncController::onStoreChanged(const QString &type)
{
    // A change saved here: send it soon (once the typing settles), unless
    // the engine already knows (it is running, or the change must wait).
    if (type != store::EntityType::Outbox || m_syncing || !m_config.uiDatabase || !m_worker)
        return;
    if (m_status.state == SyncStatus::State::SignInRequired)
        return;
    if (store::PushQueue(m_config.uiDatabase->sql()).countDue(Clock::nowMs()) > 0)
        m_saveTimer.start();
}

void SyncController::onStarted()
{
    m_syncing = true;
    SyncStatus s = m_status;
    s.state = SyncStatus::State::Syncing;
    s.done = 0;
    s.total = -1;
    setStatus(s);
}

void SyncController::onProgress(int done, int total)
{
    SyncStatus s = m_status;
    s.done = done;
    s.total = total;
    setStatus(s);
}

void SyncController::onFinished(const SyncReport &report)
{
    m_syncing = false;
    SyncStatus s = m_status;
    s.done = s.total = 0;
    s.lastAttemptAtMs = Clock::nowMs();
    s.nextAttemptAtMs = 0;
    // Only a cut counts: after a refusal (429, 5xx) the server's own
    // Retry-After and the backoff still hold.
    const bool reconnected = m_wasOffline;
    if (report.result != SyncReport::Result::Cancelled)
        m_wasOffline = report.result == SyncReport::Result::Offline;
    switch (report.result) {
    case SyncReport::Result::Ok:
        s.state = SyncStatus::State::Idle;
        s.lastSyncAtMs = Clock::nowMs();
        s.message.clear();
        m_failures = 0;
        break;
    case SyncReport::Result::Offline:
        s.state = SyncStatus::State::Offline;
        s.message = explainError(report.error);
        break;
    case SyncReport::Result::SignInRequired:
        s.state = SyncStatus::State::SignInRequired;
        s.message = explainError(report.error);
        break;
    case SyncReport::Result::Failed:
        s.state = SyncStatus::State::Error;
        s.message = explainError(report.error);
        break;
    case SyncReport::Result::Cancelled:
        s.state = SyncStatus::State::Idle;
        break;
    }
    const bool failed = report.result == SyncReport::Result::Offline || report.result == SyncReport::Result::Failed;
    qint64 delay = 0;
    if (failed) {
        // Observed failures are our connectivity signal too: try again,
        // less and less often (5 s … 5 min), or at the server's Retry-After.
        const int n = qMin(m_failures++, 6);
        delay = qMin<qint64>(5000LL << n, 300000);
        delay = delay / 2 + QRandomGenerator::global()->bounded(delay / 2 + 1);
        if (report.error.retryAfterSeconds >= 0)
            delay = qMax<qint64>(delay, qint64(report.error.retryAfterSeconds) * 1000);
        s.nextAttemptAtMs = s.lastAttemptAtMs + delay;
    }
    setStatus(s);
    Q_EMIT finished(report);
    if (report.result == SyncReport::Result::SignInRequired) {
        Q_EMIT signInRequired();
        return;
    }
    if (failed) {
        m_retryTimer.start(int(delay));
        return;
    }
    // Back after a cut: what waits out a backoff from before the cut goes
    // now, in a run of its own, rather than minutes after "synced just now".
    if (report.ok() && reconnected && m_config.uiDatabase
        && store::PushQueue(m_config.uiDatabase->sql()).countWaiting() > 0) {
        qCInfo(lcSync) << "reconnected with changes still waiting: sending them now";
        retryNow(0);
    }
}

void SyncController::onLiveChanged(bool live)
{
    const bool lost = m_status.live && !live;
    SyncStatus s = m_status;
    s.live = live;
    setStatus(s);
    restartPollTimer();
    // The event stream broke: the server may be gone. Find out now, so the
    // strip does not say "Online" until the next edit or poll.
    if (lost && !m_syncing && m_status.state == SyncStatus::State::Idle && !m_retryTimer.isActive()) {
        qCInfo(lcSync) << "the event stream closed: checking the server";
        m_retryTimer.start(1000);
    }
}

void SyncController::setStatus(const SyncStatus &status)
{
    m_status = status;
    Q_EMIT statusChanged(m_status);
}

SyncReport SyncController::syncAndWait(int timeoutMs)
{
    SyncReport result;
    result.result = SyncReport::Result::Cancelled;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    const auto c = connect(this, &SyncController::finished, &loop, [&](const SyncReport &r) {
        result = r;
        loop.quit();
    });
    if (!m_started)
        start();
    else
        syncNow();
    timeout.start(timeoutMs);
    loop.exec();
    disconnect(c);
    if (!timeout.isActive() && result.result == SyncReport::Result::Cancelled && !result.error) {
        // Gave up waiting: said, never an empty message.
        result.error.kind = api::ApiError::Kind::Timeout;
        result.error.deadlineSeconds = qMax(1, timeoutMs / 1000);
        result.error.message = QStringLiteral("the sync did not finish within %1 s").arg(result.error.deadlineSeconds);
    }
    return result;
}

} // namespace pitchside::sync
