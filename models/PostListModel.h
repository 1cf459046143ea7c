#pragma once

#include "Post.h"
#include "store/PostQuery.h"

#include <QAbstractListModel>
#include <QVector>

namespace pitchside::store {
class ChangeHub;
class PostRepository;
} // namespace pitchside::store

namespace pitchside {

// Posts, most recently changed first, for lists of any size. Rows arrive in
// batches through fetchMore() (keyset-paged, so the 1000th batch costs what
// the first does); data() only reads the batches already fetched, never the
// disk. Changes announced on the hub update rows in place, so views do not
// jump when a sync lands.
class PostListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // QString
        PreviewRole,               // QString, one line
        StatusRole,                // int, PostStatus
        StatusKeyRole,             // QString: draft, scheduled…
        PlatformsRole,             // int, Platforms mask
        ScheduledAtRole,           // QDateTime (local time), invalid if none
        UpdatedAtRole,             // QDateTime (local time)
        MediaCountRole,            // int
        PendingSyncRole,           // bool: a local change not yet on the server
        ConflictRole,              // bool
    };
    Q_ENUM(Role)

    PostListModel(store::PostRepository &posts, store::ChangeHub &hub, QObject *parent = nullptr);

    void setFilter(const store::PostFilter &filter);
    store::PostFilter filter() const { return m_filter; }
    void setBatchSize(int size) { m_batchSize = qMax(1, size); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const PostSummary &summaryAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &id) const;

private:
    void reload();
    void onStoreChanged(const QString &entityType, const QStringList &ids);
    void applyFreshRows(QVector<PostSummary> fresh);

    store::PostRepository &m_posts;
    store::PostFilter m_filter;
    QVector<PostSummary> m_rows;
    int m_batchSize = 200;
    bool m_atEnd = false;
    bool m_applying = false; // views may call fetchMore() from our own signals
};

} // namespace pitchside
