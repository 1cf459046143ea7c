#pragma once

#include <QDateTime>
#include <QString>
#include <QVector>

namespace pitchside::media {

// One local media item on its way to the server (table media_uploads, with
// what the upload needs from the media row).
struct UploadRecord
{
    enum class State { Queued, Uploading, Paused, Done, Failed, Cancelled };

    QString mediaId;
    State state = State::Queued;
    QString uploadId;     // the server's, once POST /api/media/uploads answered
    QString initKey;      // Idempotency-Key of that POST
    int chunkSize = 0;
    int totalChunks = 0;
    QVector<int> received; // chunk indexes the server acknowledged, sorted
    qint64 sizeBytes = 0;
    int attempts = 0;
    qint64 nextAttemptAtMs = 0;
    QString errorCode;
    QString error;
    QDateTime expiresAt;
    qint64 updatedAtMs = 0;
    // From the media row.
    QString filename;
    QString mimeType;
    QString sha256;
    QString localPath;

    // Bytes the server holds, from the acknowledged chunks.
    qint64 bytesReceived() const;
    bool isActive() const { return state == State::Queued || state == State::Uploading; }
};

QString uploadStateKey(UploadRecord::State state);
UploadRecord::State uploadStateFromKey(const QString &key);

// Totals for progress bars: every upload not done or cancelled.
struct UploadTotals
{
    int waiting = 0;   // queued or uploading
    int paused = 0;
    int failed = 0;
    qint64 bytesTotal = 0; // of waiting and paused uploads
    qint64 bytesDone = 0;
};

} // namespace pitchside::media
