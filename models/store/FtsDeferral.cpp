#include "FtsDeferral.h"

#include "SyncStateRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStringList>

namespace pitchside::store {

namespace {

const QString kKey = QStringLiteral("fts_deferred_triggers");

} // namespace

bool FtsDeferral::suspended() const
{
    return !SyncStateRepository(m_db).value(kKey).toString().isEmpty();
}

StoreError FtsDeferral::suspend()
{
    if (suspended())
        return {};
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The triggers that write into an FTS5 table: their bodies name it.
    if (!q.exec(QStringLiteral("SELECT t.name, t.sql FROM sqlite_master t WHERE t.type = 'trigger' AND EXISTS "
                               "(SELECT 1 FROM sqlite_master f WHERE f.type = 'table' AND f.sql LIKE "
                               "'CREATE VIRTUAL TABLE%USING fts5%' AND t.sql LIKE '%INSERT INTO ' || f.name || '(%') "
                               "ORDER BY t.name")))
        return StoreError::queryFailed(q);
    QStringList names;
    QJsonArray sql;
    while (q.next()) {
        names << q.value(0).toString();
        sql.append(q.value(1).toString());
    }
    q.finish();
    if (names.isEmpty())
        return {};
    if (StoreError e = SyncStateRepository(m_db).setValue(
            kKey, QString::fromUtf8(QJsonDocument(sql).toJson(QJsonDocument::Compact))))
        return e;
    for (const QString &name : std::as_const(names)) {
        QSqlQuery drop(m_db);
        if (!drop.exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(name)))
            return StoreError::queryFailed(drop);
    }
    return {};
}

StoreError FtsDeferral::resume()
{
    const QString saved = SyncStateRepository(m_db).value(kKey).toString();
    if (saved.isEmpty())
        return {};
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE "
                               "'CREATE VIRTUAL TABLE%USING fts5%'")))
        return StoreError::queryFailed(q);
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    q.finish();
    for (const QString &t : std::as_const(tables)) {
        QSqlQuery rebuild(m_db);
        if (!rebuild.exec(QStringLiteral("INSERT INTO \"%1\"(\"%1\") VALUES ('rebuild')").arg(t)))
            return StoreError::queryFailed(rebuild);
    }
    const QJsonArray sql = QJsonDocument::fromJson(saved.toUtf8()).array();
    for (const QJsonValue &v : sql) {
        QSqlQuery create(m_db);
        if (!create.exec(v.toString()))
            return StoreError::queryFailed(create);
    }
    return SyncStateRepository(m_db).setValue(kKey, QString());
}

} // namespace pitchside::store
