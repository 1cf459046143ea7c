#include "PostRepository.h"

#include "FtsQuery.h"
#include "SqlValues.h"
#include "types/SyncedTypes.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace pitchside::store {

namespace {

const QString kSummaryColumns = QStringLiteral(
    "p.id, p.profile_id, p.platforms, substr(p.content, 1, 160), p.status, p.scheduled_at, p.updated_at, "
    "(SELECT count(*) FROM post_media m WHERE m.post_id = p.id), p.dirty, p.conflict");

PostSummary readSummary(const QSqlQuery &q)
{
    PostSummary s;
    s.id = q.value(0).toString();
    s.profileId = q.value(1).toString();
    s.platforms = Platforms::fromInt(q.value(2).toInt());
    s.preview = q.value(3).toString().simplified();
    postStatusFromKey(q.value(4).toString(), &s.status);
    s.scheduledAtMs = q.value(5).toLongLong();
    s.updatedAtMs = q.value(6).toLongLong();
    s.mediaCount = q.value(7).toInt();
    s.dirty = q.value(8).toBool();
    s.conflict = q.value(9).toBool();
    return s;
}

// WHERE clause and its bound values for a filter; `p` is the posts alias.
struct Where
{
    QStringList clauses{QStringLiteral("p.deleted = 0")};
    QVariantList values;

    explicit Where(const PostFilter &f)
    {
        if (!f.profileId.isEmpty()) {
            clauses << QStringLiteral("p.profile_id = ?");
            values << f.profileId;
        }
        if (f.platforms) {
            clauses << QStringLiteral("(p.platforms & ?) != 0");
            values << int(f.platforms.toInt());
        }
        if (f.statusMask) {
            QStringList keys;
            for (PostStatus s : AllPostStatuses) {
                if (f.acceptsStatus(s)) {
                    keys << QStringLiteral("?");
                    values << postStatusKey(s);
                }
            }
            clauses << QStringLiteral("p.status IN (%1)").arg(keys.join(u','));
        }
        const QString fts = ftsQueryFromUserText(f.search);
        if (!fts.isEmpty()) {
            clauses << QStringLiteral("p.rowid IN (SELECT rowid FROM posts_fts WHERE posts_fts MATCH ?)");
            values << fts;
        }
    }

    QString sql() const { return QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND ")); }
    void bind(QSqlQuery &q) const
    {
        for (const QVariant &v : values)
            q.addBindValue(v);
    }
};

} // namespace

PostRepository::PostRepository(QSqlDatabase &db, ChangeHub *hub) : m_db(db), m_items(db, hub, postType()) {}

std::optional<Post> PostRepository::find(const QString &id) const
{
    return m_items.find(id);
}

bool PostRepository::walkListOrder(const PostFilter &filter) const
{
    // A search for words found in many posts: walking the list's own order
    // (posts_by_update) and keeping the matches stops after a page of hits
    // (3.7 ms for 8,000 matches in 100,000 posts), where fetching every match
    // to sort it costs 22 ms. For rarer words the matches are fewer than a
    // walk would visit, and sorting them is cheaper. Counting stops at the
    // threshold, so asking costs little.
    constexpr int kManyMatches = 1000;
    const QString fts = ftsQueryFromUserText(filter.search);
    if (fts.isEmpty())
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM posts_fts WHERE posts_fts MATCH ? LIMIT ?)"));
    q.addBindValue(fts);
    q.addBindValue(kManyMatches);
    return q.exec() && q.next() && q.value(0).toInt() >= kManyMatches;
}

QVector<PostSummary> PostRepository::page(const PostFilter &filter, const PostCursor &after, int limit) const
{
    Where where(filter);
    if (!after.isNull()) {
        // A row value, not an OR: SQLite then seeks the index instead of
        // scanning everything newer (measured: constant vs 4x slower deep down).
        where.clauses << QStringLiteral("(p.updated_at, p.id) < (?, ?)");
        where.values << after.updatedAtMs << after.id;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM posts p%2%3 ORDER BY p.updated_at DESC, p.id DESC LIMIT ?")
                  .arg(kSummaryColumns, walkListOrder(filter) ? QStringLiteral(" INDEXED BY posts_by_update") : QString(),
                       where.sql()));
    where.bind(q);
    q.addBindValue(limit);
    QVector<PostSummary> out;
    if (!q.exec())
        return out;
    out.reserve(limit);
    while (q.next())
        out.push_back(readSummary(q));
    return out;
}

