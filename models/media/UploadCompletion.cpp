#include "UploadCompletion.h"

#include "models/store/ChangeHub.h"
#include "models/store/Outbox.h"
#include "models/store/SqlValues.h"
#include "models/store/Transaction.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace pitchside::media {

using store::StoreError;

namespace {

qint64 msFromRfc3339(const QJsonValue &v)
{
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : store::nowMs();
}

QStringList tagsOf(const QJsonObject &item)
{
    return item.value(QStringLiteral("tags")).toVariant().toStringList();
}

} // namespace

StoreError UploadCompletion::complete(const QString &mediaId, const QJsonObject &server, QStringList *pendingFields)
{
    pendingFields->clear();
    store::Transaction tx(m_db);
    if (!tx.isActive())
        return StoreError::queryFailed(tx.lastError());
    const qint64 version = server.value(QStringLiteral("version")).toInteger();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT filename, tags, alt_text, deleted FROM media WHERE id = ?"));
    q.addBindValue(mediaId);
    if (!q.exec())
        return StoreError::queryFailed(q);
    const bool exists = q.next();
    const bool deleted = exists && q.value(3).toBool();
    if (exists && !deleted) {
        const QJsonValue alt = server.value(QStringLiteral("alt_text"));
        if (q.value(0).toString() != server.value(QStringLiteral("filename")).toString())
            *pendingFields << QStringLiteral("filename");
        if (store::listFromJson(q.value(1)) != server.value(QStringLiteral("tags")).toVariant().toStringList())
            *pendingFields << QStringLiteral("tags");
        if (q.value(2).toString() != (alt.isString() ? alt.toString() : QString()))
            *pendingFields << QStringLiteral("alt_text");
    }

    // The create is done, whoever asked for it.
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE entity_type = ? AND entity_id = ? AND op = 'create'"));
    q.addBindValue(store::EntityType::Media);
    q.addBindValue(mediaId);
    if (!q.exec())
        return StoreError::queryFailed(q);

    if (exists) {
        const QJsonObject variants = server.value(QStringLiteral("variants")).toObject();
        QString blur = variants.value(QStringLiteral("blur_hash")).toString();
        if (blur.isEmpty())
            blur = server.value(QStringLiteral("blur_hash")).toString();
        q.prepare(QStringLiteral(
            "UPDATE media SET version = max(version, ?), variants = ?, blur_hash = ?, "
            "width = coalesce(width, ?), height = coalesce(height, ?), "
            "dirty = CASE WHEN deleted = 1 OR ? THEN 1 ELSE "
            "  EXISTS (SELECT 1 FROM outbox o WHERE o.entity_type = 'media' AND o.entity_id = media.id) END "
            "WHERE id = ?"));
        q.addBindValue(version);
        q.addBindValue(store::jsonObject(variants));
        q.addBindValue(store::textOrNull(blur));
        q.addBindValue(server.value(QStringLiteral("width")).toInt());
        q.addBindValue(server.value(QStringLiteral("height")).toInt());
        q.addBindValue(pendingFields->isEmpty() ? 0 : 1);
        q.addBindValue(mediaId);
        if (!q.exec())
            return StoreError::queryFailed(q);
    }
    store::Outbox outbox(m_db);
    if (!pendingFields->isEmpty()) {
        if (StoreError e = outbox.recordUpdate(store::EntityType::Media, mediaId, *pendingFields, version))
            return e;
    } else if (!exists || deleted) {
        // Deleted here while its bytes travelled: the server must forget it too.
        q.prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE entity_type = ? AND entity_id = ? AND op = 'delete'"));
        q.addBindValue(store::EntityType::Media);
        q.addBindValue(mediaId);
        if (!q.exec() || !q.next())
            return StoreError::queryFailed(q);
        if (q.value(0).toInt() == 0) {
            store::Outbox::DeleteOutcome outcome;
            if (StoreError e = outbox.recordDelete(store::EntityType::Media, mediaId, version, &outcome))
                return e;
        } else {
            q.prepare(QStringLiteral("UPDATE outbox SET base_version = ? WHERE entity_type = ? AND entity_id = ? "
                                     "AND op = 'delete' AND state != 'inflight'"));
            q.addBindValue(version);
            q.addBindValue(store::EntityType::Media);
            q.addBindValue(mediaId);
            if (!q.exec())
                return StoreError::queryFailed(q);
        }
    }
    // Posts that name this item were told "unknown media" and wait on a
    // backoff: they can go now.
    q.prepare(QStringLiteral("UPDATE outbox SET next_attempt_at = 0 WHERE state IN ('pending','inflight') AND "
                             "entity_type = 'post' AND entity_id IN (SELECT post_id FROM post_media WHERE media_id = ?)"));
    q.addBindValue(mediaId);
    if (!q.exec())
        return StoreError::queryFailed(q);
    q.prepare(QStringLiteral("UPDATE media_uploads SET state = 'done', error_code = NULL, error = NULL, attempts = 0, "
                             "updated_at = ? WHERE media_id = ?"));
    q.addBindValue(store::nowMs());
    q.addBindValue(mediaId);
    if (!q.exec())
        return StoreError::queryFailed(q);
    return tx.commit() ? StoreError{} : StoreError::queryFailed(tx.lastError());
}


