#include "MediaGridModel.h"

#include "RemoteVariantSource.h"
#include "ThumbnailCache.h"
#include "UploadStateRepository.h"
#include "models/store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMimeData>

namespace pitchside::media {

namespace {

const QString kThumbVariant = QStringLiteral("thumbnail");

bool hasVariant(const Media &m, const QString &variant)
{
    return m.variants.value(variant).isObject();
}

} // namespace

QString thumbnailKey(const Media &media)
{
    return media.sha256.isEmpty() ? media.id : media.sha256;
}

MediaGridModel::MediaGridModel(store::Store &store, ThumbnailCache &thumbnails, QObject *parent)
    : QAbstractListModel(parent), m_store(store), m_thumbnails(thumbnails)
{
    m_clock.start();
    connect(&store.hub(), &store::ChangeHub::changed, this, &MediaGridModel::onStoreChanged);
    connect(&thumbnails, &ThumbnailCache::ready, this, &MediaGridModel::onThumbnailReady);
    connect(&thumbnails, &ThumbnailCache::failed, this, [this](const QString &key) {
        for (const QString &id : m_idsOfKey.values(key))
            emitRowChanged(id, {ThumbnailFailedRole});
    });
    reload();
}

void MediaGridModel::setRemoteSource(RemoteVariantSource *source)
{
    if (m_remote)
        disconnect(m_remote, nullptr, this, nullptr);
    m_remote = source;
    m_remoteRequested.clear();
    m_remoteWaiting.clear();
    if (source) {
        connect(source, &RemoteVariantSource::available, this,
                [this](const QString &id, const QString &) { onRemoteAvailable(id); });
        connect(source, &RemoteVariantSource::unavailable, this, [this](const QString &id) {
            if (m_remoteWaiting.remove(id) && m_remoteWaiting.isEmpty())
                Q_EMIT remoteSettled();
        });
    }
}

void MediaGridModel::setQuery(const MediaQuery &query)
{
    if (query == m_query)
        return;
    m_query = query;
    // Another search is another list: a reset is what people expect here.
    beginResetModel();
    m_ids = m_store.media().ids(m_query);
    m_rowOf.clear();
    for (int i = 0; i < m_ids.size(); ++i)
        m_rowOf.insert(m_ids.at(i), i);
    m_pages.clear();
    endResetModel();
}

void MediaGridModel::reload()
{
    beginResetModel();
    m_ids = m_store.media().ids(m_query);
    m_rowOf.clear();
    for (int i = 0; i < m_ids.size(); ++i)
        m_rowOf.insert(m_ids.at(i), i);
    m_pages.clear();
    endResetModel();
}

int MediaGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

void MediaGridModel::loadPage(int page) const
{
    const QStringList ids = m_ids.mid(qsizetype(page) * kPage, kPage);
    QHash<QString, Media> byId;
    for (Media &m : m_store.media().findMany(ids))
        byId.insert(m.id, std::move(m));
    QHash<QString, UploadRecord> uploads;
    for (UploadRecord &u : UploadStateRepository(m_store.database().sql()).forIds(ids))
        uploads.insert(u.mediaId, std::move(u));
    QVector<Row> rows;
    rows.reserve(ids.size());
    for (const QString &id : ids) {
        Row r;
        r.media = byId.value(id);
        r.media.id = id;
        if (uploads.contains(id))
            r.upload = uploads.value(id);
        rows.push_back(std::move(r));
    }
    m_pages.insert(page, std::move(rows));
}

const MediaGridModel::Row *MediaGridModel::rowAt(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const int page = row / kPage;
    if (!m_pages.contains(page))
        loadPage(page);
    const QVector<Row> &rows = m_pages[page];
    const int at = row % kPage;
    return at < rows.size() ? &rows.at(at) : nullptr;
}

std::optional<Media> MediaGridModel::mediaAt(int row) const
{
    const Row *r = rowAt(row);
    return r ? std::optional<Media>(r->media) : std::nullopt;
}

std::optional<UploadRecord> MediaGridModel::uploadAt(int row) const
{
    const Row *r = rowAt(row);
    return r ? r->upload : std::nullopt;
}

QImage MediaGridModel::thumbnailFor(const Row &row) const
{
    const Media &m = row.media;
    QString key = thumbnailKey(m);
    if (!m.localPath.isEmpty() && m.type == Media::Type::Image) {
        if (!m_idsOfKey.contains(key, m.id))
            m_idsOfKey.insert(key, m.id);
        return m_thumbnails.thumbnail(key, m.localPath);
    }
    // Videos (no decoder here) and media from other devices: the server's thumbnail.
    if (!hasVariant(m, kThumbVariant))
        return {};
    key = QStringLiteral("v-") + key;
    if (!m_idsOfKey.contains(key, m.id))
        m_idsOfKey.insert(key, m.id);
    if (m_thumbnails.contains(key))
        return m_thumbnails.thumbnail(key, {});
    if (!m_remote)
        return {};
    const QString path = m_remote->cachedPath(m.id, kThumbVariant);
    if (path.isEmpty()) {
        if (!m_remoteRequested.contains(m.id)) {
            m_remoteRequested.insert(m.id);
            m_remoteWaiting.insert(m.id);
            m_remote->request(m.id, kThumbVariant);
        }
        return {};
    }
    return m_thumbnails.thumbnail(key, path, false); // the variant cache is the bounded disk cache
}

QVariant MediaGridModel::data(const QModelIndex &index, int role) const
{
    const Row *r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r)
        return {};
    const Media &m = r->media;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return m.filename;
    case Qt::ToolTipRole: {
        QString tip = m.filename;
        if (m.width > 0)
            tip += QStringLiteral("\n%1 × %2").arg(m.width).arg(m.height);
        tip += QStringLiteral("\n") + QLocale().formattedDataSize(m.sizeBytes);
        if (!m.tags.isEmpty())
            tip += QStringLiteral("\n#") + m.tags.join(QStringLiteral(" #"));
        return tip;
    }
    case Qt::AccessibleDescriptionRole:
        return m.altText;
    case IdRole:
        return m.id;
    case TypeRole:
        return int(m.type);
    case ThumbnailRole:
        return thumbnailFor(*r);
    case ThumbnailAgeRole: {
        const QString key = m.localPath.isEmpty() || m.type == Media::Type::Video ? QStringLiteral("v-") + thumbnailKey(m)
                                                                                  : thumbnailKey(m);
        const auto it = m_readyAt.constFind(key);
        return it == m_readyAt.constEnd() ? 1 << 20 : int(m_clock.elapsed() - it.value());
    }
    case ThumbnailFailedRole:
        return m_thumbnails.hasFailed(thumbnailKey(m)) ||
               m_thumbnails.hasFailed(QStringLiteral("v-") + thumbnailKey(m));
    case SizeBytesRole:
        return m.sizeBytes;
    case DimensionsRole:
        return QSize(m.width, m.height);
    case DurationMsRole:
        return m.durationMs;
    case TagsRole:
        return m.tags;
    case AltTextRole:
        return m.altText;
    case CreatedAtRole:
        return m.createdAt;
    case UploadStateRole:
        return r->upload && r->upload->state != UploadRecord::State::Done ? int(r->upload->state) : -1;
    case UploadProgressRole:
        return r->upload && r->upload->sizeBytes > 0 ? double(r->upload->bytesReceived()) / double(r->upload->sizeBytes)
                                                     : 0.0;
    case UploadErrorRole:
        return r->upload ? r->upload->errorCode : QString();
    case LocalFileRole:
        return !m.localPath.isEmpty();
    default:
        break;
    }
    return {};
}

