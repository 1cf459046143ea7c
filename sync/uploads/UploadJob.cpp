#include "UploadJob.h"

#include "../Logging.h"
#include "FileDigest.h"
#include "models/Clock.h"
#include "models/media/UploadCompletion.h"
#include "models/media/UploadStateRepository.h"
#include "models/store/Database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QThreadPool>

namespace pitchside::sync::uploads {

namespace {

using Kind = api::ApiError::Kind;

QJsonObject toQt(const nlohmann::json &item)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(item.dump())).object();
}

QString text(const nlohmann::json &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

} // namespace

UploadJob::UploadJob(media::UploadRecord record, api::ApiClient &api, store::Database &db,
                     const api::RetryPolicy &retry, QObject *parent)
    : QObject(parent), m_record(std::move(record)), m_api(api), m_db(db), m_retry(retry)
{
    for (int i : m_record.received)
        m_received.insert(i);
}

UploadJob::~UploadJob()
{
    m_cancel->store(true);
    if (m_call)
        m_call->abort();
}

qint64 UploadJob::bytesDone() const
{
    media::UploadRecord r = m_record;
    r.received = QVector<int>(m_received.begin(), m_received.end());
    return r.bytesReceived() + m_inflightBytes;
}

void UploadJob::start()
{
    media::UploadStateRepository(m_db.sql()).setUploading(m_record.mediaId);
    verify();
}

void UploadJob::stop()
{
    m_cancel->store(true);
    if (m_call)
        m_call->abort();
    else
        end(End::Stopped);
}

void UploadJob::verify()
{
    if (m_record.localPath.isEmpty() || !QFile::exists(m_record.localPath)) {
        fail(UploadError::LocalMissing, m_record.localPath, false);
        return;
    }
    // Hashing a large video takes a moment: off this thread, which also
    // carries other uploads' requests.
    QPointer<UploadJob> self(this);
    const QString path = m_record.localPath;
    const auto cancel = m_cancel;
    QThreadPool::globalInstance()->start([self, path, cancel] {
        const QString sha = sha256OfFile(path, cancel.get());
        QMetaObject::invokeMethod(
            self, [self, sha] { if (self) self->onVerified(sha); }, Qt::QueuedConnection);
    });
}

void UploadJob::onVerified(const QString &sha256)
{
    if (m_cancel->load()) {
        end(End::Stopped);
        return;
    }
    if (sha256.isEmpty()) {
        fail(UploadError::LocalMissing, m_record.localPath, false);
        return;
    }
    if (sha256 != m_record.sha256.toLower()) {
        qCWarning(lcSync) << "media" << m_record.mediaId << "local copy damaged: sha256" << sha256 << "expected"
                          << m_record.sha256;
        fail(UploadError::LocalDamaged, sha256, true);
        return;
    }
    m_file.setFileName(m_record.localPath);
    if (!m_file.open(QIODevice::ReadOnly)) {
        fail(UploadError::LocalMissing, m_file.errorString(), false);
        return;
    }
    if (m_record.uploadId.isEmpty())
        begin();
    else
        fetchStatus(); // resuming: what does the server have?
}

void UploadJob::begin()
{
    nlohmann::json body = {{"id", m_record.mediaId.toStdString()},
                           {"filename", m_record.filename.toStdString()},
                           {"size", m_record.sizeBytes},
                           {"mime_type", m_record.mimeType.toStdString()},
                           {"sha256", m_record.sha256.toLower().toStdString()}};
    api::ApiRequest req;
    req.method = "POST";
    req.path = QStringLiteral("/api/media/uploads");
    req.body = QByteArray::fromStdString(body.dump());
    req.idempotencyKey = m_record.initKey;
    m_call = m_api.send(req);
    connect(m_call, &api::ApiCall::finished, this, [this](const api::ApiResponse &r) {
        m_call = nullptr;
        if (!r.ok()) {
            onError(r.error);
            return;
        }
        if (r.data.contains("media") && r.data["media"].is_object()) {
            onServerItem(r.data["media"]); // the server already has these bytes
            return;
        }
        m_record.uploadId = text(r.data, "upload_id");
        m_record.chunkSize = r.data.value("chunk_size", 0);
        m_record.totalChunks = r.data.value("total_chunks", 0);
        if (m_record.uploadId.isEmpty() || m_record.chunkSize <= 0 || m_record.totalChunks <= 0) {
            onError(api::ApiError::parse(QStringLiteral("$.data.upload_id"), QStringLiteral("no upload")));
            return;
        }
        m_received.clear();
        const QDateTime expires = QDateTime::fromString(text(r.data, "expires_at"), Qt::ISODateWithMs);
        QVector<int> received;
        if (r.data.contains("received") && r.data["received"].is_array()) {
            for (const auto &i : r.data["received"]) {
                if (i.is_number_integer()) {
                    m_received.insert(i.get<int>());
                    received << i.get<int>();
                }
            }
        }
        media::UploadStateRepository(m_db.sql())
            .started(m_record.mediaId, m_record.uploadId, m_record.chunkSize, m_record.totalChunks, received, expires);
        sendNext();
    });
}

