#include "VariantDownloader.h"

#include "../Logging.h"
#include "models/Clock.h"
#include "models/media/VariantCacheIndex.h"
#include "models/store/Database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

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
        if (e)
            index.remove(mediaId, variant); // removed behind our back
        return {};
    }
    // Recently used: once per session is enough for the LRU order.
    index.touch(mediaId, variant, Clock::nowMs());
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
    const QString dir = QDir(m_config.cacheDir).filePath(job.mediaId.left(2));
    const QString path = QDir(dir).filePath(job.mediaId + u'-' + job.variant + u'.' + extensionFor(r.rawBody));
    QDir().mkpath(dir);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(r.rawBody) != r.rawBody.size() || !file.commit()) {
        qCWarning(lcSync) << "cannot write" << path << ":" << file.errorString();
        Q_EMIT unavailable(job.mediaId, job.variant, file.errorString());
        return;
    }
    media::VariantCacheIndex index(m_db.sql());
    const std::optional<media::VariantCacheIndex::Entry> old = index.find(job.mediaId, job.variant);
    if (old && old->path != path)
        QFile::remove(old->path);
    index.put({job.mediaId, job.variant, path, QString::fromLatin1(r.etag), r.rawBody.size(),
               Clock::nowMs()});
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
