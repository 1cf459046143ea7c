#pragma once

#include "../api/ApiClient.h"
#include "../api/RetryPolicy.h"
#include "UploadJob.h"
#include "models/media/UploadRecord.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace pitchside::store {
class ChangeHub;
class Database;
} // namespace pitchside::store

namespace pitchside::sync::uploads {

// Live progress of the uploads, for progress bars: totals over every
// unfinished upload plus the bytes of chunks on the wire right now.
struct UploadProgress
{
    media::UploadTotals totals;
    qint64 bytesDone = 0;   // acknowledged and in flight
    QHash<QString, std::pair<qint64, qint64>> running; // media id -> (done, total) of active jobs
};

// Runs the uploads of one account on the upload thread, with its own store
// connection and its own ApiClient (sync/api: the same auth, token refresh,
// timeouts and error mapping as the sync engine). Picks due uploads oldest
// first, a few at a time, waits out backoffs with one timer, and tells the
// UI's hub what changed.
class UploadQueue : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        QString storePath;
        api::ApiConfig api;
        api::TokenSource *tokens = nullptr;
        QPointer<store::ChangeHub> hub; // on the UI thread: told with queued calls
        int parallel = 2;               // files at a time
        api::RetryPolicy retry = api::RetryPolicy::fromEnvironment();
    };

    explicit UploadQueue(Config config);
    ~UploadQueue() override;

    // Chunk PUTs sent since open() (tests).
    int chunksSent() const { return m_chunksSent; }

public Q_SLOTS:
    void open();
    void close();
    // Look for due uploads now (after a sync, an import, a resume).
    void kick();
    // Uploads waiting on a backoff become due now (the network is back).
    void retryNow();
    // The user paused, cancelled or deleted these (empty: any): jobs whose
    // upload is no longer wanted stop their request now, then due ones start.
    void reconsider(const QStringList &mediaIds);

Q_SIGNALS:
    void opened(bool ok);
    void progress(const pitchside::sync::uploads::UploadProgress &progress);
    // Items the server accepted: their metadata edits and the posts that use
    // them can be pushed now.
    void completed(const QStringList &mediaIds);
    void signInRequired();
    void idle();

private:
    void schedule();
    void onJobFinished(UploadJob *job, UploadJob::End end, const QStringList &changed);
    void publishProgress();
    void notifyHub(const QString &type, const QStringList &ids);

    Config m_config;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<api::ApiClient> m_api;
    QHash<QString, UploadJob *> m_jobs;
    // Children of the queue, so that they move to the upload thread with it.
    QTimer m_dueTimer{this};      // the next backoff that ends
    QTimer m_progressTimer{this}; // progress at most ten times a second
    int m_chunksSent = 0;
    bool m_blocked = false;  // sign-in required: wait for a kick
    bool m_scheduling = false;
};

} // namespace pitchside::sync::uploads

Q_DECLARE_METATYPE(pitchside::sync::uploads::UploadProgress)
