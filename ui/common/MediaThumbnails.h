#pragma once

#include <QCache>
#include <QImage>
#include <QObject>
#include <QPixmap>
#include <QPointer>
#include <QSet>
#include <QThreadPool>

namespace pitchside {
struct Media;
namespace media {
class RemoteVariantSource;
}
namespace store {
class Store;
}
} // namespace pitchside

namespace pitchside::ui {

// Small pictures of library items for the editor (attached media, the
// picker, previews), decoded scaled on a worker thread from the copy this
// computer keeps (media.local_path) or, for the club's photos made on other
// devices, from the server's variant of the right size, downloaded into the
// same bounded cache the library uses (RemoteVariantSource). `ready` says
// when one arrives so the view repaints; until then (or when there is no
// picture at all) the caller draws its placeholder.
class MediaThumbnails : public QObject
{
    Q_OBJECT
public:
    explicit MediaThumbnails(store::Store &store, QObject *parent = nullptr);
    ~MediaThumbnails() override;

    // The picture at `edge` pixels on its longer side, or a null pixmap
    // while it loads (or when there is none).
    QPixmap thumbnail(const Media &media, int edge);
    // Where the bytes are on this computer, or empty.
    QString localFile(const Media &media) const;
    // The server's variants, for media with no local copy (null: none).
    void setRemoteSource(media::RemoteVariantSource *source);
    // The server variant shown at `edge` pixels: thumbnail, medium or large.
    static QString variantFor(const Media &media, int edge);
    void waitForIdle(); // tests

Q_SIGNALS:
    void ready(const QString &mediaId);

private:
    void deliver(const QString &key, const QString &mediaId, const QImage &image);
    void decode(const QString &key, const QString &mediaId, const QString &file, int edge);

    QPointer<media::RemoteVariantSource> m_remote;
    QSet<QString> m_requested; // "<media id>/<variant>" asked of the server
    store::Store &m_store;
    QThreadPool m_pool;
    QCache<QString, QPixmap> m_cache;
    QSet<QString> m_loading;
    QSet<QString> m_failed;
};

} // namespace pitchside::ui
