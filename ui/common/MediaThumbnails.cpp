#include "MediaThumbnails.h"

#include "models/Media.h"
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

QPixmap MediaThumbnails::thumbnail(const Media &media, int edge)
{
    const QString key = media.id + QLatin1Char('@') + QString::number(edge) + QLatin1Char('@') + media.sha256;
    if (QPixmap *cached = m_cache.object(key))
        return *cached;
    if (m_loading.contains(key) || m_failed.contains(key) || media.type != Media::Type::Image)
        return {};
    const QString file = localFile(media);
    if (file.isEmpty())
        return {};
    m_loading.insert(key);
    QPointer<MediaThumbnails> self(this);
    const QString id = media.id;
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
    return {};
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
