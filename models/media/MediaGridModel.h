#pragma once

#include "../Media.h"
#include "MediaQuery.h"
#include "UploadRecord.h"

#include <QAbstractListModel>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <optional>

namespace pitchside::store {
class Store;
}

namespace pitchside::media {

class RemoteVariantSource;
class ThumbnailCache;

// The library grid's model, for libraries of any size. The query gives the
// ids in order (one cheap statement); rows are read from the store page by
// page as the view asks for them, and thumbnails are requested from the
// ThumbnailCache only for rows being painted. Changes announced on the
// store's hub update rows in place and insert or remove only what changed,
// so the grid never resets under the person's eyes.
class MediaGridModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // QString
        TypeRole,                  // int, Media::Type
        ThumbnailRole,             // QImage, null until ready
        ThumbnailAgeRole,          // int: ms since the thumbnail arrived (for the fade-in), large if long ago
        SizeBytesRole,             // qint64
        DimensionsRole,            // QSize (shown orientation)
        DurationMsRole,            // qint64, videos
        TagsRole,                  // QStringList
        AltTextRole,               // QString
        CreatedAtRole,             // QDateTime (UTC)
        UploadStateRole,           // int, UploadRecord::State; -1 when nothing is to upload
        UploadProgressRole,        // double 0…1
        UploadErrorRole,           // QString, the error code of a failed upload
        LocalFileRole,             // bool: this computer has the original
        ThumbnailFailedRole,       // bool: no picture could be made (missing or damaged file)
    };
    Q_ENUM(Role)

    // The drag format the editor accepts: a JSON array of media ids.
    static QString mimeType() { return QStringLiteral("application/x-pitchside-media-ids"); }
    // The hub's entity type for upload progress (not a synced table).
    static QString uploadEntity() { return QStringLiteral("media_upload"); }

    MediaGridModel(store::Store &store, ThumbnailCache &thumbnails, QObject *parent = nullptr);

    void setQuery(const MediaQuery &query);
    MediaQuery query() const { return m_query; }
    void setRemoteSource(RemoteVariantSource *source);
    // Server thumbnails asked for and not yet arrived (or refused).
    int remoteWaiting() const { return int(m_remoteWaiting.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

    int rowOf(const QString &id) const { return m_rowOf.value(id, -1); }
    QString idAt(int row) const { return row >= 0 && row < m_ids.size() ? m_ids.at(row) : QString(); }
    // The item at a row (read from the store if its page is not loaded yet).
    std::optional<Media> mediaAt(int row) const;
    std::optional<UploadRecord> uploadAt(int row) const;

    // Re-reads everything (the query did not change; e.g. after a theme change).
    void reload();

Q_SIGNALS:
    // The last server thumbnail asked for came (or was refused).
    void remoteSettled();

private:
    struct Row
    {
        Media media;
        std::optional<UploadRecord> upload;
    };
    static constexpr int kPage = 128;

    const Row *rowAt(int row) const;
    void loadPage(int page) const;
    void applyIds(const QStringList &fresh);
    void onStoreChanged(const QString &type, const QStringList &ids);
    void refreshRows(const QStringList &ids, bool uploadsOnly);
    QImage thumbnailFor(const Row &row) const;
    void onThumbnailReady(const QString &key);
    void onRemoteAvailable(const QString &mediaId);
    void emitRowChanged(const QString &id, const QList<int> &roles = {});

    store::Store &m_store;
    ThumbnailCache &m_thumbnails;
    QPointer<RemoteVariantSource> m_remote;
    MediaQuery m_query;
    QStringList m_ids;
    QHash<QString, int> m_rowOf;
    mutable QHash<int, QVector<Row>> m_pages;
    mutable QMultiHash<QString, QString> m_idsOfKey; // thumbnail key -> media ids shown with it
    mutable QSet<QString> m_remoteRequested;
    mutable QSet<QString> m_remoteWaiting;
    QHash<QString, qint64> m_readyAt; // thumbnail key -> m_clock time it arrived
    QElapsedTimer m_clock;
};

// The thumbnail key of an item: its content hash, so equal bytes share one.
QString thumbnailKey(const Media &media);

} // namespace pitchside::media
