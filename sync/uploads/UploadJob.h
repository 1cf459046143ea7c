#pragma once

#include "../api/ApiClient.h"
#include "../api/RetryPolicy.h"
#include "models/media/UploadRecord.h"

#include <QFile>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <atomic>
#include <memory>

namespace pitchside::store {
class Database;
}

namespace pitchside::sync::uploads {

// One media item's trip to the server through the chunked, resumable
// protocol (docs/api/README.md "Media uploads"):
//   verify the local copy's SHA-256 → POST /api/media/uploads (once; the
//   answer is kept) → GET its status whenever resuming → PUT each chunk the
//   server does not have → POST …/complete, whose SHA-256 check must pass.
// Every acknowledgement is written to the store before the next request,
// and after any doubt (a dropped connection, a restart) the server is asked
// what it has before anything is sent again: a chunk the server
// acknowledged is never sent twice. Lives on the upload thread.
class UploadJob : public QObject
{
    Q_OBJECT
public:
    enum class End {
        Completed,      // the server has the item (ours, or the one it already had)
        Failed,         // refused for good; the reason is stored with the upload
        RetryLater,     // a transient failure; next_attempt_at is stored
        Stopped,        // paused, cancelled, deleted, or shut down
        SignInRequired, // the session is gone; nothing was changed
    };

    UploadJob(media::UploadRecord record, api::ApiClient &api, store::Database &db, const api::RetryPolicy &retry,
              QObject *parent = nullptr);
    ~UploadJob() override;

    void start();
    void stop();

    QString mediaId() const { return m_record.mediaId; }
    qint64 bytesTotal() const { return m_record.sizeBytes; }
    qint64 bytesDone() const;
    qint64 inflightBytes() const { return m_inflightBytes; }
    // Chunk PUTs this job sent (tests compare with what the server stored).
    int chunksSent() const { return m_chunksSent; }

Q_SIGNALS:
    void progressed();
    // `changedIds`: media rows the outcome changed (ours, and the server's
    // item when the bytes were already there).
    void finished(pitchside::sync::uploads::UploadJob::End end, const QStringList &changedIds);

private:
    void verify();
    void onVerified(const QString &sha256);
    void begin();
    void fetchStatus();
    void sendNext();
    void completeUpload();
    void onServerItem(const nlohmann::json &item);
    void onError(const api::ApiError &error);
    void fail(const QString &code, const QString &error, bool forgetUpload);
    void restartLater(const QString &code);
    void end(End how, const QStringList &changed = {});
    bool stillWanted();
    void setReceived(const nlohmann::json &list);

    media::UploadRecord m_record;
    api::ApiClient &m_api;
    store::Database &m_db;
    api::RetryPolicy m_retry;
    QFile m_file;
    QSet<int> m_received;
    QPointer<api::ApiCall> m_call;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    qint64 m_inflightBytes = 0;
    int m_chunksSent = 0;
    int m_completeTries = 0;
    bool m_ended = false;
};

// The error codes stored with a failed upload (media_uploads.error_code).
namespace UploadError {
inline const QString TooLarge = QStringLiteral("PAYLOAD_TOO_LARGE");
inline const QString Quota = QStringLiteral("STORAGE_QUOTA");
inline const QString Refused = QStringLiteral("VALIDATION_ERROR");
inline const QString Checksum = QStringLiteral("CHECKSUM_MISMATCH");
inline const QString ChecksumRestarted = QStringLiteral("CHECKSUM_RESTARTED");
inline const QString LocalDamaged = QStringLiteral("LOCAL_DAMAGED");
inline const QString LocalMissing = QStringLiteral("LOCAL_MISSING");
inline const QString Network = QStringLiteral("NETWORK");
inline const QString Server = QStringLiteral("SERVER");
inline const QString Forbidden = QStringLiteral("FORBIDDEN");
} // namespace UploadError

} // namespace pitchside::sync::uploads

Q_DECLARE_METATYPE(pitchside::sync::uploads::UploadJob::End)
