#include "VariantDownloader.h"

#include "../Logging.h"
#include "../api/JsonRead.h"
#include "models/Clock.h"
#include "models/PrivateFiles.h"
#include "models/media/VariantCacheIndex.h"
#include "models/store/Database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QCryptographicHash>
#include <QTimer>

namespace pitchside::sync::downloads {

namespace {

QString extensionFor(const QByteArray &bytes)
{
    if (bytes.startsWith("\x89PNG"))
        return QStringLiteral("png");
    if (bytes.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("jpg");
    if (bytes.startsWith("RIFF"))
        return QStringLiteral("webp");
    return QStringLiteral("bin");
}

// The variants the app asks for; anything else is never a file name part.
bool knownVariant(const QString &variant)
{
    return variant == u"thumbnail" || variant == u"medium" || variant == u"large" || variant == u"original";
}

// The cache file's name never comes from server text: a media id made of
// "../" segments once wrote a download outside the data folder. The name
// is the SHA-256 of id and variant, in a folder named by its first byte.
QString cacheFileName(const QString &mediaId, const QString &variant)
{
    const QByteArray hash =
        QCryptographicHash::hash((mediaId + u'\n' + variant).toUtf8(), QCryptographicHash::Sha256).toHex();
    return QString::fromLatin1(hash.left(2)) + u'/' + QString::fromLatin1(hash.mid(2));
}

} // namespace

VariantDownloader::VariantDownloader(Config config, store::Database &db, QObject *parent)
    : media::RemoteVariantSource(parent), m_config(std::move(config)), m_db(db), m_api(m_config.api, m_config.tokens)
{
}

QString VariantDownloader::cachedPath(const QString &mediaId, const QString &variant)
{
    const QString k = key(mediaId, variant);
    if (const auto it = m_known.constFind(k); it != m_known.constEnd())
        return it.value();
    if (m_pending.contains(k))
        return {}; // on its way: no need to ask the index while painting
    media::VariantCacheIndex index(m_db.sql());
    const std::optional<media::VariantCacheIndex::Entry> e = index.find(mediaId, variant);
    if (!e || !QFileInfo::exists(e->path)) {
        // Removed behind our back. The index is a cache: a write it refuses
        // costs a download later, never data.
        if (e) {
            if (const store::StoreError err = index.remove(mediaId, variant))
                qCWarning(lcSync) << "variant cache index:" << err.detail;
        }
        return {};
    }
    // Recently used: once per session is enough for the LRU order.
    if (const store::StoreError err = index.touch(mediaId, variant, Clock::nowMs()))
        qCWarning(lcSync) << "variant cache index:" << err.detail;
    m_known.insert(k, e->path);
    if (!m_revalidated.contains(k) && !e->etag.isEmpty()) {
        m_revalidated.insert(k);
        m_waiting.append({mediaId, variant, e->etag.toLatin1()});
        m_pending.insert(k);
        pump();
    }
    return e->path;
}

void VariantDownloader::request(const QString &mediaId, const QString &variant)
{
    if (!api::isUuid(mediaId) || !knownVariant(variant)) {
        // Not an id of the contract: never put in a request path.
        qCWarning(lcSync) << "refusing to download a variant of a media id that is not a UUID";
        QTimer::singleShot(0, this, [this, mediaId, variant] {
            Q_EMIT unavailable(mediaId, variant, tr("This media item has an invalid id."));
        });
        return;
    }
    const QString k = key(mediaId, variant);
    if (m_pending.contains(k))
        return;
    m_pending.insert(k);
    m_revalidated.insert(k);
    // Newest first: the grid asks for what is on screen now.
    m_waiting.prepend({mediaId, variant, {}});
    pump();
}

void VariantDownloader::pump()
{
    while (m_running < m_config.parallel && !m_waiting.isEmpty()) {
        ++m_running;
        fetch(m_waiting.takeFirst());
    }
}

void VariantDownloader::fetch(const Job &job)
{
    api::ApiRequest req;
    req.path = QStringLiteral("/api/media/%1/content").arg(job.mediaId);
    req.query.addQueryItem(QStringLiteral("variant"), job.variant);
    req.rawResponse = true;
    req.ifNoneMatch = job.etag;
    ++m_sent;
    m_api.send(req, this, [this, job](const api::ApiResponse &r) {
        --m_running;
        m_pending.remove(key(job.mediaId, job.variant));
        if (r.notModified()) {
            ++m_notModified;
        } else if (r.ok()) {
            store(job, r);
        } else {
            qCInfo(lcSync) << "variant" << job.variant << "of" << job.mediaId << "not downloaded:" << r.error.summary();
            if (job.etag.isEmpty())
                Q_EMIT unavailable(job.mediaId, job.variant, r.error.message);
        }
        pump();
    });
}

void VariantDownloader::store(const Job &job, const api::ApiResponse &r)
{
    const QString path = QDir(m_config.cacheDir)
                             .filePath(cacheFileName(job.mediaId, job.variant) + u'.' + extensionFor(r.rawBody));
    PrivateFiles::makeDir(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
        || file.write(r.rawBody) != r.rawBody.size() || !file.commit()) {
        qCWarning(lcSync) << "cannot write" << path << ":" << file.errorString();
        Q_EMIT unavailable(job.mediaId, job.variant, file.errorString());
        return;
    }
    media::VariantCacheIndex index(m_db.sql());
    const std::optional<media::VariantCacheIndex::Entry> old = index.find(job.mediaId, job.variant);
    if (old && old->path != path)
        QFile::remove(old->path);
    if (const store::StoreError err = index.put({job.mediaId, job.variant, path, QString::fromLatin1(r.etag),
                                                 r.rawBody.size(), Clock::nowMs()}))
        qCWarning(lcSync) << "variant cache index:" << err.detail;
    m_known.insert(key(job.mediaId, job.variant), path);
    for (const QString &gone : index.evictTo(m_config.budgetBytes)) {
        QFile::remove(gone);
        for (auto it = m_known.begin(); it != m_known.end();) {
            it = it.value() == gone ? m_known.erase(it) : std::next(it);
        }
    }
    Q_EMIT available(job.mediaId, job.variant, path);
}

} // namespace pitchside::sync::downloads
