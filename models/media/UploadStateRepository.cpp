#include "UploadStateRepository.h"

#include "models/store/ChangeHub.h"
#include "models/store/Outbox.h"
#include "models/store/SqlValues.h"
#include "models/store/Transaction.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace pitchside::media {

using store::StoreError;

namespace {

const QString kSelect = QStringLiteral(
    "SELECT u.media_id, u.state, u.upload_id, u.chunk_size, u.total_chunks, u.received, u.size_bytes, u.attempts, "
    "u.next_attempt_at, u.error_code, u.error, u.expires_at, u.updated_at, m.filename, m.mime_type, m.sha256, "
    "m.local_path, u.init_key FROM media_uploads u JOIN media m ON m.id = u.media_id");

QString receivedJson(const QVector<int> &received)
{
    QJsonArray a;
    for (int i : received)
        a.append(i);
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

UploadRecord readRecord(const QSqlQuery &q)
{
    UploadRecord r;
    r.mediaId = q.value(0).toString();
    r.state = uploadStateFromKey(q.value(1).toString());
    r.uploadId = q.value(2).toString();
    r.chunkSize = q.value(3).toInt();
    r.totalChunks = q.value(4).toInt();
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array())
        r.received << v.toInt();
    r.sizeBytes = q.value(6).toLongLong();
    r.attempts = q.value(7).toInt();
    r.nextAttemptAtMs = q.value(8).toLongLong();
    r.errorCode = q.value(9).toString();
    r.error = q.value(10).toString();
    r.expiresAt = store::dateFromMs(q.value(11));
    r.updatedAtMs = q.value(12).toLongLong();
    r.filename = q.value(13).toString();
    r.mimeType = q.value(14).toString();
    r.sha256 = q.value(15).toString();
    r.localPath = q.value(16).toString();
    r.initKey = q.value(17).toString();
    return r;
}

QVector<UploadRecord> readAll(QSqlQuery &q)
{
    QVector<UploadRecord> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.push_back(readRecord(q));
    return out;
}

} // namespace

qint64 UploadRecord::bytesReceived() const
{
    if (state == State::Done)
        return sizeBytes;
    if (chunkSize <= 0 || totalChunks <= 0)
        return 0;
    qint64 bytes = 0;
    const qint64 last = sizeBytes - qint64(chunkSize) * (totalChunks - 1);
    for (int i : received)
        bytes += i == totalChunks - 1 ? last : chunkSize;
    return bytes;
}

QString uploadStateKey(UploadRecord::State state)
{
    switch (state) {
    case UploadRecord::State::Queued:
        return QStringLiteral("queued");
    case UploadRecord::State::Uploading:
        return QStringLiteral("uploading");
    case UploadRecord::State::Paused:
        return QStringLiteral("paused");
    case UploadRecord::State::Done:
        return QStringLiteral("done");
    case UploadRecord::State::Failed:
        return QStringLiteral("failed");
    case UploadRecord::State::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

UploadRecord::State uploadStateFromKey(const QString &key)
{
    for (auto s : {UploadRecord::State::Queued, UploadRecord::State::Uploading, UploadRecord::State::Paused,
                   UploadRecord::State::Done, UploadRecord::State::Failed, UploadRecord::State::Cancelled}) {
        if (uploadStateKey(s) == key)
            return s;
    }
    return UploadRecord::State::Queued;
}

std::optional<UploadRecord> UploadStateRepository::get(const QString &mediaId) const
{
    QSqlQuery q(m_db);
    q.prepare(kSelect + QStringLiteral(" WHERE u.media_id = ?"));
    q.addBindValue(mediaId);
    if (q.exec() && q.next())
        return readRecord(q);
    return std::nullopt;
}

QVector<UploadRecord> UploadStateRepository::due(qint64 nowMs, int limit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(kSelect + QStringLiteral(" WHERE u.state IN ('queued','uploading') AND u.next_attempt_at <= ? "
                                       "AND m.deleted = 0 ORDER BY u.created_at, u.media_id LIMIT ?"));
    q.addBindValue(nowMs);
    q.addBindValue(limit);
    return readAll(q);
}

qint64 UploadStateRepository::nextDueAtMs() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT min(next_attempt_at) FROM media_uploads WHERE state IN ('queued','uploading')"))
                   && q.next()
               ? q.value(0).toLongLong()
               : 0;
}

QVector<UploadRecord> UploadStateRepository::unfinished(int limit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(kSelect + QStringLiteral(" WHERE u.state NOT IN ('done') AND m.deleted = 0 "
                                       "ORDER BY u.state = 'failed' DESC, u.created_at, u.media_id LIMIT ?"));
    q.addBindValue(limit);
    return readAll(q);
}

QVector<UploadRecord> UploadStateRepository::forIds(const QStringList &mediaIds) const
{
    if (mediaIds.isEmpty())
        return {};
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(kSelect + QStringLiteral(" WHERE u.media_id IN (%1)").arg(QStringList(mediaIds.size(), QStringLiteral("?")).join(u',')));
    for (const QString &id : mediaIds)
        q.addBindValue(id);
    return readAll(q);
}

UploadTotals UploadStateRepository::totals() const
{
    UploadTotals t;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(kSelect + QStringLiteral(" WHERE u.state IN ('queued','uploading','paused','failed') AND m.deleted = 0"));
    for (const UploadRecord &r : readAll(q)) {
        if (r.state == UploadRecord::State::Failed) {
            ++t.failed;
            continue;
        }
        (r.state == UploadRecord::State::Paused ? t.paused : t.waiting) += 1;
        t.bytesTotal += r.sizeBytes;
        t.bytesDone += r.bytesReceived();
    }
    return t;
}

StoreError UploadStateRepository::started(const QString &mediaId, const QString &uploadId, int chunkSize,
                                          int totalChunks, const QVector<int> &received, const QDateTime &expiresAt)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE media_uploads SET state = 'uploading', upload_id = ?, chunk_size = ?, "
                             "total_chunks = ?, received = ?, expires_at = ?, error_code = NULL, error = NULL, "
                             "updated_at = ? WHERE media_id = ?"));
    q.addBindValue(uploadId);
    q.addBindValue(chunkSize);
    q.addBindValue(totalChunks);
    q.addBindValue(receivedJson(received));
    q.addBindValue(store::msOrNull(expiresAt));
    q.addBindValue(store::nowMs());
    q.addBindValue(mediaId);
    return q.exec() ? StoreError{} : StoreError::queryFailed(q);
}

