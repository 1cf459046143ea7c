#include "SyncEngine.h"

#include "../Logging.h"
#include "../entities/EntityRegistry.h"
#include "Notifier.h"
#include "Puller.h"
#include "Pusher.h"
#include "models/Clock.h"
#include "models/store/ChangeHub.h"
#include "models/store/Database.h"
#include "models/store/ProfileOrder.h"
#include "models/store/PushQueue.h"

#include <stdexcept>
#include "models/store/RemoteApply.h"
#include "models/store/SyncStateRepository.h"
#include "models/store/Transaction.h"

#include <QDateTime>

namespace pitchside::sync {

using Kind = api::ApiError::Kind;

namespace {
const QString kUserEtag = QStringLiteral("user_etag");
}

SyncEngine::SyncEngine(store::Database &db, api::ApiClient &api, const EntityRegistry &registry, QObject *parent)
    : QObject(parent), m_db(db), m_api(api), m_registry(registry), m_notifier(std::make_unique<Notifier>()),
      m_pusher(std::make_unique<Pusher>(db, api, registry, *m_notifier)),
      m_puller(std::make_unique<Puller>(db, api, registry, *m_notifier))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncEngine::run);
    connect(m_pusher.get(), &Pusher::progress, this, &SyncEngine::progress);
    connect(m_puller.get(), &Puller::progress, this, &SyncEngine::progress);
    m_pusher->setRetryPolicy(api::RetryPolicy::fromEnvironment());
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::setHub(store::ChangeHub *hub)
{
    m_notifier->setHub(hub);
}

void SyncEngine::setRetryPolicy(const api::RetryPolicy &policy)
{
    m_pusher->setRetryPolicy(policy);
}

void SyncEngine::setPageSize(int size)
{
    m_puller->setPageSize(qBound(1, size, 1000));
}

qint64 SyncEngine::lastSeq() const
{
    return m_puller->lastSeq();
}

qint64 SyncEngine::lastSyncAtMs() const
{
    return store::SyncStateRepository(m_db.sql()).value(store::SyncStateRepository::lastSyncAtKey(), 0).toLongLong();
}

void SyncEngine::run()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_again = false;
    m_report = {};
    m_retryTimer.stop();
    Q_EMIT started();
    if (m_userFresh)
        pushPhase();
    else
        refreshUser([this] { pushPhase(); });
}

void SyncEngine::cancel()
{
    m_again = false;
    m_retryTimer.stop();
    m_pusher->cancel();
    m_puller->cancel();
}

void SyncEngine::onServerSeq(qint64 seq)
{
    m_serverSeq = qMax(m_serverSeq, seq);
    m_puller->setTargetSeq(m_serverSeq);
    if (seq > lastSeq())
        run();
}

void SyncEngine::retryNow(qint64 seq)
{
    if (const store::StoreError e = store::PushQueue(m_db.sql()).retryNow(seq))
        qCWarning(lcSync) << "cannot make changes due now:" << e.detail; // the run still sends what is due
    m_notifier->outboxChanged();
    m_notifier->flush();
    run();
}

SyncReport::Result SyncEngine::resultFor(const api::ApiError &e)
{
    switch (e.kind) {
    case Kind::None:
        return SyncReport::Result::Ok;
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Tls:
        return SyncReport::Result::Offline;
    case Kind::SignInRequired:
        return SyncReport::Result::SignInRequired;
    case Kind::Cancelled:
        return SyncReport::Result::Cancelled;
    default:
        return SyncReport::Result::Failed;
    }
}