StoreError UploadCompletion::insertServerRow(const QJsonObject &item, const QString &localPath, qint64 createdAtMs)
{
    const QJsonObject variants = item.value(QStringLiteral("variants")).toObject();
    const QJsonValue duration = item.value(QStringLiteral("duration"));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO media (id, type, filename, mime_type, size_bytes, width, height, duration_ms, tags, alt_text, "
        "sha256, variants, blur_hash, local_path, created_at, updated_at, version, dirty, deleted, conflict) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,0,0)"));
    q.addBindValue(item.value(QStringLiteral("id")).toString());
    q.addBindValue(item.value(QStringLiteral("type")).toString(QStringLiteral("image")));
    q.addBindValue(item.value(QStringLiteral("filename")).toString());
    q.addBindValue(item.value(QStringLiteral("mime_type")).toString());
    q.addBindValue(item.value(QStringLiteral("size_bytes")).toInteger());
    q.addBindValue(item.value(QStringLiteral("width")).toInt());
    q.addBindValue(item.value(QStringLiteral("height")).toInt());
    q.addBindValue(duration.isDouble() ? QVariant(qint64(duration.toDouble() * 1000)) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(store::jsonList(tagsOf(item)));
    q.addBindValue(item.value(QStringLiteral("alt_text")).toString(QStringLiteral(""))); // never NULL
    q.addBindValue(item.value(QStringLiteral("sha256")).toString().toLower());
    q.addBindValue(store::jsonObject(variants));
    q.addBindValue(store::textOrNull(variants.value(QStringLiteral("blur_hash")).toString()));
    q.addBindValue(store::textOrNull(localPath));
    q.addBindValue(createdAtMs > 0 ? createdAtMs : msFromRfc3339(item.value(QStringLiteral("created_at"))));
    q.addBindValue(msFromRfc3339(item.value(QStringLiteral("updated_at"))));
    q.addBindValue(item.value(QStringLiteral("version")).toInteger());
    return q.exec() ? StoreError{} : StoreError::queryFailed(q);
}