void UploadJob::fetchStatus()
{
    api::ApiRequest req;
    req.path = QStringLiteral("/api/media/uploads/") + m_record.uploadId;
    m_call = m_api.send(req);
    connect(m_call, &api::ApiCall::finished, this, [this](const api::ApiResponse &r) {
        m_call = nullptr;
        if (!r.ok()) {
            onError(r.error);
            return;
        }
        const int chunkSize = r.data.value("chunk_size", 0);
        const int total = r.data.value("total_chunks", 0);
        if (chunkSize > 0 && total > 0) {
            m_record.chunkSize = chunkSize;
            m_record.totalChunks = total;
        }
        setReceived(r.data.value("received", nlohmann::json::array()));
        sendNext();
    });
}

void UploadJob::setReceived(const nlohmann::json &list)
{
    m_received.clear();
    QVector<int> received;
    if (list.is_array()) {
        for (const auto &i : list) {
            if (i.is_number_integer()) {
                m_received.insert(i.get<int>());
                received << i.get<int>();
            }
        }
    }
    std::sort(received.begin(), received.end());
    m_record.received = received;
    media::UploadStateRepository(m_db.sql()).setReceived(m_record.mediaId, received);
    Q_EMIT progressed();
}

bool UploadJob::stillWanted()
{
    const std::optional<media::UploadRecord> now = media::UploadStateRepository(m_db.sql()).get(m_record.mediaId);
    return now && now->isActive() && !m_cancel->load();
}

void UploadJob::sendNext()
{
    if (!stillWanted()) {
        end(End::Stopped); // paused, cancelled or deleted meanwhile
        return;
    }
    int index = -1;
    for (int i = 0; i < m_record.totalChunks; ++i) {
        if (!m_received.contains(i)) {
            index = i;
            break;
        }
    }
    if (index < 0) {
        completeUpload();
        return;
    }
    const qint64 offset = qint64(index) * m_record.chunkSize;
    const qint64 length = qMin<qint64>(m_record.chunkSize, m_record.sizeBytes - offset);
    QByteArray bytes;
    if (length > 0 && m_file.seek(offset))
        bytes = m_file.read(length);
    if (length <= 0 || bytes.size() != length) {
        // The file shrank or vanished after it was verified.
        fail(UploadError::LocalDamaged, m_file.errorString(), true);
        return;
    }
    api::ApiRequest req;
    req.method = "PUT";
    req.path = QStringLiteral("/api/media/uploads/%1/chunks/%2").arg(m_record.uploadId).arg(index);
    req.body = bytes;
    req.contentType = "application/octet-stream";
    m_inflightBytes = 0;
    ++m_chunksSent;
    m_call = m_api.send(req);
    connect(m_call, &api::ApiCall::progress, this, [this, length](qint64 done, qint64 total) {
        // Upload progress only (download progress of the answer reports its own total).
        if (total == length) {
            m_inflightBytes = done;
            Q_EMIT progressed();
        }
    });
    connect(m_call, &api::ApiCall::finished, this, [this](const api::ApiResponse &r) {
        m_call = nullptr;
        m_inflightBytes = 0;
        if (!r.ok()) {
            onError(r.error);
            return;
        }
        setReceived(r.data.value("received", nlohmann::json::array()));
        sendNext();
    });
}

void UploadJob::completeUpload()
{
    api::ApiRequest req;
    req.method = "POST";
    req.path = QStringLiteral("/api/media/uploads/%1/complete").arg(m_record.uploadId);
    ++m_completeTries;
    m_call = m_api.send(req);
    connect(m_call, &api::ApiCall::finished, this, [this](const api::ApiResponse &r) {
        m_call = nullptr;
        if (r.ok()) {
            onServerItem(r.data);
            return;
        }
        const api::ApiError &e = r.error;
        if (e.kind == Kind::Http && e.status == 409 && e.reason == u"chunks_missing" && m_completeTries < 3) {
            fetchStatus(); // the server lost some: send them again
            return;
        }
        if (e.kind == Kind::Http && e.status == 422 && e.reason == u"checksum_mismatch") {
            // The server assembled other bytes than the ones declared and
            // discarded them. The next attempt hashes the local copy again:
            // damaged, it fails for good; intact, the upload starts over once.
            if (m_record.errorCode == UploadError::ChecksumRestarted)
                fail(UploadError::Checksum, e.message, true);
            else
                restartLater(UploadError::ChecksumRestarted);
            return;
        }
        onError(e);
    });
}

