#include "Migrator.h"

#include "../Logging.h"
#include "SqlScript.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace pitchside::store {

Migrator::Migrator(QString resourceDir)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    const QDir dir(resourceDir);
    for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto match = pattern.match(file);
        if (!match.hasMatch()) {
            qCWarning(lcStore) << "ignoring misnamed migration" << file;
            continue;
        }
        m_migrations.push_back({match.captured(1).toInt(), match.captured(2), dir.filePath(file)});
    }
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

int Migrator::currentVersion(QSqlDatabase &db, bool *ok)
{
    QSqlQuery q(db);
    const bool done = q.exec(QStringLiteral("PRAGMA user_version")) && q.next();
    if (ok)
        *ok = done;
    return done ? q.value(0).toInt() : -1;
}

StoreError Migrator::migrate(QSqlDatabase &db, const QString &path) const
{
    bool ok = false;
    const int from = currentVersion(db, &ok);
    if (!ok)
        return {StoreError::Kind::NotADatabase, db.lastError().text(), path};
    if (from > latestVersion())
        return {StoreError::Kind::NewerSchema, {}, path, from, latestVersion()};

    for (const Migration &m : m_migrations) {
        if (m.version <= from)
            continue;
        if (StoreError e = apply(db, m, path, from))
            return e;
        qCInfo(lcStore) << "migrated" << path << "to schema" << m.version << m.name;
    }
    return {};
}

StoreError Migrator::apply(QSqlDatabase &db, const Migration &m, const QString &path, int from) const
{
    const auto failure = [&](const QString &why) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        qCWarning(lcStore) << "migration" << m.version << m.name << "failed:" << why;
        return StoreError{StoreError::Kind::MigrationFailed, why, path, from, latestVersion()};
    };

    QFile file(m.resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return {StoreError::Kind::MigrationFailed, file.errorString(), path, from, latestVersion()};
    const QStringList statements = splitSqlScript(QString::fromUtf8(file.readAll()));

    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return failure(q.lastError().text());
    for (const QString &statement : statements) {
        if (!q.exec(statement))
            return failure(q.lastError().text());
    }
    // PRAGMA does not take bound parameters; the version is our own integer.
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version)))
        return failure(q.lastError().text());
    if (!q.exec(QStringLiteral("COMMIT")))
        return failure(q.lastError().text());
    return {};
}

} // namespace pitchside::store
