#include "Database.h"

#include "models/PrivateFiles.h"

#include "../Logging.h"
#include "Migrator.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace pitchside::store {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("pitchside-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Creates the file with owner-only permissions before SQLite touches it, so
// the database (and the -wal/-shm files SQLite derives from it) are 0600.
bool createPrivateFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestSchemaVersion()
{
    return Migrator().latestVersion();
}

std::unique_ptr<Database> Database::open(const QString &path, StoreError *error, Mode mode)
{
    std::unique_ptr<Database> db(new Database(path, nextConnectionName()));
    StoreError result = db->openConnection(mode);
    if (error)
        *error = result;
    if (result)
        return nullptr;
    return db;
}

StoreError Database::openConnection(Mode mode)
{
    const QFileInfo info(m_path);
    const QString dirPath = info.absolutePath();
    if (!PrivateFiles::makeDir(dirPath))
        return {StoreError::Kind::CannotCreateDirectory, {}, dirPath};
    if (!QFileInfo(dirPath).isWritable())
        return {StoreError::Kind::DirectoryNotWritable, {}, dirPath};

    if (info.exists()) {
        if (!info.isReadable())
            return {StoreError::Kind::FileNotReadable, {}, m_path};
        if (!info.isWritable())
            return {StoreError::Kind::FileNotWritable, {}, m_path};
    } else if (mode == Mode::ExistingOnly || !createPrivateFile(m_path)) {
        return {StoreError::Kind::DirectoryNotWritable, QStringLiteral("cannot create the file"), dirPath};
    }

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        return {StoreError::Kind::FileNotReadable, m_db.lastError().text(), m_path};

    QSqlQuery q(m_db);
    // The first read of the schema is where SQLite notices a file that is not
    // a database; nothing has been written yet, so the file stays untouched.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return {StoreError::Kind::NotADatabase, q.lastError().text(), m_path};

    Migrator migrator;
    bool versionOk = false;
    const int fileVersion = Migrator::currentVersion(m_db, &versionOk);
    if (!versionOk)
        return {StoreError::Kind::NotADatabase, m_db.lastError().text(), m_path};
    if (fileVersion > migrator.latestVersion())
        return {StoreError::Kind::NewerSchema, {}, m_path, fileVersion, migrator.latestVersion()};

    const char *pragmas[] = {
        "PRAGMA journal_mode = WAL",
        "PRAGMA synchronous = NORMAL",
        "PRAGMA foreign_keys = ON",
        "PRAGMA busy_timeout = 5000",
        "PRAGMA temp_store = MEMORY",
    };
    for (const char *pragma : pragmas) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return {StoreError::Kind::NotADatabase, q.lastError().text(), m_path};
    }

    if (mode == Mode::Migrate) {
        if (StoreError e = migrator.migrate(m_db, m_path))
            return e;
    } else if (fileVersion != migrator.latestVersion()) {
        return {StoreError::Kind::MigrationFailed, QStringLiteral("store not migrated yet"), m_path, fileVersion,
                migrator.latestVersion()};
    }
    m_schemaVersion = migrator.latestVersion();
    return {};
}

} // namespace pitchside::store