int PostRepository::count(const PostFilter &filter) const
{
    const Where where(filter);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM posts p%1").arg(where.sql()));
    where.bind(q);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QVector<PostSummary> PostRepository::scheduledBetween(const QDateTime &from, const QDateTime &to,
                                                      const PostFilter &filter) const
{
    Where where(filter);
    where.clauses << QStringLiteral("p.scheduled_at >= ? AND p.scheduled_at < ?");
    where.values << from.toMSecsSinceEpoch() << to.toMSecsSinceEpoch();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM posts p%2 ORDER BY p.scheduled_at, p.id").arg(kSummaryColumns,
                                                                                          where.sql()));
    where.bind(q);
    QVector<PostSummary> out;
    if (q.exec()) {
        while (q.next())
            out.push_back(readSummary(q));
    }
    return out;
}

int PostRepository::countPublishedBetween(const QDateTime &from, const QDateTime &to) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM posts WHERE deleted = 0 AND status = 'published' "
                             "AND published_at >= ? AND published_at < ?"));
    q.addBindValue(from.toMSecsSinceEpoch());
    q.addBindValue(to.toMSecsSinceEpoch());
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QVector<PostSummary> PostRepository::unscheduledDrafts(const PostFilter &filter, int limit) const
{
    Where where(filter);
    // Word for word the WHERE of the partial index posts_undated_drafts (migration 5).
    where.clauses << QStringLiteral("p.scheduled_at IS NULL AND p.status = 'draft'");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM posts p%2 ORDER BY p.updated_at DESC LIMIT ?")
                  .arg(kSummaryColumns, where.sql()));
    where.bind(q);
    q.addBindValue(limit);
    QVector<PostSummary> out;
    if (q.exec()) {
        while (q.next())
            out.push_back(readSummary(q));
    }
    return out;
}

QVector<PostSummary> PostRepository::usingMedia(const QString &mediaId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM posts p WHERE p.deleted = 0 AND p.id IN "
                             "(SELECT post_id FROM post_media WHERE media_id = ?) ORDER BY p.updated_at DESC")
                  .arg(kSummaryColumns));
    q.addBindValue(mediaId);
    QVector<PostSummary> out;
    if (q.exec()) {
        while (q.next())
            out.push_back(readSummary(q));
    }
    return out;
}

QVector<PostSummary> PostRepository::slotNeighbours(const QString &profileId, Platforms platforms,
                                                    const QDateTime &at, const QString &excludeId) const
{
    constexpr qint64 kSlotMs = 30 * 60 * 1000;
    const qint64 ms = at.toMSecsSinceEpoch();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM posts p WHERE p.deleted = 0 AND p.status = 'scheduled' AND p.id != ? "
                             "AND p.profile_id IS ? AND (p.platforms & ?) != 0 "
                             "AND p.scheduled_at > ? AND p.scheduled_at < ? ORDER BY p.scheduled_at")
                  .arg(kSummaryColumns));
    q.addBindValue(excludeId.isNull() ? QStringLiteral("") : excludeId); // NULL would match nothing
    q.addBindValue(textOrNull(profileId));
    q.addBindValue(int(platforms.toInt()));
    q.addBindValue(ms - kSlotMs);
    q.addBindValue(ms + kSlotMs);
    QVector<PostSummary> out;
    if (q.exec()) {
        while (q.next())
            out.push_back(readSummary(q));
    }
    return out;
}

StoreError PostRepository::create(Post &post)
{
    return m_items.create(post);
}

StoreError PostRepository::update(const QString &id, const std::function<void(Post &)> &edit)
{
    return m_items.update(id, edit);
}

StoreError PostRepository::remove(const QString &id)
{
    return m_items.remove(id, [](const Post &post) -> StoreError {
        if (post.status == PostStatus::Published) {
            return {StoreError::Kind::Refused,
                    QCoreApplication::translate("PostRepository",
                                                "A published post cannot be deleted: it is already on the network.")};
        }
        return {};
    });
}

StoreError PostRepository::restore(const Post &snapshot, QString *restoredId)
{
    return m_items.restore(snapshot, restoredId);
}

StoreError PostRepository::duplicate(const QString &id, QString *newId)
{
    const std::optional<Post> original = find(id);
    if (!original || original->sync.deleted)
        return {StoreError::Kind::NotFound};
    Post copy = *original;
    copy.id.clear();
    copy.createdAt = QDateTime();
    copy.status = PostStatus::Draft; // a copy is never published nor scheduled by itself
    copy.publishedAt = QDateTime();
    copy.errorMessage.clear();
    copy.rating.reset();
    if (StoreError e = create(copy))
        return e;
    if (newId)
        *newId = copy.id;
    return {};
}

} // namespace pitchside::store