void SyncEngine::refreshUser(std::function<void()> next)
{
    // users/me gives the profiles' order and the account's name; the feed
    // brings the profiles themselves. Cheap when nothing changed (304).
    api::ApiRequest req;
    req.path = QStringLiteral("/api/users/me");
    req.ifNoneMatch = store::SyncStateRepository(m_db.sql()).value(kUserEtag).toString().toLatin1();
    m_api.send(req, this, [this, next = std::move(next)](const api::ApiResponse &r) {
        if (r.ok() && !r.notModified()) {
            try {
                const auto user = r.data.get<api::dto::User>();
                const EntitySpec *profiles = m_registry.find(QStringLiteral("profile"));
                store::Transaction tx(m_db.sql());
                store::RemoteApply remote(m_db.sql());
                store::ApplyOutcome out;
                QStringList order;
                store::StoreError err;
                for (const nlohmann::json &p : r.data.at("profiles")) {
                    if (profiles && !err)
                        err = remote.upsert(profiles->table(), profiles->rowFromJson(p), {}, out);
                    order << QString::fromStdString(p.at("id").get<std::string>());
                }
                if (!err)
                    err = store::setProfileOrder(m_db.sql(), order);
                // The ETag only once the profiles are stored: a failure is tried again next run.
                if (!err)
                    err = store::SyncStateRepository(m_db.sql()).setValue(kUserEtag, QString::fromLatin1(r.etag));
                if (err || !tx.commit())
                    throw std::runtime_error("store: " + (err ? err.detail : tx.lastError()).toStdString());
                m_notifier->changed(QStringLiteral("profile"), order.isEmpty() ? QStringList{} : order);
                m_notifier->flush();
                m_userFresh = true;
                Q_EMIT userChanged(user);
            } catch (const std::exception &e) {
                qCWarning(lcSync) << "cannot read users/me:" << e.what();
            }
        } else if (r.notModified()) {
            m_userFresh = true;
        } else if (r.error.kind == Kind::SignInRequired) {
            SyncReport report;
            report.result = SyncReport::Result::SignInRequired;
            report.error = r.error;
            finish(report);
            return;
        }
        next();
    });
}

void SyncEngine::pushPhase()
{
    m_pusher->run([this](const Pusher::Result &p) {
        m_report.pushed = p.pushed;
        m_report.parked = p.parked;
        m_report.conflicts = p.conflicts;
        m_report.retrying = p.retrying;
        m_report.retryError = p.retryError;
        if (p.stop) {
            m_report.error = p.stop;
            m_report.result = resultFor(p.stop);
            finish(m_report); // unreachable, signed out or rate limited: pulling would fail the same way
            return;
        }
        pullPhase();
    });
}

void SyncEngine::pullPhase()
{
    m_puller->run([this](const Puller::Result &p) {
        m_report.pulled = p.applied;
        m_report.conflicts += p.conflicts;
        m_report.skippedItems = p.skipped;
        m_report.resynced = p.resynced;
        m_report.error = p.error;
        m_report.result = resultFor(p.error);
        if (p.profileChanges > 0 && m_report.ok()) {
            m_userFresh = false;
            refreshUser([this] { finish(m_report); });
            return;
        }
        finish(m_report);
    });
}

void SyncEngine::finish(SyncReport report)
{
    m_running = false;
    if (report.ok()) {
        // Only the status line reads it: a failure to note the time loses nothing.
        if (const store::StoreError e = store::SyncStateRepository(m_db.sql())
                                            .setValue(store::SyncStateRepository::lastSyncAtKey(), Clock::nowMs()))
            qCWarning(lcSync) << "cannot note the time of the sync:" << e.detail;
    }
    qCInfo(lcSync).nospace() << "sync " << (report.ok() ? "done" : "stopped") << ": pushed " << report.pushed
                             << ", pulled " << report.pulled << ", conflicts " << report.conflicts << ", refused "
                             << report.parked << (report.error ? ", " + report.error.summary() : QString());
    Q_EMIT finished(report);
    if (report.result == SyncReport::Result::SignInRequired || report.result == SyncReport::Result::Cancelled)
        return;
    if (m_again) {
        QTimer::singleShot(0, this, &SyncEngine::run);
        return;
    }
    scheduleRetry();
}

void SyncEngine::scheduleRetry()
{
    // Changes backing off come due by themselves: run again then.
    const qint64 due = store::PushQueue(m_db.sql()).nextDueAtMs();
    if (due <= 0)
        return;
    const qint64 wait = qBound<qint64>(0, due - Clock::nowMs(), 24LL * 3600 * 1000);
    m_retryTimer.start(int(qMax<qint64>(wait, 50)));
}

} // namespace pitchside::sync