StoreError UploadCompletion::mergeInto(const QString &localId, const QJsonObject &server, QStringList *pendingFields)
{
    pendingFields->clear();
    const QString serverId = server.value(QStringLiteral("id")).toString();
    const qint64 version = server.value(QStringLiteral("version")).toInteger();
    store::Transaction tx(m_db);
    if (!tx.isActive())
        return StoreError::queryFailed(tx.lastError());

    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT tags, alt_text, local_path, created_at, deleted FROM media WHERE id = ?"));
    q.addBindValue(localId);
    if (!q.exec())
        return StoreError::queryFailed(q);
    const bool hadLocal = q.next();
    const QStringList localTags = hadLocal ? store::listFromJson(q.value(0)) : QStringList();
    const QString localAlt = hadLocal ? q.value(1).toString() : QString();
    const QString localPath = hadLocal ? q.value(2).toString() : QString();
    const qint64 createdAt = hadLocal ? q.value(3).toLongLong() : 0;
    const bool localDeleted = hadLocal && q.value(4).toBool();

    q.prepare(QStringLiteral("SELECT tags, alt_text, local_path, deleted FROM media WHERE id = ?"));
    q.addBindValue(serverId);
    if (!q.exec())
        return StoreError::queryFailed(q);
    const bool haveServerRow = q.next();
    QStringList tags = haveServerRow ? store::listFromJson(q.value(0)) : tagsOf(server);
    QString alt = haveServerRow ? q.value(1).toString() : server.value(QStringLiteral("alt_text")).toString();
    const bool serverRowHasFile = haveServerRow && !q.value(2).toString().isEmpty();
    q.finish();

    // The local row goes first (it repeats the server item under another id).
    q.prepare(QStringLiteral("DELETE FROM media WHERE id = ?"));
    q.addBindValue(localId);
    if (!q.exec())
        return StoreError::queryFailed(q);
    if (!haveServerRow) {
        if (StoreError e = insertServerRow(server, localDeleted ? QString() : localPath, createdAt))
            return e;
    } else if (!serverRowHasFile && !localPath.isEmpty()) {
        q.prepare(QStringLiteral("UPDATE media SET local_path = ? WHERE id = ?"));
        q.addBindValue(localPath);
        q.addBindValue(serverId);
        if (!q.exec())
            return StoreError::queryFailed(q);
    }

    // What was given here joins the server's item (never removes from it).
    if (hadLocal && !localDeleted) {
        QStringList merged = tags;
        for (const QString &t : localTags) {
            if (!merged.contains(t))
                merged << t;
        }
        if (merged != tags)
            *pendingFields << QStringLiteral("tags");
        if (alt.isEmpty() && !localAlt.isEmpty()) {
            alt = localAlt;
            *pendingFields << QStringLiteral("alt_text");
        }
        if (!pendingFields->isEmpty()) {
            q.prepare(QStringLiteral("UPDATE media SET tags = ?, alt_text = ?, dirty = 1, updated_at = ? WHERE id = ?"));
            q.addBindValue(store::jsonList(merged));
            q.addBindValue(alt.isNull() ? QStringLiteral("") : alt);
            q.addBindValue(store::nowMs());
            q.addBindValue(serverId);
            if (!q.exec())
                return StoreError::queryFailed(q);
        }
    }

    // Posts point at the server's item; the local item and its queue entries go.
    for (const QString &sql : {QStringLiteral("UPDATE post_media SET media_id = ? WHERE media_id = ?")}) {
        q.prepare(sql);
        q.addBindValue(serverId);
        q.addBindValue(localId);
        if (!q.exec())
            return StoreError::queryFailed(q);
    }
    for (const QString &sql : {QStringLiteral("DELETE FROM media_uploads WHERE media_id = ?"),
                               QStringLiteral("DELETE FROM outbox WHERE entity_type = 'media' AND entity_id = ? "
                                              "AND state != 'inflight'")}) {
        q.prepare(sql);
        q.addBindValue(localId);
        if (!q.exec())
            return StoreError::queryFailed(q);
    }
    if (!pendingFields->isEmpty()) {
        if (StoreError e = store::Outbox(m_db).recordUpdate(store::EntityType::Media, serverId, *pendingFields, version))
            return e;
    }
    q.prepare(QStringLiteral("UPDATE outbox SET next_attempt_at = 0 WHERE state IN ('pending','inflight') AND "
                             "entity_type = 'post' AND entity_id IN (SELECT post_id FROM post_media WHERE media_id = ?)"));
    q.addBindValue(serverId);
    if (!q.exec())
        return StoreError::queryFailed(q);
    return tx.commit() ? StoreError{} : StoreError::queryFailed(tx.lastError());
}

} // namespace pitchside::media
