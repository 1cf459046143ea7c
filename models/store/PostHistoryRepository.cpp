#include "PostHistoryRepository.h"

#include "../Post.h"
#include "SqlValues.h"
#include "Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pitchside::store {

namespace {

const QString kColumns =
    QStringLiteral("id, post_id, saved_at, content, hashtags, first_comment, platforms, media_ids, started_at");

PostVersion readVersion(const QSqlQuery &q)
{
    PostVersion v;
    v.id = q.value(0).toLongLong();
    v.postId = q.value(1).toString();
    v.savedAt = dateFromMs(q.value(2));
    v.content = q.value(3).toString();
    v.hashtags = listFromJson(q.value(4));
    v.firstComment = q.value(5).toString();
    v.platforms = Platforms::fromInt(q.value(6).toInt());
    v.mediaIds = listFromJson(q.value(7));
    v.startedAtMs = q.value(8).toLongLong();
    return v;
}

bool sameText(const PostVersion &v, const Post &p)
{
    return v.content == p.content && v.hashtags == p.hashtags && v.firstComment == p.firstComment
        && v.platforms == p.platforms && v.mediaIds == p.mediaIds;
}

} // namespace

StoreError PostHistoryRepository::record(const Post &post, const QDateTime &now)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return StoreError::queryFailed(tx.lastError());

    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM post_versions WHERE post_id = ? ORDER BY saved_at DESC, id DESC LIMIT 1")
                  .arg(kColumns));
    q.addBindValue(post.id);
    if (!q.exec())
        return StoreError::queryFailed(q);
    std::optional<PostVersion> newest;
    if (q.next())
        newest = readVersion(q);
    q.finish();
    if (newest && sameText(*newest, post))
        return {};

    const bool fold = newest && now.toMSecsSinceEpoch() - newest->startedAtMs < kCoalesceMs;
    if (fold) {
        q.prepare(QStringLiteral("UPDATE post_versions SET saved_at=?, content=?, hashtags=?, first_comment=?, "
                                 "platforms=?, media_ids=? WHERE id=?"));
    } else {
        q.prepare(QStringLiteral("INSERT INTO post_versions (saved_at, content, hashtags, first_comment, platforms, "
                                 "media_ids, post_id, started_at) VALUES (?,?,?,?,?,?,?,?)"));
    }
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(post.content.isNull() ? QStringLiteral("") : post.content);
    q.addBindValue(jsonList(post.hashtags));
    q.addBindValue(textOrNull(post.firstComment));
    q.addBindValue(int(post.platforms.toInt()));
    q.addBindValue(jsonList(post.mediaIds));
    q.addBindValue(fold ? QVariant(newest->id) : QVariant(post.id));
    if (!fold)
        q.addBindValue(now.toMSecsSinceEpoch());
    if (!q.exec())
        return StoreError::queryFailed(q);

    // Keep the newest versions of this post; drop histories of posts gone for good.
    q.prepare(QStringLiteral("DELETE FROM post_versions WHERE post_id = ? AND id NOT IN "
                             "(SELECT id FROM post_versions WHERE post_id = ? ORDER BY saved_at DESC, id DESC LIMIT ?)"));
    q.addBindValue(post.id);
    q.addBindValue(post.id);
    q.addBindValue(kKept);
    if (!q.exec())
        return StoreError::queryFailed(q);
    if (!fold && !q.exec(QStringLiteral("DELETE FROM post_versions WHERE post_id NOT IN (SELECT id FROM posts)")))
        return StoreError::queryFailed(q);
    return tx.commit() ? StoreError{} : StoreError::queryFailed(tx.lastError());
}

QVector<PostVersion> PostHistoryRepository::versions(const QString &postId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM post_versions WHERE post_id = ? ORDER BY saved_at DESC, id DESC")
                  .arg(kColumns));
    q.addBindValue(postId);
    QVector<PostVersion> out;
    if (q.exec()) {
        while (q.next())
            out.push_back(readVersion(q));
    }
    return out;
}

std::optional<PostVersion> PostHistoryRepository::find(qint64 versionId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM post_versions WHERE id = ?").arg(kColumns));
    q.addBindValue(versionId);
    if (q.exec() && q.next())
        return readVersion(q);
    return std::nullopt;
}

int PostHistoryRepository::count(const QString &postId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM post_versions WHERE post_id = ?"));
    q.addBindValue(postId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

} // namespace pitchside::store
