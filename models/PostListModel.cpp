#include "PostListModel.h"

#include "store/ChangeHub.h"
#include "store/PostRepository.h"

#include <QDateTime>
#include <QScopedValueRollback>
#include <QSet>

namespace pitchside {

PostListModel::PostListModel(store::PostRepository &posts, store::ChangeHub &hub, QObject *parent)
    : QAbstractListModel(parent), m_posts(posts)
{
    connect(&hub, &store::ChangeHub::changed, this, &PostListModel::onStoreChanged);
}

void PostListModel::setFilter(const store::PostFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_atEnd = false;
    endResetModel();
}

int PostListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PostListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const PostSummary &s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case PreviewRole:
        return s.preview;
    case IdRole:
        return s.id;
    case StatusRole:
        return int(s.status);
    case StatusKeyRole:
        return postStatusKey(s.status);
    case PlatformsRole:
        return int(s.platforms.toInt());
    case ScheduledAtRole:
        return s.scheduledAtMs ? QDateTime::fromMSecsSinceEpoch(s.scheduledAtMs) : QDateTime();
    case UpdatedAtRole:
        return QDateTime::fromMSecsSinceEpoch(s.updatedAtMs);
    case MediaCountRole:
        return s.mediaCount;
    case PendingSyncRole:
        return s.dirty;
    case ConflictRole:
        return s.conflict;
    default:
        return {};
    }
}

QHash<int, QByteArray> PostListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "postId");
    names.insert(PreviewRole, "preview");
    names.insert(StatusRole, "status");
    names.insert(StatusKeyRole, "statusKey");
    names.insert(PlatformsRole, "platforms");
    names.insert(ScheduledAtRole, "scheduledAt");
    names.insert(UpdatedAtRole, "updatedAt");
    names.insert(MediaCountRole, "mediaCount");
    names.insert(PendingSyncRole, "pendingSync");
    names.insert(ConflictRole, "conflict");
    return names;
}

bool PostListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_applying;
}

void PostListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_applying)
        return;
    store::PostCursor after;
    if (!m_rows.isEmpty())
        after = {m_rows.constLast().updatedAtMs, m_rows.constLast().id};
    const QVector<PostSummary> batch = m_posts.page(m_filter, after, m_batchSize);
    m_atEnd = batch.size() < m_batchSize;
    if (batch.isEmpty())
        return;
    const QScopedValueRollback<bool> guard(m_applying, true);
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + batch.size() - 1));
    m_rows += batch;
    endInsertRows();
}

int PostListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

void PostListModel::onStoreChanged(const QString &entityType, const QStringList &)
{
    if (entityType == store::EntityType::Post)
        reload();
}

void PostListModel::reload()
{
    // Re-read the window the view has seen (at least one batch), from the top.
    const int window = qMax(int(m_rows.size()), m_batchSize);
    QVector<PostSummary> fresh = m_posts.page(m_filter, {}, window);
    m_atEnd = fresh.size() < window;
    applyFreshRows(std::move(fresh));
}

// Turns the current rows into `fresh` with row removals, one layout change
// for moves, and row insertions, so selections and scroll positions survive.
void PostListModel::applyFreshRows(QVector<PostSummary> fresh)
{
    const QScopedValueRollback<bool> guard(m_applying, true);
    QSet<QString> freshIds;
    for (const PostSummary &s : fresh)
        freshIds.insert(s.id);

    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (!freshIds.contains(m_rows.at(i).id)) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }

    QHash<QString, int> oldRow;
    for (int i = 0; i < m_rows.size(); ++i)
        oldRow.insert(m_rows.at(i).id, i);
    QVector<PostSummary> kept; // the surviving rows, in the new order
    for (const PostSummary &s : fresh) {
        if (oldRow.contains(s.id))
            kept.push_back(s);
    }
    bool moved = false;
    for (int i = 0; i < kept.size() && !moved; ++i)
        moved = m_rows.at(i).id != kept.at(i).id;
    if (moved) {
        Q_EMIT layoutAboutToBeChanged();
        const QModelIndexList persistent = persistentIndexList();
        QHash<QString, int> newRow;
        for (int i = 0; i < kept.size(); ++i)
            newRow.insert(kept.at(i).id, i);
        QModelIndexList to;
        for (const QModelIndex &index : persistent)
            to << createIndex(newRow.value(m_rows.at(index.row()).id), index.column());
        m_rows = kept;
        changePersistentIndexList(persistent, to);
        Q_EMIT layoutChanged();
    } else {
        m_rows = kept;
    }

    for (int i = 0; i < fresh.size(); ++i) {
        if (i >= m_rows.size() || m_rows.at(i).id != fresh.at(i).id) {
            beginInsertRows({}, i, i);
            m_rows.insert(i, fresh.at(i));
            endInsertRows();
        }
    }
    m_rows = std::move(fresh); // same ids in the same order now; take the new values
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
}

} // namespace pitchside
