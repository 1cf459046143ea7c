#include "ThumbnailCache.h"

#include "models/PrivateFiles.h"

#include <QCryptographicHash>

#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QFile>

namespace pitchside::media {

namespace {

// More waiting than this is scrolling past: the oldest requests are dropped
// and asked again if their cells come back into view.
constexpr int kMaxQueued = 256;
// About a hundred thumbnails of portrait photos: four screens of the grid.
constexpr qint64 kMemoryBudget = 48LL * 1024 * 1024;

} // namespace

ThumbnailCache::ThumbnailCache(QString diskDir, int edge, int threads, QObject *parent)
    : QObject(parent), m_dir(std::move(diskDir)), m_edge(edge), m_memory(kMemoryBudget)
{
    m_pool.setMaxThreadCount(qMax(1, threads));
    m_pool.setObjectName(QStringLiteral("thumbnails"));
}

ThumbnailCache::~ThumbnailCache()
{
    {
        QMutexLocker lock(&m_mutex);
        m_queue.clear();
        m_queued.clear();
    }
    m_pool.waitForDone();
}

QString ThumbnailCache::diskPath(const QString &key) const
{
    // The key is a media's SHA-256 or id, as the server sent it: the file's
    // name is a hash of it, never the text itself (no "../" in a path).
    const QByteArray name = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QDir(m_dir).filePath(QString::fromLatin1(name.left(2)) + u'/' + QString::fromLatin1(name.mid(2)) + u'-'
                                + QString::number(m_edge) + QStringLiteral(".jpg"));
}

QImage ThumbnailCache::make(const QString &source, int edge, const QString &savePath)
{
    QImageReader reader(source);
    reader.setAutoTransform(true);
    QSize size = reader.size();
    if (!size.isValid())
        return {};
    // Decode straight to the thumbnail size: the short side becomes `edge`.
    // Sizes are those of the stored pixels; rotation applies after decoding.
    const QSize target = size.width() <= edge || size.height() <= edge
                             ? size
                             : size.scaled(edge, edge, Qt::KeepAspectRatioByExpanding);
    reader.setScaledSize(target);
    QImage image = reader.read();
    if (image.isNull())
        return {};
    if (image.format() != QImage::Format_RGB32 && image.format() != QImage::Format_ARGB32_Premultiplied)
        image = image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied
                                                              : QImage::Format_RGB32);
    if (!savePath.isEmpty()) {
        // A cache, not a document: written to a temporary name and renamed
        // (never half a file under the real name), but not synced to disk —
        // a thumbnail lost to a power cut is simply made again.
        PrivateFiles::makeDir(QFileInfo(savePath).absolutePath());
        const QString temp = savePath + QStringLiteral(".part");
        QFile file(temp);
        if (file.open(QIODevice::WriteOnly)) {
            file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
            QImageWriter writer(&file, "jpg");
            writer.setQuality(85);
            // Transparent PNGs keep their look on the grid's background colour.
            QImage flat = image;
            if (image.hasAlphaChannel()) {
                flat = QImage(image.size(), QImage::Format_RGB32);
                flat.fill(QColor(0xF1, 0xF3, 0xF6));
                QPainter(&flat).drawImage(0, 0, image);
            }
            const bool written = writer.write(flat);
            file.close();
            if (!written || !QFile::rename(temp, savePath))
                QFile::remove(temp);
        }
    }
    return image;
}

QImage ThumbnailCache::thumbnail(const QString &key, const QString &source, bool persist)
{
    if (const QImage *hit = m_memory.object(key))
        return *hit;
    if (key.isEmpty() || source.isEmpty() || m_failed.contains(key))
        return {};
    QMutexLocker lock(&m_mutex);
    if (m_queued.contains(key)) {
        // Asked again: it is on screen now, serve it before older requests.
        for (qsizetype i = 0; i < m_queue.size(); ++i) {
            if (m_queue.at(i).key == key) {
                m_queue.move(i, m_queue.size() - 1);
                break;
            }
        }
        return {};
    }
    m_queue.append({key, source, persist});
    m_queued.insert(key);
    while (m_queue.size() > kMaxQueued)
        m_queued.remove(m_queue.takeFirst().key);
    lock.unlock();
    startWorkers();
    return {};
}

void ThumbnailCache::startWorkers()
{
    QMutexLocker lock(&m_mutex);
    while (m_running < m_pool.maxThreadCount() && m_running < m_queue.size()) {
        ++m_running;
        m_pool.start([this] { work(); });
    }
}

void ThumbnailCache::work()
{
    for (;;) {
        Request r;
        {
            QMutexLocker lock(&m_mutex);
            if (m_queue.isEmpty()) {
                --m_running;
                return;
            }
            r = m_queue.takeLast();
        }
        const QString cached = r.persist ? diskPath(r.key) : QString();
        QImage image;
        if (r.persist && QFileInfo::exists(cached))
            image.load(cached, "jpg");
        if (image.isNull())
            image = make(r.source, m_edge, cached);
        QMetaObject::invokeMethod(
            this, [this, key = r.key, image] { deliver(key, image); }, Qt::QueuedConnection);
    }
}

void ThumbnailCache::deliver(const QString &key, const QImage &image)
{
    {
        QMutexLocker lock(&m_mutex);
        m_queued.remove(key);
    }
    if (image.isNull()) {
        m_failed.insert(key);
        Q_EMIT failed(key);
        return;
    }
    m_memory.insert(key, new QImage(image), qMax<qsizetype>(1, image.sizeInBytes()));
    Q_EMIT ready(key);
}

void ThumbnailCache::evict(const QString &key)
{
    m_memory.remove(key);
    m_failed.remove(key);
    QFile::remove(diskPath(key));
}

int ThumbnailCache::pending() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_queued.size());
}

void ThumbnailCache::waitForIdle()
{
    m_pool.waitForDone();
}

} // namespace pitchside::media