void UploadJob::onServerItem(const nlohmann::json &item)
{
    const QJsonObject server = toQt(item);
    const QString serverId = server.value(QStringLiteral("id")).toString();
    if (serverId.isEmpty()) {
        onError(api::ApiError::parse(QStringLiteral("$.data.id"), QStringLiteral("no media id")));
        return;
    }
    QStringList pending;
    media::UploadCompletion completion(m_db.sql());
    const store::StoreError e = serverId == m_record.mediaId ? completion.complete(m_record.mediaId, server, &pending)
                                                             : completion.mergeInto(m_record.mediaId, server, &pending);
    if (e) {
        qCWarning(lcSync) << "cannot record the upload of" << m_record.mediaId << ":" << e.detail;
        media::UploadStateRepository(m_db.sql())
            .retryLater(m_record.mediaId, m_record.attempts + 1,
                        Clock::nowMs() + m_retry.delayMs(m_record.attempts + 1),
                        QStringLiteral("STORE"), e.detail);
        end(End::RetryLater);
        return;
    }
    if (serverId == m_record.mediaId)
        qCInfo(lcSync) << "media" << m_record.mediaId << "uploaded after" << m_chunksSent << "chunk PUTs";
    else
        qCInfo(lcSync) << "media" << m_record.mediaId << "was already on the server as" << serverId;
    QStringList changed{m_record.mediaId};
    if (serverId != m_record.mediaId)
        changed << serverId;
    end(End::Completed, changed);
}

void UploadJob::onError(const api::ApiError &e)
{
    if (e.kind == Kind::Cancelled || m_cancel->load()) {
        end(End::Stopped);
        return;
    }
    if (e.kind == Kind::SignInRequired) {
        end(End::SignInRequired);
        return;
    }
    if (e.kind == Kind::Http) {
        switch (e.status) {
        case 413:
            fail(UploadError::TooLarge, e.message, true);
            return;
        case 507:
            fail(UploadError::Quota, QString::fromStdString(e.details.dump()), true);
            return;
        case 404:
        case 410:
            // The upload expired (24 h) or the server forgot it: start over.
            if (!m_record.uploadId.isEmpty()) {
                restartLater(m_record.errorCode);
                return;
            }
            break;
        case 409:
            if (e.reason == u"id_taken") {
                fail(e.reasonCode(), e.message, true); // another item has our id: nothing to resume
                return;
            }
            if (e.reason == u"chunk_differs") {
                restartLater(m_record.errorCode); // the next start re-checks the local copy
                return;
            }
            break;
        default:
            break;
        }
        if (e.status == 400) {
            fail(UploadError::Refused + (e.field.isEmpty() ? QString() : u'/' + e.field), e.message, true);
            return;
        }
        if (e.status == 403) {
            fail(UploadError::Forbidden, e.message, false);
            return;
        }
    }
    if (!e.isTransient() && e.kind == Kind::Http && e.status != 409) {
        fail(e.reasonCode(), e.message, false);
        return;
    }
    // Network, timeout, 429, 5xx, or a conflict we cannot explain: later.
    const int attempts = m_record.attempts + 1;
    const qint64 due = Clock::nowMs() + m_retry.delayAfter(e, attempts);
    media::UploadStateRepository(m_db.sql())
        .retryLater(m_record.mediaId, attempts, due, e.kind == Kind::Http ? UploadError::Server : UploadError::Network,
                    e.summary());
    qCInfo(lcSync) << "upload of" << m_record.mediaId << "will retry:" << e.summary();
    end(End::RetryLater);
}

void UploadJob::fail(const QString &code, const QString &error, bool forgetUpload)
{
    qCWarning(lcSync) << "upload of" << m_record.mediaId << "failed:" << code << error;
    media::UploadStateRepository(m_db.sql()).fail(m_record.mediaId, code, error, forgetUpload);
    end(End::Failed);
}

void UploadJob::restartLater(const QString &code)
{
    media::UploadStateRepository repo(m_db.sql());
    repo.restart(m_record.mediaId);
    repo.retryLater(m_record.mediaId, m_record.attempts, 0, code, {});
    end(End::RetryLater);
}

void UploadJob::end(End how, const QStringList &changed)
{
    if (m_ended)
        return;
    m_ended = true;
    m_file.close();
    Q_EMIT finished(how, changed);
}

} // namespace pitchside::sync::uploads
