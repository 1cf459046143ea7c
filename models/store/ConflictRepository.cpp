#include "ConflictRepository.h"

#include "PushQueue.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pitchside::store {

namespace {

ConflictRecord readRecord(const QSqlQuery &q)
{
    ConflictRecord c;
    c.entityType = q.value(0).toString();
    c.entityId = q.value(1).toString();
    c.serverVersion = q.value(2).toLongLong();
    c.serverCopy = q.value(3).toString().toUtf8();
    c.detectedAtMs = q.value(4).toLongLong();
    c.remoteDeleted = q.value(5).toBool();
    return c;
}

const char *kColumns = "entity_type, entity_id, server_version, server_copy, detected_at, remote_deleted";

} // namespace

int ConflictRepository::count() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT count(*) FROM conflicts")) && q.next() ? q.value(0).toInt() : 0;
}

QVector<ConflictRecord> ConflictRepository::all() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QVector<ConflictRecord> out;
    if (q.exec(QStringLiteral("SELECT %1 FROM conflicts ORDER BY detected_at, entity_id").arg(QLatin1String(kColumns)))) {
        while (q.next())
            out.push_back(readRecord(q));
    }
    return out;
}

std::optional<ConflictRecord> ConflictRepository::find(const QString &type, const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM conflicts WHERE entity_type = ? AND entity_id = ?")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(type);
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readRecord(q);
    return std::nullopt;
}

StoreError ConflictRepository::record(const EntityTable &table, const ConflictRecord &c)
{
    if (const auto existing = find(c.entityType, c.entityId);
        existing && existing->serverVersion > c.serverVersion && !c.remoteDeleted)
        return {}; // we already hold a newer server copy

    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO conflicts (%1) VALUES (?, ?, ?, ?, ?, ?)")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(c.entityType);
    q.addBindValue(c.entityId);
    q.addBindValue(c.serverVersion);
    q.addBindValue(QString::fromUtf8(c.serverCopy.isEmpty() ? QByteArray("{}") : c.serverCopy));
    q.addBindValue(c.detectedAtMs ? c.detectedAtMs : nowMs());
    q.addBindValue(c.remoteDeleted ? 1 : 0);
    if (!q.exec())
        return StoreError::queryFailed(q);
    q.prepare(QStringLiteral("UPDATE %1 SET conflict = 1 WHERE id = ?").arg(table.table));
    q.addBindValue(c.entityId);
    if (!q.exec())
        return StoreError::queryFailed(q);
    return PushQueue(m_db).markConflict(c.entityType, c.entityId);
}

StoreError ConflictRepository::forget(const QString &type, const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM conflicts WHERE entity_type = ? AND entity_id = ?"));
    q.addBindValue(type);
    q.addBindValue(id);
    return q.exec() ? StoreError{} : StoreError::queryFailed(q);
}

} // namespace pitchside::store
