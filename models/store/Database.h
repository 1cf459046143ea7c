#pragma once

#include "StoreError.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace pitchside::store {

// One SQLite connection to an account's store file. A Database belongs to the
// thread that opened it; another thread (the sync worker) opens its own on the
// same path. WAL lets readers and the one writer work side by side.
class Database
{
public:
    enum class Mode {
        Migrate,      // create the file if needed and bring it to the latest schema
        ExistingOnly, // open a store another connection has already migrated
    };

    static std::unique_ptr<Database> open(const QString &path, StoreError *error, Mode mode = Mode::Migrate);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase &sql() { return m_db; }
    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }

    // The schema version this build writes.
    static int latestSchemaVersion();

private:
    Database(QString path, QString connectionName);
    StoreError openConnection(Mode mode);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    int m_schemaVersion = 0;
};

} // namespace pitchside::store
