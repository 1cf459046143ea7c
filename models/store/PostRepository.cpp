#include "PostRepository.h"

#include "ChangeHub.h"
#include "FtsQuery.h"
#include "Outbox.h"
#include "SqlValues.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace pitchside::store {

namespace {

const QString kSummaryColumns = QStringLiteral(
    "p.id, p.profile_id, p.platforms, substr(p.content, 1, 160), p.status, p.scheduled_at, p.updated_at, "
    "(SELECT count(*) FROM post_media m WHERE m.post_id = p.id), p.dirty, p.conflict");

const QString kPostColumns = QStringLiteral(
    "id, profile_id, platforms, content, hashtags, first_comment, status, scheduled_at, published_at, "
    "error_message, idea_source, ai_generated, rating, template_id, metadata, created_at, updated_at, "
    "version, dirty, deleted, conflict");

StoreError queryError(const QSqlQuery &q)
{
    return {StoreError::Kind::QueryFailed, q.lastError().text()};
}

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

std::optional<Post> PostRepository::find(const QString &id) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM posts WHERE id = ?").arg(kPostColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;

    Post p;
    p.id = q.value(0).toString();
    p.profileId = q.value(1).toString();
    p.platforms = Platforms::fromInt(q.value(2).toInt());
    p.content = q.value(3).toString();
    p.hashtags = listFromJson(q.value(4));
    p.firstComment = q.value(5).toString();
    postStatusFromKey(q.value(6).toString(), &p.status);
    p.scheduledAt = dateFromMs(q.value(7));
    p.publishedAt = dateFromMs(q.value(8));
    p.errorMessage = q.value(9).toString();
    p.ideaSource = q.value(10).toString();
    p.aiGenerated = q.value(11).toBool();
    if (!q.value(12).isNull())
        p.rating = q.value(12).toInt();
    p.templateId = q.value(13).toString();
    p.metadata = objectFromJson(q.value(14));
    p.createdAt = dateFromMs(q.value(15));
    p.updatedAt = dateFromMs(q.value(16));
    p.sync.version = q.value(17).toLongLong();
    p.sync.dirty = q.value(18).toBool();
    p.sync.deleted = q.value(19).toBool();
    p.sync.conflict = q.value(20).toBool();