Qt::ItemFlags MediaGridModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QHash<int, QByteArray> MediaGridModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "mediaId");
    names.insert(TypeRole, "type");
    names.insert(ThumbnailRole, "thumbnail");
    names.insert(TagsRole, "tags");
    names.insert(AltTextRole, "altText");
    names.insert(UploadStateRole, "uploadState");
    names.insert(UploadProgressRole, "uploadProgress");
    return names;
}

QStringList MediaGridModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *MediaGridModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &i : indexes) {
        if (i.isValid() && !rows.contains(i.row()))
            rows << i.row();
    }
    std::sort(rows.begin(), rows.end());
    QJsonArray ids;
    for (int row : rows)
        ids.append(m_ids.at(row));
    if (ids.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(mimeType(), QJsonDocument(ids).toJson(QJsonDocument::Compact));
    return mime;
}

void MediaGridModel::emitRowChanged(const QString &id, const QList<int> &roles)
{
    const int row = m_rowOf.value(id, -1);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row), roles);
}

void MediaGridModel::onThumbnailReady(const QString &key)
{
    if (!m_idsOfKey.contains(key))
        return;
    m_readyAt.insert(key, m_clock.elapsed());
    for (const QString &id : m_idsOfKey.values(key))
        emitRowChanged(id, {ThumbnailRole, ThumbnailAgeRole});
}