StoreError UploadStateRepository::setReceived(const QString &mediaId, const QVector<int> &received)
{
    QSqlQuery q(m_db);
    // A chunk acknowledged proves the network works: the backoff starts over.
    q.prepare(QStringLiteral("UPDATE media_uploads SET received = ?, attempts = 0, updated_at = ? WHERE media_id = ?"));
    q.addBindValue(receivedJson(received));
    q.addBindValue(store::nowMs());
    q.addBindValue(mediaId);
    return q.exec() ? StoreError{} : StoreError::queryFailed(q);
}

StoreError UploadStateRepository::setUploading(const QString &mediaId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE media_uploads SET state = 'uploading', updated_at = ? "
                             "WHERE media_id = ? AND state = 'queued'"));
    q.addBindValue(store::nowMs());
    q.addBindValue(mediaId);
    return q.exec() ? StoreError{} : StoreError::queryFailed(q);
}

StoreError UploadStateRepository::retryLater(const QString &mediaId, int attempts, qint64 nextAttemptAtMs,
                                             const QString &code, const QString &error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE media_uploads SET attempts = ?, next_attempt_at = ?, error_code = ?, error = ?, "
                             "updated_at = ? WHERE media_id = ?"));
    q.addBindValue(attempts);
    q.addBindValue(nextAttemptAtMs);
    q.addBindValue(store::textOrNull(code));
    q.addBindValue(store::textOrNull(error));
    q.addBindValue(store::nowMs());
    q.addBindValue(mediaId);
    return q.exec() ? StoreError{} : StoreError::queryFailed(q);
}

StoreError UploadStateRepository::fail(const QString &mediaId, const QString &code, const QString &error,
                                       bool forgetUpload)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE media_uploads SET state = 'failed', error_code = ?, error = ?, updated_at = ?%1 "
                             "WHERE media_id = ?")
                  .arg(forgetUpload ? QStringLiteral(", upload_id = NULL, received = '[]'") : QString()));
    q.addBindValue(code);
    q.addBindValue(store::textOrNull(error));
    q.addBindValue(store::nowMs());
    q.addBindValue(mediaId);
    return q.exec() ? StoreError{} : StoreError::queryFailed(q);
}

StoreError UploadStateRepository::restart(const QString &mediaId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE media_uploads SET state = 'queued', upload_id = NULL, received = '[]', "
                             "chunk_size = 0, total_chunks = 0, init_key = ?, updated_at = ? WHERE media_id = ?"));
    q.addBindValue(store::newUuid());
    q.addBindValue(store::nowMs());
    q.addBindValue(mediaId);
    return q.exec() ? StoreError{} : StoreError::queryFailed(q);
}

StoreError UploadStateRepository::setState(const QStringList &mediaIds, const QStringList &fromStates,
                                           const QString &toState, bool clearError)
{
    // Clearing the error is a person's retry: a new init key, so that the
    // server is asked again instead of replaying its refusal.
    QString sql = QStringLiteral("UPDATE media_uploads SET state = ?, updated_at = ?%1 WHERE state IN (%2)")
                      .arg(clearError ? QStringLiteral(", attempts = 0, next_attempt_at = 0, error_code = NULL, "
                                                       "error = NULL, init_key = lower(hex(randomblob(16)))")
                                      : QString(),
                           QStringList(fromStates.size(), QStringLiteral("?")).join(u','));
    if (!mediaIds.isEmpty())
        sql += QStringLiteral(" AND media_id IN (%1)").arg(QStringList(mediaIds.size(), QStringLiteral("?")).join(u','));
    QSqlQuery q(m_db);
    q.prepare(sql);
    q.addBindValue(toState);
    q.addBindValue(store::nowMs());
    for (const QString &s : fromStates)
        q.addBindValue(s);
    for (const QString &id : mediaIds)
        q.addBindValue(id);
    return q.exec() ? StoreError{} : StoreError::queryFailed(q);
}

StoreError UploadStateRepository::pause(const QStringList &mediaIds)
{
    return setState(mediaIds, {QStringLiteral("queued"), QStringLiteral("uploading")}, QStringLiteral("paused"), false);
}

StoreError UploadStateRepository::resume(const QStringList &mediaIds)
{
    // A failed upload keeps its upload id unless the server discarded its
    // chunks; the queue asks the server what it still has.
    return setState(mediaIds, {QStringLiteral("paused"), QStringLiteral("failed"), QStringLiteral("cancelled")},
                    QStringLiteral("queued"), true);
}

StoreError UploadStateRepository::cancel(const QStringList &mediaIds)
{
    return setState(mediaIds, {QStringLiteral("queued"), QStringLiteral("uploading"), QStringLiteral("paused")},
                    QStringLiteral("cancelled"), false);
}

} // namespace pitchside::media
