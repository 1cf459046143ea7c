#pragma once

#include "UploadRecord.h"
#include "models/store/StoreError.h"

#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace pitchside::media {

// The persistent state of media uploads (migration 0004). The upload queue
// writes it after every answer of the server, so a crash or a restart
// resumes from what the server acknowledged; the media page reads it for
// badges and progress and changes it for pause, resume, cancel and retry.
class UploadStateRepository
{
public:
    explicit UploadStateRepository(QSqlDatabase &db) : m_db(db) {}

    std::optional<UploadRecord> get(const QString &mediaId) const;
    // Uploads that may run now (queued or uploading, due), oldest first.
    QVector<UploadRecord> due(qint64 nowMs, int limit = 50) const;
    // When the next upload waiting on a backoff becomes due (0 = none).
    qint64 nextDueAtMs() const;
    // Every upload not done, for the upload panel (failed ones first).
    QVector<UploadRecord> unfinished(int limit = 1000) const;
    QVector<UploadRecord> forIds(const QStringList &mediaIds) const;
    UploadTotals totals() const;

    // The queue's bookkeeping.
    store::StoreError started(const QString &mediaId, const QString &uploadId, int chunkSize, int totalChunks,
                              const QVector<int> &received, const QDateTime &expiresAt);
    store::StoreError setReceived(const QString &mediaId, const QVector<int> &received);
    store::StoreError setUploading(const QString &mediaId);
    // A transient failure: try again at `nextAttemptAtMs`.
    store::StoreError retryLater(const QString &mediaId, int attempts, qint64 nextAttemptAtMs, const QString &code,
                                 const QString &error);
    // A permanent failure; `forgetUpload` drops the server's upload id (its
    // chunks were discarded, a retry starts over).
    store::StoreError fail(const QString &mediaId, const QString &code, const QString &error, bool forgetUpload);
    // Starts over with a new upload (the old one expired or vanished).
    store::StoreError restart(const QString &mediaId);
    // The user's commands (empty list = every unfinished upload).
    store::StoreError pause(const QStringList &mediaIds);
    store::StoreError resume(const QStringList &mediaIds); // also retries failed and cancelled ones
    store::StoreError cancel(const QStringList &mediaIds);

private:
    store::StoreError setState(const QStringList &mediaIds, const QStringList &fromStates, const QString &toState,
                               bool clearError);

    QSqlDatabase &m_db;
};

} // namespace pitchside::media
