#pragma once

#include "StoreError.h"

#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace pitchside::store {

// Numbered SQL migrations embedded as resources (:/migrations/NNNN_name.sql),
// tracked by PRAGMA user_version. Each runs in its own transaction, so a
// failure leaves the database at the previous version. A migration is never
// edited after it lands; a change to the schema is a new file.
class Migrator
{
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString resourcePath;
    };

    explicit Migrator(QString resourceDir = QStringLiteral(":/migrations"));

    QVector<Migration> migrations() const { return m_migrations; }
    int latestVersion() const;

    static int currentVersion(QSqlDatabase &db, bool *ok = nullptr);

    // Brings `db` to the latest version. Refuses (NewerSchema) a database
    // whose version is above what this build knows.
    StoreError migrate(QSqlDatabase &db, const QString &path) const;

private:
    StoreError apply(QSqlDatabase &db, const Migration &m, const QString &path, int from) const;

    QVector<Migration> m_migrations;
};

} // namespace pitchside::store
