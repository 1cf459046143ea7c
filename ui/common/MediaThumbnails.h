#pragma once

#include <QCache>
#include <QImage>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QThreadPool>

namespace pitchside {
struct Media;
namespace store {
class Store;
}
} // namespace pitchside

namespace pitchside::ui {

// Small pictures of library items for the editor (attached media, the
// picker, previews), decoded scaled on a worker thread from the copy this
// computer keeps (media.local_path); `ready` says when one arrives so the
// view repaints. Items with no local copy yet (only on the server) get no
// picture: the caller draws its placeholder.
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
    void waitForIdle(); // tests

Q_SIGNALS:
    void ready(const QString &mediaId);

private:
    void deliver(const QString &key, const QString &mediaId, const QImage &image);

    store::Store &m_store;
    QThreadPool m_pool;
    QCache<QString, QPixmap> m_cache;
    QSet<QString> m_loading;
    QSet<QString> m_failed;
};

} // namespace pitchside::ui