void MediaGridModel::onRemoteAvailable(const QString &mediaId)
{
    m_remoteRequested.remove(mediaId);
    emitRowChanged(mediaId, {ThumbnailRole});
    if (m_remoteWaiting.remove(mediaId) && m_remoteWaiting.isEmpty())
        Q_EMIT remoteSettled();
}

void MediaGridModel::onStoreChanged(const QString &type, const QStringList &ids)
{
    if (type == uploadEntity()) {
        refreshRows(ids, true);
        return;
    }
    if (type != store::EntityType::Media)
        return;
    refreshRows(ids, false);
    applyIds(m_store.media().ids(m_query));
}

void MediaGridModel::refreshRows(const QStringList &ids, bool uploadsOnly)
{
    if (ids.isEmpty()) {
        // Many or unknown rows: drop every loaded page, repaint what is visible.
        m_pages.clear();
        if (!m_ids.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_ids.size()) - 1));
        return;
    }
    QHash<QString, UploadRecord> uploads;
    if (uploadsOnly) {
        for (UploadRecord &u : UploadStateRepository(m_store.database().sql()).forIds(ids))
            uploads.insert(u.mediaId, std::move(u));
    }
    for (const QString &id : ids) {
        const int row = m_rowOf.value(id, -1);
        if (row < 0)
            continue;
        auto page = m_pages.find(row / kPage);
        if (page == m_pages.end())
            continue;
        if (uploadsOnly) {
            Row &r = (*page)[row % kPage];
            if (uploads.contains(id))
                r.upload = uploads.value(id);
            else
                r.upload.reset();
            Q_EMIT dataChanged(index(row), index(row), {UploadStateRole, UploadProgressRole, UploadErrorRole});
        } else {
            m_pages.erase(page); // re-read on the next paint
            Q_EMIT dataChanged(index(row), index(row));
        }
    }
}

void MediaGridModel::applyIds(const QStringList &fresh)
{
    if (fresh == m_ids)
        return;
    const QSet<QString> freshSet(fresh.begin(), fresh.end());
    // Removals, as contiguous runs, from the end so rows keep their numbers.
    for (int i = int(m_ids.size()) - 1; i >= 0; --i) {
        if (freshSet.contains(m_ids.at(i)))
            continue;
        const int last = i;
        while (i > 0 && !freshSet.contains(m_ids.at(i - 1)))
            --i;
        beginRemoveRows({}, i, last);
        m_ids.remove(i, last - i + 1);
        m_pages.clear();
        endRemoveRows();
    }
    // What stays must keep its order (else a sort key changed: start over).
    QHash<QString, int> freshPos;
    for (int j = 0; j < fresh.size(); ++j)
        freshPos.insert(fresh.at(j), j);
    for (int i = 1; i < m_ids.size(); ++i) {
        if (freshPos.value(m_ids.at(i - 1)) > freshPos.value(m_ids.at(i))) {
            beginResetModel();
            m_ids = fresh;
            m_pages.clear();
            m_rowOf.clear();
            for (int k = 0; k < m_ids.size(); ++k)
                m_rowOf.insert(m_ids.at(k), k);
            endResetModel();
            return;
        }
    }
    // Insertions, as contiguous runs.
    int i = 0;
    for (int j = 0; j < fresh.size();) {
        if (i < m_ids.size() && m_ids.at(i) == fresh.at(j)) {
            ++i;
            ++j;
            continue;
        }
        const int start = j;
        while (j < fresh.size() && (i >= m_ids.size() || fresh.at(j) != m_ids.at(i)))
            ++j;
        beginInsertRows({}, i, i + (j - start) - 1);
        for (int k = start; k < j; ++k)
            m_ids.insert(i + (k - start), fresh.at(k));
        m_pages.clear();
        endInsertRows();
        i += j - start;
    }
    m_rowOf.clear();
    for (int k = 0; k < m_ids.size(); ++k)
        m_rowOf.insert(m_ids.at(k), k);
}

} // namespace pitchside::media
