#include "MediaRepository.h"

#include "ChangeHub.h"
#include "FtsQuery.h"
#include "Outbox.h"
#include "SqlValues.h"
#include "Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pitchside::store {

namespace {

const QString kColumns = QStringLiteral(
    "id, type, filename, mime_type, size_bytes, width, height, duration_ms, tags, alt_text, sha256, variants, "
    "blur_hash, local_path, created_at, updated_at, version, dirty, deleted, conflict");

Media readMedia(const QSqlQuery &q)
{
    Media m;
    m.id = q.value(0).toString();
    m.type = q.value(1).toString() == u"video" ? Media::Type::Video : Media::Type::Image;
    m.filename = q.value(2).toString();
    m.mimeType = q.value(3).toString();
    m.sizeBytes = q.value(4).toLongLong();
    m.width = q.value(5).toInt();
    m.height = q.value(6).toInt();
    m.durationMs = q.value(7).toLongLong();
    m.tags = listFromJson(q.value(8));
    m.altText = q.value(9).toString();
    m.sha256 = q.value(10).toString();
    m.variants = objectFromJson(q.value(11));
    m.blurHash = q.value(12).toString();
    m.localPath = q.value(13).toString();
    m.createdAt = dateFromMs(q.value(14));
    m.updatedAt = dateFromMs(q.value(15));
    m.sync = {q.value(16).toLongLong(), q.value(17).toBool(), q.value(18).toBool(), q.value(19).toBool()};
    return m;
}

QString whereFor(const QString &fts)
{
    return fts.isEmpty() ? QStringLiteral(" WHERE deleted = 0")
                         : QStringLiteral(" WHERE deleted = 0 AND rowid IN "
                                          "(SELECT rowid FROM media_fts WHERE media_fts MATCH ?)");
}

StoreError queryError(const QSqlQuery &q)
{
    return {StoreError::Kind::QueryFailed, q.lastError().text()};
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

std::optional<Media> MediaRepository::find(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM media WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readMedia(q);
    return std::nullopt;
}

QVector<Media> MediaRepository::list(const QString &search, int limit, int offset) const
{
    const QString fts = ftsQueryFromUserText(search);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM media%2 ORDER BY created_at DESC, id LIMIT ? OFFSET ?")
                  .arg(kColumns, whereFor(fts)));
    if (!fts.isEmpty())
        q.addBindValue(fts);
    q.addBindValue(limit);
    q.addBindValue(offset);
    QVector<Media> out;
    if (q.exec()) {
        while (q.next())
            out.push_back(readMedia(q));
    }
    return out;
}

int MediaRepository::count(const QString &search) const
{
    const QString fts = ftsQueryFromUserText(search);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM media%1").arg(whereFor(fts)));
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
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT %1 FROM media WHERE id IN (%2)").arg(kColumns, marks.join(u',')));
        for (const QString &id : part)
            q.addBindValue(id);
        if (q.exec()) {
            while (q.next())
                out.push_back(readMedia(q));
        }
    }
    return out;
}

std::optional<Media> MediaRepository::findBySha256(const QString &sha256) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM media WHERE sha256 = ? AND deleted = 0 ORDER BY created_at LIMIT 1").arg(kColumns));
    q.addBindValue(sha256.toLower());
    if (q.exec() && q.next())
        return readMedia(q);
    return std::nullopt;
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

