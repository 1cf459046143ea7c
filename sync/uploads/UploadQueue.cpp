#include "UploadQueue.h"

#include "../Logging.h"
#include "models/Clock.h"
#include "models/media/MediaGridModel.h"
#include "models/media/UploadStateRepository.h"
#include "models/store/ChangeHub.h"
#include "models/store/Database.h"

#include <QDateTime>
#include <QSqlQuery>

namespace pitchside::sync::uploads {

UploadQueue::UploadQueue(Config config) : m_config(std::move(config))
{
    qRegisterMetaType<UploadProgress>();
    m_dueTimer.setSingleShot(true);
    connect(&m_dueTimer, &QTimer::timeout, this, &UploadQueue::schedule);
    m_progressTimer.setSingleShot(true);
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, &UploadQueue::publishProgress);
}

UploadQueue::~UploadQueue()
{
    close();
}

void UploadQueue::open()
{
    store::StoreError error;
    m_db = store::Database::open(m_config.storePath, &error, store::Database::Mode::ExistingOnly);
    if (!m_db) {
        qCWarning(lcSync) << "the upload thread cannot open" << m_config.storePath << ":" << error.detail;
        Q_EMIT opened(false);
        return;
    }
    m_api = std::make_unique<api::ApiClient>(m_config.api, m_config.tokens);
    // A crash during an upload left it 'uploading': it resumes like any other.
    Q_EMIT opened(true);
    schedule();
}

void UploadQueue::close()
{
    const auto jobs = m_jobs;
    for (UploadJob *job : jobs) {
        disconnect(job, nullptr, this, nullptr);
        job->stop();
        delete job;
    }
    m_jobs.clear();
    m_dueTimer.stop();
    m_api.reset();
    m_db.reset();
}

void UploadQueue::kick()
{
    m_blocked = false;
    schedule();
}

void UploadQueue::retryNow()
{
    if (!m_db)
        return;
    QSqlQuery q(m_db->sql());
    q.exec(QStringLiteral("UPDATE media_uploads SET next_attempt_at = 0 WHERE state IN ('queued','uploading')"));
    kick();
}

void UploadQueue::reconsider(const QStringList &mediaIds)
{
    if (!m_db)
        return;
    media::UploadStateRepository repo(m_db->sql());
    for (const QString &id : mediaIds.isEmpty() ? m_jobs.keys() : mediaIds) {
        UploadJob *job = m_jobs.value(id);
        if (!job)
            continue;
        const std::optional<media::UploadRecord> r = repo.get(id);
        if (!r || !r->isActive())
            job->stop(); // finishes as Stopped; the state stays what the user set
    }
    kick();
}

void UploadQueue::schedule()
{
    if (!m_db || !m_api || m_blocked || m_scheduling)
        return;
    m_scheduling = true;
    media::UploadStateRepository repo(m_db->sql());
    const qint64 now = Clock::nowMs();
    const int room = m_config.parallel - int(m_jobs.size());
    if (room > 0) {
        for (const media::UploadRecord &r : repo.due(now, room + int(m_jobs.size()))) {
            if (m_jobs.size() >= m_config.parallel)
                break;
            if (m_jobs.contains(r.mediaId))
                continue;
            auto *job = new UploadJob(r, *m_api, *m_db, m_config.retry, this);
            m_jobs.insert(r.mediaId, job);
            connect(job, &UploadJob::progressed, this, [this] {
                if (!m_progressTimer.isActive())
                    m_progressTimer.start();
            });
            connect(job, &UploadJob::finished, this,
                    [this, job](UploadJob::End end, const QStringList &changed) { onJobFinished(job, end, changed); });
            job->start();
        }
    }
    // Sleep until the next backoff ends.
    const qint64 next = repo.nextDueAtMs();
    if (m_jobs.size() < m_config.parallel && next > now)
        m_dueTimer.start(int(qBound<qint64>(qint64(50), next - now, qint64(3600000))));
    m_scheduling = false;
    publishProgress();
    if (m_jobs.isEmpty())
        Q_EMIT idle();
}

void UploadQueue::onJobFinished(UploadJob *job, UploadJob::End end, const QStringList &changed)
{
    const QString id = job->mediaId();
    m_chunksSent += job->chunksSent();
    m_jobs.remove(id);
    job->deleteLater();
    notifyHub(media::MediaGridModel::uploadEntity(), {id});
    switch (end) {
    case UploadJob::End::Completed:
        notifyHub(store::EntityType::Media, changed);
        notifyHub(store::EntityType::Outbox, {});
        Q_EMIT completed(changed);
        break;
    case UploadJob::End::SignInRequired:
        m_blocked = true;
        Q_EMIT signInRequired();
        break;
    case UploadJob::End::Failed:
        notifyHub(store::EntityType::Media, {id});
        break;
    case UploadJob::End::RetryLater:
    case UploadJob::End::Stopped:
        break;
    }
    // Back to the event loop first: a job that ends at once must not recurse.
    QTimer::singleShot(0, this, &UploadQueue::schedule);
}

void UploadQueue::publishProgress()
{
    if (!m_db)
        return;
    UploadProgress p;
    p.totals = media::UploadStateRepository(m_db->sql()).totals();
    p.bytesDone = p.totals.bytesDone;
    // Acknowledged chunks are in the store's totals; chunks on the wire are not.
    for (UploadJob *job : std::as_const(m_jobs)) {
        p.running.insert(job->mediaId(), {job->bytesDone(), job->bytesTotal()});
        p.bytesDone += job->inflightBytes();
    }
    Q_EMIT progress(p);
}

void UploadQueue::notifyHub(const QString &type, const QStringList &ids)
{
    if (!m_config.hub)
        return;
    QPointer<store::ChangeHub> hub = m_config.hub;
    QMetaObject::invokeMethod(
        hub, [hub, type, ids] { if (hub) hub->notify(type, ids); }, Qt::QueuedConnection);
}

} // namespace pitchside::sync::uploads
