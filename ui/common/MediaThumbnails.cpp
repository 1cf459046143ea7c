#include "MediaThumbnails.h"

#include "models/Media.h"
#include "models/media/RemoteVariantSource.h"
#include "models/store/Store.h"

#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QPointer>
#include <QRunnable>

namespace pitchside::ui {

MediaThumbnails::MediaThumbnails(store::Store &store, QObject *parent) : QObject(parent), m_store(store)
{
    m_pool.setMaxThreadCount(2);
    m_cache.setMaxCost(64 * 1024 * 1024); // bytes of pixels
}

MediaThumbnails::~MediaThumbnails()
{
    m_pool.clear();
    m_pool.waitForDone();
}

QString MediaThumbnails::localFile(const Media &media) const
{
    if (media.localPath.isEmpty())
        return {};
    // Relative paths are under the account's folder, beside the store file.
    const QString path = QFileInfo(media.localPath).isAbsolute()
                             ? media.localPath
                             : QFileInfo(m_store.path()).dir().filePath(media.localPath);
    return QFileInfo::exists(path) ? path : QString();
}

void MediaThumbnails::setRemoteSource(media::RemoteVariantSource *source)
{
    if (m_remote)
        disconnect(m_remote, nullptr, this, nullptr);
    m_remote = source;
    m_requested.clear();
    if (!source)
        return;
    const auto settled = [this](const QString &mediaId, const QString &variant) {
        return m_requested.remove(mediaId + QLatin1Char('/') + variant);
    };
    connect(source, &media::RemoteVariantSource::available, this,
            [this, settled](const QString &mediaId, const QString &variant, const QString &) {
                if (settled(mediaId, variant))
                    Q_EMIT ready(mediaId); // painted again, it is decoded from the cache
            });
    connect(source, &media::RemoteVariantSource::unavailable, this,
            [settled](const QString &mediaId, const QString &variant, const QString &) { settled(mediaId, variant); });
}

QString MediaThumbnails::variantFor(const Media &media, int edge)
{
    // The server's sizes (API.md: large 1080, medium 540, thumbnail 150 on
    // the longer side): the smallest that is not blurry at `edge`.
    const char *wanted = edge <= 200 ? "thumbnail" : edge <= 600 ? "medium" : "large";
    for (const char *name : {wanted, "medium", "thumbnail", "large"}) {
        if (media.variants.value(QLatin1String(name)).isObject())
            return QLatin1String(name);
    }
    return {};
}

QPixmap MediaThumbnails::thumbnail(const Media &media, int edge)
{
    const QString key = media.id + QLatin1Char('@') + QString::number(edge) + QLatin1Char('@') + media.sha256;
    if (QPixmap *cached = m_cache.object(key))
        return *cached;
    if (m_loading.contains(key) || m_failed.contains(key))
        return {};
    QString file = media.type == Media::Type::Image ? localFile(media) : QString();
    if (file.isEmpty()) {
        // Only on the server (or a video, which is not decoded here): its
        // picture is the server's variant, from the library's cache.
        const QString variant = variantFor(media, edge);
        if (variant.isEmpty() || !m_remote)
            return {};
        file = m_remote->cachedPath(media.id, variant);
        if (file.isEmpty()) {
            const QString request = media.id + QLatin1Char('/') + variant;
            if (!m_requested.contains(request)) {
                m_requested.insert(request);
                m_remote->request(media.id, variant);
            }
            return {};
        }
    }
    decode(key, media.id, file, edge);
    return {};
}

void MediaThumbnails::decode(const QString &key, const QString &mediaId, const QString &file, int edge)
{
    m_loading.insert(key);
    QPointer<MediaThumbnails> self(this);
    const QString id = mediaId;
    m_pool.start([self, key, id, file, edge] {
        QImageReader reader(file);
        reader.setAutoTransform(true);
        const QSize size = reader.size();
        // Decoding at the size shown, never in full (a 12 MP photo costs a
        // few milliseconds this way).
        if (size.isValid())
            reader.setScaledSize(size.scaled(edge, edge, Qt::KeepAspectRatio));
        const QImage image = reader.read();
        if (self)
            QMetaObject::invokeMethod(self.data(), [self, key, id, image] {
                if (self)
                    self->deliver(key, id, image);
            }, Qt::QueuedConnection);
    });
}

void MediaThumbnails::deliver(const QString &key, const QString &mediaId, const QImage &image)
{
    m_loading.remove(key);
    if (image.isNull()) {
        m_failed.insert(key);
        return;
    }
    auto *pixmap = new QPixmap(QPixmap::fromImage(image));
    m_cache.insert(key, pixmap, int(image.sizeInBytes()));
    Q_EMIT ready(mediaId);
}

void MediaThumbnails::waitForIdle()
{
    m_pool.waitForDone();
}

} // namespace pitchside::ui