StoreError MediaRepository::insertRow(const Media &m)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO media (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)").arg(kColumns));
    q.addBindValue(m.id);
    q.addBindValue(mediaTypeKey(m.type));
    q.addBindValue(m.filename);
    q.addBindValue(m.mimeType);
    q.addBindValue(m.sizeBytes);
    q.addBindValue(m.width > 0 ? QVariant(m.width) : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(m.height > 0 ? QVariant(m.height) : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(m.type == Media::Type::Video ? QVariant(m.durationMs) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(jsonList(m.tags));
    q.addBindValue(m.altText.isNull() ? QStringLiteral("") : m.altText); // a null QString binds as NULL
    q.addBindValue(textOrNull(m.sha256.toLower()));
    q.addBindValue(jsonObject(m.variants));
    q.addBindValue(textOrNull(m.blurHash));
    q.addBindValue(textOrNull(m.localPath));
    q.addBindValue(m.createdAt.toMSecsSinceEpoch());
    q.addBindValue(m.updatedAt.toMSecsSinceEpoch());
    q.addBindValue(m.sync.version);
    q.addBindValue(m.sync.dirty ? 1 : 0);
    q.addBindValue(m.sync.deleted ? 1 : 0);
    q.addBindValue(m.sync.conflict ? 1 : 0);
    return q.exec() ? StoreError{} : queryError(q);
}

StoreError MediaRepository::createLocal(QVector<Media> &items, QStringList *duplicateOf)
{
    duplicateOf->clear();
    Transaction tx(m_db);
    if (!tx.isActive())
        return {StoreError::Kind::QueryFailed, tx.lastError()};
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
        if (StoreError e = insertRow(m))
            return e;
        if (StoreError e = Outbox(m_db).recordCreate(EntityType::Media, m.id))
            return e;
        upload.addBindValue(m.id);
        upload.addBindValue(newUuid());
        upload.addBindValue(m.sizeBytes);
        upload.addBindValue(nowMs());
        upload.addBindValue(nowMs());
        if (!upload.exec())
            return queryError(upload);
        created << m.id;
    }
    if (!tx.commit())
        return {StoreError::Kind::QueryFailed, tx.lastError()};
    notify(created);
    return {};
}

QStringList MediaRepository::changedFields(const Media &a, const Media &b)
{
    QStringList f;
    if (a.filename != b.filename)
        f << QStringLiteral("filename");
    if (a.tags != b.tags)
        f << QStringLiteral("tags");
    if (a.altText != b.altText)
        f << QStringLiteral("alt_text");
    return f;
}

StoreError MediaRepository::update(const QString &id, const std::function<void(Media &)> &edit)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return {StoreError::Kind::QueryFailed, tx.lastError()};
    const std::optional<Media> before = find(id);
    if (!before || before->sync.deleted)
        return {StoreError::Kind::NotFound};
    Media after = *before;
    edit(after);
    after.filename = after.filename.trimmed();
    if (after.filename.isEmpty())
        after.filename = before->filename; // a name is required by the server
    const QStringList fields = changedFields(*before, after);
    if (fields.isEmpty())
        return {};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE media SET filename = ?, tags = ?, alt_text = ?, updated_at = ?, dirty = 1 "
                             "WHERE id = ?"));
    q.addBindValue(after.filename);
    q.addBindValue(jsonList(after.tags));
    q.addBindValue(after.altText.isNull() ? QStringLiteral("") : after.altText); // a null QString binds as NULL
    q.addBindValue(nowMs());
    q.addBindValue(id);
    if (!q.exec())
        return queryError(q);
    if (StoreError e = Outbox(m_db).recordUpdate(EntityType::Media, id, fields, before->sync.version))
        return e;
    if (!tx.commit())
        return {StoreError::Kind::QueryFailed, tx.lastError()};
    notify({id});
    return {};
}

StoreError MediaRepository::remove(const QString &id, QStringList *usedBy)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return {StoreError::Kind::QueryFailed, tx.lastError()};
    const std::optional<Media> m = find(id);
    if (!m || m->sync.deleted)
        return {StoreError::Kind::NotFound};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT DISTINCT pm.post_id FROM post_media pm JOIN posts p ON p.id = pm.post_id "
                             "WHERE pm.media_id = ? AND p.deleted = 0 ORDER BY pm.post_id"));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(q);
    QStringList posts;
    while (q.next())
        posts << q.value(0).toString();
    if (!posts.isEmpty()) {
        if (usedBy)
            *usedBy = posts;
        return {StoreError::Kind::Refused, QStringLiteral("media_in_use")};
    }

    Outbox::DeleteOutcome outcome;
    if (StoreError e = Outbox(m_db).recordDelete(EntityType::Media, id, m->sync.version, &outcome))
        return e;
    if (outcome == Outbox::DeleteOutcome::NeverSynced) {
        q.prepare(QStringLiteral("DELETE FROM media WHERE id = ?"));
    } else {
        q.prepare(QStringLiteral("UPDATE media SET deleted = 1, dirty = 1, updated_at = ? WHERE id = ?"));
        q.addBindValue(nowMs());
    }
    q.addBindValue(id);
    if (!q.exec())
        return queryError(q);
    // An upload still waiting has nothing left to carry.
    q.prepare(QStringLiteral("DELETE FROM media_uploads WHERE media_id = ? AND state != 'done'"));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(q);
    if (!tx.commit())
        return {StoreError::Kind::QueryFailed, tx.lastError()};
    notify({id});
    return {};
}

StoreError MediaRepository::setLocalPath(const QString &id, const QString &path)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE media SET local_path = ? WHERE id = ?"));
    q.addBindValue(textOrNull(path));
    q.addBindValue(id);
    return q.exec() ? StoreError{} : queryError(q);
}

void MediaRepository::notify(const QStringList &ids)
{
    if (!m_hub || ids.isEmpty())
        return;
    m_hub->notify(EntityType::Media, ids);
    m_hub->notify(EntityType::Outbox);
}

} // namespace pitchside::store
