#include "database.h"

#include "core/log.h"
#include "http/api_error.h"

#include <QSqlError>
#include <QStringList>
#include <QUuid>

namespace {

// Schema: users and auth tables, one generic table for synced entities
// (their JSON is exactly what GET returns, plus indexed columns for the
// queries), the changes feed (which keeps a copy of each item's JSON so a
// page is one index range scan, no join), and binary content.
const char *const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS users("
    " id TEXT PRIMARY KEY, email TEXT NOT NULL UNIQUE COLLATE NOCASE, password_hash TEXT,"
    " version INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,"
    " body TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS sessions("
    " id TEXT PRIMARY KEY, user_id TEXT NOT NULL, created_at TEXT NOT NULL,"
    " revoked_at TEXT, revoke_reason TEXT)",
    "CREATE TABLE IF NOT EXISTS refresh_tokens("
    " token_hash TEXT PRIMARY KEY, session_id TEXT NOT NULL, user_id TEXT NOT NULL,"
    " issued_at TEXT NOT NULL, expires_at TEXT NOT NULL, used_at TEXT)",
    "CREATE INDEX IF NOT EXISTS refresh_by_session ON refresh_tokens(session_id)",
    "CREATE TABLE IF NOT EXISTS entities("
    " id TEXT PRIMARY KEY, type TEXT NOT NULL, user_id TEXT NOT NULL, profile_id TEXT,"
    " status TEXT, at TEXT, sha256 TEXT, size_bytes INTEGER NOT NULL DEFAULT 0,"
    " search TEXT, create_hash TEXT, version INTEGER NOT NULL,"
    " created_at TEXT NOT NULL, updated_at TEXT NOT NULL, body TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS entities_list ON entities(user_id, type, created_at DESC, id DESC)",
    "CREATE INDEX IF NOT EXISTS entities_at ON entities(user_id, type, at)",
    "CREATE INDEX IF NOT EXISTS entities_sha ON entities(user_id, sha256) WHERE sha256 IS NOT NULL",
    "CREATE TABLE IF NOT EXISTS changes("
    " seq INTEGER PRIMARY KEY AUTOINCREMENT, user_id TEXT NOT NULL, type TEXT NOT NULL,"
    " entity_id TEXT NOT NULL UNIQUE, op TEXT NOT NULL, version INTEGER NOT NULL,"
    " created_at TEXT NOT NULL, item TEXT)",
    "CREATE INDEX IF NOT EXISTS changes_by_user ON changes(user_id, seq)",
    "CREATE TABLE IF NOT EXISTS blobs("
    " media_id TEXT NOT NULL, variant TEXT NOT NULL, mime_type TEXT NOT NULL,"
    " sha256 TEXT NOT NULL, bytes BLOB NOT NULL, PRIMARY KEY(media_id, variant))",
    "CREATE TABLE IF NOT EXISTS uploads("
    " id TEXT PRIMARY KEY, user_id TEXT NOT NULL, target_id TEXT NOT NULL, media_id TEXT, filename TEXT NOT NULL,"
    " size INTEGER NOT NULL, mime_type TEXT NOT NULL, sha256 TEXT NOT NULL,"
    " chunk_size INTEGER NOT NULL, total_chunks INTEGER NOT NULL,"
    " created_at TEXT NOT NULL, expires_at TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS upload_chunks("
    " upload_id TEXT NOT NULL, idx INTEGER NOT NULL, sha256 TEXT NOT NULL, bytes BLOB NOT NULL,"
    " resends INTEGER NOT NULL DEFAULT 0, PRIMARY KEY(upload_id, idx))",
    "CREATE TABLE IF NOT EXISTS idempotency("
    " user_id TEXT NOT NULL, key TEXT NOT NULL, request_hash TEXT NOT NULL,"
    " status INTEGER NOT NULL, headers TEXT NOT NULL, body BLOB NOT NULL,"
    " created_at TEXT NOT NULL, PRIMARY KEY(user_id, key))",
    "CREATE TABLE IF NOT EXISTS ai_generations("
    " id TEXT PRIMARY KEY, user_id TEXT NOT NULL, type TEXT NOT NULL, prompt TEXT NOT NULL,"
    " response TEXT NOT NULL, tokens_used INTEGER NOT NULL, duration_ms INTEGER NOT NULL,"
    " created_at TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS ai_by_user ON ai_generations(user_id, type, created_at)",
    "CREATE TABLE IF NOT EXISTS oauth_flows("
    " id TEXT PRIMARY KEY, provider TEXT NOT NULL, return_to TEXT NOT NULL, state TEXT NOT NULL,"
    " code_challenge TEXT NOT NULL, provider_code TEXT, login_hint TEXT, login_code TEXT,"
    " user_id TEXT, created_at TEXT NOT NULL, used_at TEXT,"
    " purpose TEXT NOT NULL DEFAULT 'sign_in')", // or 'connect' (a social account, API.md §9)
};

} // namespace

Database::Database(const QString &path)
    : m_name(QStringLiteral("pitchside-server-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(path);
    if (!m_db.open())
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(m_db.lastError().text()));
    // WAL + NORMAL: a commit survives a process kill; only a power cut may
    // lose the last transactions, never corrupt the file.
    exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    exec(QStringLiteral("PRAGMA busy_timeout=5000"));
    exec(QStringLiteral("PRAGMA cache_size=-65536"));
    migrate();
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            db.close();
        }
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

void Database::migrate()
{
    runInTransaction(*this, [&] {
        for (const char *sql : kSchema)
            exec(QString::fromLatin1(sql));
    });
}

QSqlQuery Database::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        qCCritical(lcDb) << "prepare failed:" << q.lastError().text() << sql;
        throw ApiError::serverError();
    }
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds[i]);
    if (!q.exec()) {
        qCCritical(lcDb) << "exec failed:" << q.lastError().text() << sql;
        throw ApiError::serverError();
    }
    return q;
}

QVariant Database::scalar(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q = exec(sql, binds);
    return q.next() ? q.value(0) : QVariant();
}

void Database::begin()
{
    if (!m_db.transaction()) {
        qCCritical(lcDb) << "begin failed:" << m_db.lastError().text();
        throw ApiError::serverError();
    }
    m_inTransaction = true;
}

void Database::commit()
{
    m_inTransaction = false;
    if (!m_db.commit()) {
        qCCritical(lcDb) << "commit failed:" << m_db.lastError().text();
        m_db.rollback();
        throw ApiError::serverError();
    }
}

void Database::rollback()
{
    m_inTransaction = false;
    m_db.rollback();
}

QString Database::meta(const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.bindValue(0, key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

void Database::setMeta(const QString &key, const QString &value)
{
    exec(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) "
                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
         {key, value});
}

void Database::checkpoint()
{
    exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
}