    QSqlQuery m(m_db);
    m.setForwardOnly(true);
    m.prepare(QStringLiteral("SELECT media_id FROM post_media WHERE post_id = ? ORDER BY position"));
    m.addBindValue(id);
    if (m.exec()) {
        while (m.next())
            p.mediaIds << m.value(0).toString();
    }
    return p;
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

QStringList PostRepository::changedFields(const Post &a, const Post &b)
{
    QStringList f;
    const auto check = [&f](bool differs, const char *name) {
        if (differs)
            f << QString::fromLatin1(name);
    };
    check(a.profileId != b.profileId, "profile_id");
    check(a.platforms != b.platforms, "platforms");
    check(a.content != b.content, "content");
    check(a.hashtags != b.hashtags, "hashtags");
    check(a.firstComment != b.firstComment, "first_comment");
    check(a.status != b.status, "status");
    check(a.scheduledAt != b.scheduledAt, "scheduled_at");
    check(a.publishedAt != b.publishedAt, "published_at");
    check(a.errorMessage != b.errorMessage, "error_message");
    check(a.ideaSource != b.ideaSource, "idea_source");
    check(a.aiGenerated != b.aiGenerated, "ai_generated");
    check(a.rating != b.rating, "rating");
    check(a.templateId != b.templateId, "template_id");
    check(a.mediaIds != b.mediaIds, "media_ids");
    check(a.metadata != b.metadata, "metadata");
    return f;
}

StoreError PostRepository::writeRow(const Post &p, bool insert)
{
    QSqlQuery q(m_db);
    if (insert) {
        q.prepare(QStringLiteral("INSERT INTO posts (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                      .arg(kPostColumns));
        q.addBindValue(p.id);
    } else {
        q.prepare(QStringLiteral(
            "UPDATE posts SET profile_id=?, platforms=?, content=?, hashtags=?, first_comment=?, status=?, "
            "scheduled_at=?, published_at=?, error_message=?, idea_source=?, ai_generated=?, rating=?, "
            "template_id=?, metadata=?, created_at=?, updated_at=?, version=?, dirty=?, deleted=?, conflict=? "
            "WHERE id=?"));
    }
    q.addBindValue(textOrNull(p.profileId));
    q.addBindValue(int(p.platforms.toInt()));
    q.addBindValue(p.content);
    q.addBindValue(jsonList(p.hashtags));
    q.addBindValue(textOrNull(p.firstComment));
    q.addBindValue(postStatusKey(p.status));
    q.addBindValue(msOrNull(p.scheduledAt));
    q.addBindValue(msOrNull(p.publishedAt));
    q.addBindValue(textOrNull(p.errorMessage));
    q.addBindValue(textOrNull(p.ideaSource));
    q.addBindValue(p.aiGenerated ? 1 : 0);
    q.addBindValue(p.rating ? QVariant(*p.rating) : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(textOrNull(p.templateId));
    q.addBindValue(jsonObject(p.metadata));
    q.addBindValue(p.createdAt.toMSecsSinceEpoch());
    q.addBindValue(p.updatedAt.toMSecsSinceEpoch());
    q.addBindValue(p.sync.version);
    q.addBindValue(p.sync.dirty ? 1 : 0);
    q.addBindValue(p.sync.deleted ? 1 : 0);
    q.addBindValue(p.sync.conflict ? 1 : 0);
    if (!insert)
        q.addBindValue(p.id);
    return q.exec() ? StoreError{} : queryError(q);
}

StoreError PostRepository::writeMedia(const Post &p)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM post_media WHERE post_id = ?"));
    q.addBindValue(p.id);
    if (!q.exec())
        return queryError(q);
    q.prepare(QStringLiteral("INSERT INTO post_media (post_id, media_id, position) VALUES (?, ?, ?)"));
    for (int i = 0; i < p.mediaIds.size(); ++i) {
        q.addBindValue(p.id);
        q.addBindValue(p.mediaIds.at(i));
        q.addBindValue(i);
        if (!q.exec())
            return queryError(q);
    }
    return {};
}

StoreError PostRepository::create(Post &post)
{
    if (post.id.isEmpty())
        post.id = newUuid();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!post.createdAt.isValid())
        post.createdAt = now;
    post.updatedAt = now;
    post.sync = SyncFields{0, true, false, false};

    Transaction tx(m_db);
    if (!tx.isActive())
        return {StoreError::Kind::QueryFailed, tx.lastError()};
    if (StoreError e = writeRow(post, true))
        return e;
    if (StoreError e = writeMedia(post))
        return e;
    if (StoreError e = Outbox(m_db).recordCreate(EntityType::Post, post.id))
        return e;
    if (!tx.commit())
        return {StoreError::Kind::QueryFailed, tx.lastError()};
    if (m_hub) {
        m_hub->notify(EntityType::Post, {post.id});
        m_hub->notify(EntityType::Outbox);
    }
    return {};
}

StoreError PostRepository::update(const QString &id, const std::function<void(Post &)> &edit)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return {StoreError::Kind::QueryFailed, tx.lastError()};
    const std::optional<Post> before = find(id);
    if (!before || before->sync.deleted)
        return {StoreError::Kind::NotFound};

    Post after = *before;
    edit(after);
    after.id = before->id;
    after.sync = before->sync;
    const QStringList fields = changedFields(*before, after);
    if (fields.isEmpty())
        return {}; // nothing to save, nothing to sync

    after.updatedAt = QDateTime::currentDateTimeUtc();
    after.sync.dirty = true;
    if (StoreError e = writeRow(after, false))
        return e;
    if (fields.contains(QStringLiteral("media_ids"))) {
        if (StoreError e = writeMedia(after))
            return e;
    }
    if (StoreError e = Outbox(m_db).recordUpdate(EntityType::Post, id, fields, before->sync.version))
        return e;
    if (!tx.commit())
        return {StoreError::Kind::QueryFailed, tx.lastError()};
    if (m_hub) {
        m_hub->notify(EntityType::Post, {id});
        m_hub->notify(EntityType::Outbox);
    }
    return {};
}

StoreError PostRepository::remove(const QString &id)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return {StoreError::Kind::QueryFailed, tx.lastError()};
    const std::optional<Post> post = find(id);
    if (!post || post->sync.deleted)
        return {StoreError::Kind::NotFound};
    if (post->status == PostStatus::Published) {
        return {StoreError::Kind::Refused,
                QCoreApplication::translate("PostRepository",
                                            "A published post cannot be deleted: it is already on the network.")};
    }

    Outbox::DeleteOutcome outcome;
    if (StoreError e = Outbox(m_db).recordDelete(EntityType::Post, id, post->sync.version, &outcome))
        return e;
    QSqlQuery q(m_db);
    if (outcome == Outbox::DeleteOutcome::NeverSynced) {
        q.prepare(QStringLiteral("DELETE FROM posts WHERE id = ?"));
    } else {
        q.prepare(QStringLiteral("UPDATE posts SET deleted = 1, dirty = 1, updated_at = ? WHERE id = ?"));
        q.addBindValue(nowMs());
    }
    q.addBindValue(id);
    if (!q.exec())
        return queryError(q);
    if (!tx.commit())
        return {StoreError::Kind::QueryFailed, tx.lastError()};
    if (m_hub) {
        m_hub->notify(EntityType::Post, {id});
        m_hub->notify(EntityType::Outbox);
    }
    return {};
}

} // namespace pitchside::store
