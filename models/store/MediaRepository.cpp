#include "MediaRepository.h"

#include "ChangeHub.h"
#include "FtsQuery.h"
#include "Outbox.h"
#include "types/SyncedTypes.h"
#include "SqlValues.h"
#include "Transaction.h"

#include <QSqlQuery>

namespace pitchside::store {

namespace {

QString whereFor(const QString &fts)
{
    return fts.isEmpty() ? QStringLiteral("deleted = 0")
                         : QStringLiteral("deleted = 0 AND rowid IN "
                                          "(SELECT rowid FROM media_fts WHERE media_fts MATCH ?)");
}

// Sorting by name ties on id so that equal names keep a stable order.
QString orderFor(media::MediaQuery::Sort sort)
{
    switch (sort) {
    case media::MediaQuery::Sort::Oldest:
        return QStringLiteral(" ORDER BY created_at ASC, id ASC");
    case media::MediaQuery::Sort::NameAscending:
        return QStringLiteral(" ORDER BY filename COLLATE NOCASE ASC, id ASC");
    case media::MediaQuery::Sort::NameDescending:
        return QStringLiteral(" ORDER BY filename COLLATE NOCASE DESC, id DESC");
    case media::MediaQuery::Sort::Newest:
        break;
    }
    return QStringLiteral(" ORDER BY created_at DESC, id DESC");
}

} // namespace

MediaRepository::MediaRepository(QSqlDatabase &db, ChangeHub *hub) : m_db(db), m_items(db, hub, mediaType()) {}

QVector<Media> MediaRepository::list(const QString &search, int limit, int offset) const
{
    const QString fts = ftsQueryFromUserText(search);
    QVariantList binds;
    if (!fts.isEmpty())
        binds << fts;
    binds << limit << offset;
    return m_items.select(whereFor(fts) + QStringLiteral(" ORDER BY created_at DESC, id LIMIT ? OFFSET ?"), binds);
}

int MediaRepository::count(const QString &search) const
{
    const QString fts = ftsQueryFromUserText(search);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM media WHERE %1").arg(whereFor(fts)));
    if (!fts.isEmpty())
        q.addBindValue(fts);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

} // namespace pitchside::store

namespace pitchside::store {

QStringList MediaRepository::ids(const media::MediaQuery &query) const
{
    QStringList clauses{QStringLiteral("deleted = 0")};
    QVariantList binds;
    const QString fts = ftsQueryFromUserText(query.search);
    if (!fts.isEmpty()) {
        clauses << QStringLiteral("rowid IN (SELECT rowid FROM media_fts WHERE media_fts MATCH ?)");
        binds << fts;
    }
    if (query.type) {
        clauses << QStringLiteral("type = ?");
        binds << mediaTypeKey(*query.type);
    }
    if (!query.tag.isEmpty()) {
        clauses << QStringLiteral("EXISTS (SELECT 1 FROM json_each(media.tags) WHERE value = ?)");
        binds << query.tag;
    }
    if (query.from.isValid()) {
        clauses << QStringLiteral("created_at >= ?");
        binds << query.from.toMSecsSinceEpoch();
    }
    if (query.to.isValid()) {
        clauses << QStringLiteral("created_at < ?");
        binds << query.to.toMSecsSinceEpoch();
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM media WHERE ") + clauses.join(QStringLiteral(" AND ")) +
              orderFor(query.sort));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    QStringList out;
    if (q.exec()) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

QVector<Media> MediaRepository::findMany(const QStringList &ids) const
{
    QVector<Media> out;
    if (ids.isEmpty())
        return out;
    out.reserve(ids.size());
    // One statement for a page of rows; SQLite's default limit is 32,766 parameters.
    constexpr int kBatch = 500;
    for (qsizetype start = 0; start < ids.size(); start += kBatch) {
        const QStringList part = ids.mid(start, kBatch);
        QStringList marks(part.size(), QStringLiteral("?"));
        QVariantList binds;
        for (const QString &id : part)
            binds << id;
        out += m_items.select(QStringLiteral("id IN (%1)").arg(marks.join(u',')), binds);
    }
    return out;
}

std::optional<Media> MediaRepository::findBySha256(const QString &sha256) const
{
    const QVector<Media> found = m_items.select(
        QStringLiteral("sha256 = ? AND deleted = 0 ORDER BY created_at LIMIT 1"), {sha256.toLower()});
    return found.isEmpty() ? std::nullopt : std::optional<Media>(found.constFirst());
}

QStringList MediaRepository::allTags() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QStringList out;
    if (q.exec(QStringLiteral("SELECT DISTINCT t.value FROM media, json_each(media.tags) t "
                              "WHERE media.deleted = 0 ORDER BY t.value COLLATE NOCASE"))) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

StoreError MediaRepository::createLocal(QVector<Media> &items, QStringList *duplicateOf)
{
    duplicateOf->clear();
    Transaction tx(m_db);
    if (!tx.isActive())
        return StoreError::queryFailed(tx.lastError());
    QStringList created;
    QSqlQuery newest(m_db);
    qint64 latest = nowMs() - 1;
    if (newest.exec(QStringLiteral("SELECT max(created_at) FROM media")) && newest.next())
        latest = qMax(latest, newest.value(0).toLongLong());
    QSqlQuery upload(m_db);
    upload.prepare(QStringLiteral("INSERT INTO media_uploads (media_id, state, init_key, size_bytes, created_at, "
                                  "updated_at) VALUES (?, 'queued', ?, ?, ?, ?)"));
    for (Media &m : items) {
        if (const std::optional<Media> existing = findBySha256(m.sha256)) {
            duplicateOf->append(existing->id);
            if (existing->localPath.isEmpty()) {
                if (StoreError e = setLocalPath(existing->id, m.localPath))
                    return e;
            }
            continue;
        }
        duplicateOf->append(QString());
        if (m.id.isEmpty())
            m.id = newUuid();
        // Strictly after every item already there, one millisecond apart,
        // so that "newest first" keeps the import's order instead of a tie
        // broken by random ids.
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(++latest, Qt::UTC);
        if (!m.createdAt.isValid())
            m.createdAt = now;
        m.updatedAt = now;
        m.sync = SyncFields{0, true, false, false};
        m.sha256 = m.sha256.toLower();
        if (StoreError e = m_items.rows().insert(mediaType().toRow(m)))
            return e;
        if (StoreError e = Outbox(m_db).recordCreate(EntityType::Media, m.id))
            return e;
        upload.addBindValue(m.id);
        upload.addBindValue(newUuid());
        upload.addBindValue(m.sizeBytes);
        upload.addBindValue(nowMs());
        upload.addBindValue(nowMs());
        if (!upload.exec())
            return StoreError::queryFailed(upload);
        created << m.id;
    }
    if (!tx.commit())
        return StoreError::queryFailed(tx.lastError());
    m_items.rows().announce(created);
    return {};
}

StoreError MediaRepository::update(const QString &id, const std::function<void(Media &)> &edit)
{
    return m_items.update(id, [&](Media &m) {
        const QString before = m.filename;
        edit(m);
        m.filename = m.filename.trimmed();
        if (m.filename.isEmpty())
            m.filename = before; // a name is required by the server
    });
}

StoreError MediaRepository::remove(const QString &id, QStringList *usedBy)
{
    const auto notUsed = [&](const Media &) -> StoreError {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT DISTINCT pm.post_id FROM post_media pm JOIN posts p ON p.id = pm.post_id "
                                 "WHERE pm.media_id = ? AND p.deleted = 0 ORDER BY pm.post_id"));
        q.addBindValue(id);
        if (!q.exec())
            return StoreError::queryFailed(q);
        QStringList posts;
        while (q.next())
            posts << q.value(0).toString();
        if (posts.isEmpty())
            return {};
        if (usedBy)
            *usedBy = posts;
        return {StoreError::Kind::Refused, QStringLiteral("media_in_use")};
    };
    // An upload still waiting has nothing left to carry.
    const auto dropUpload = [&]() -> StoreError {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("DELETE FROM media_uploads WHERE media_id = ? AND state != 'done'"));
        q.addBindValue(id);
        return q.exec() ? StoreError{} : StoreError::queryFailed(q);
    };
    return m_items.remove(id, notUsed, dropUpload);
}

StoreError MediaRepository::setLocalPath(const QString &id, const QString &path)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE media SET local_path = ? WHERE id = ?"));
    q.addBindValue(textOrNull(path));
    q.addBindValue(id);
    return q.exec() ? StoreError{} : StoreError::queryFailed(q);
}

} // namespace pitchside::store
