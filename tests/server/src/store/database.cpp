#include "database.h"

#include "core/log.h"
#include "http/api_error.h"

#include <QSqlError>
#include <QStringList>
#include <QUuid>
#include <algorithm>

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
    // One row per (user, entity): an item two users see (a conversation,
    // a message) has one row in each feed, each with that user's view.
    "CREATE TABLE IF NOT EXISTS changes("
    " seq INTEGER PRIMARY KEY AUTOINCREMENT, user_id TEXT NOT NULL, type TEXT NOT NULL,"
    " entity_id TEXT NOT NULL, op TEXT NOT NULL, version INTEGER NOT NULL,"
    " created_at TEXT NOT NULL, item TEXT, UNIQUE(user_id, entity_id))",
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
    // Contacts by number (duplicates, CSV import) and campaign messages by
    // campaign or status: the WhatsApp campaigns module's queries
    // (docs/api/campaigns.md) on the generic table. Campaign messages keep
    // their campaign id in profile_id.
    "CREATE INDEX IF NOT EXISTS entities_contact_number ON entities(user_id, json_extract(body, '$.full_number'))"
    " WHERE type = 'contact'",
    "CREATE INDEX IF NOT EXISTS entities_campaign_messages ON entities(profile_id, status) WHERE type = 'campaign_message'",
    "CREATE INDEX IF NOT EXISTS entities_campaign_message_status ON entities(status, profile_id)"
    " WHERE type = 'campaign_message'",
    // Inbox (API.md §6, seed [S] 004): one conversation per pair of
    // parties (user1_id < user2_id), the state each user participant has of
    // it (its version as that user sees it, when they last read it), its
    // messages and the users' notifications. A party is a user or one of
    // a user's contacts (entities of type `contact`).
    "CREATE TABLE IF NOT EXISTS conversations("
    " id TEXT PRIMARY KEY, user1_id TEXT NOT NULL, user1_type TEXT NOT NULL,"
    " user2_id TEXT NOT NULL, user2_type TEXT NOT NULL, subject TEXT, campaign_id TEXT,"
    " sponsor_request_id TEXT, status TEXT NOT NULL DEFAULT 'active', last_message_at TEXT,"
    " created_at TEXT NOT NULL, updated_at TEXT NOT NULL, UNIQUE(user1_id, user2_id))",
    "CREATE INDEX IF NOT EXISTS idx_conversations_user1 ON conversations(user1_id)",
    "CREATE INDEX IF NOT EXISTS idx_conversations_user2 ON conversations(user2_id)",
    "CREATE INDEX IF NOT EXISTS idx_conversations_last_message ON conversations(last_message_at DESC)",
    "CREATE TABLE IF NOT EXISTS conversation_views("
    " conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,"
    " user_id TEXT NOT NULL, version INTEGER NOT NULL, last_read_at TEXT, search TEXT,"
    " updated_at TEXT NOT NULL, PRIMARY KEY(conversation_id, user_id))",
    "CREATE INDEX IF NOT EXISTS conversation_views_by_user ON conversation_views(user_id)",
    "CREATE TABLE IF NOT EXISTS messages("
    " id TEXT PRIMARY KEY, conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,"
    " sender_id TEXT NOT NULL, sender_type TEXT NOT NULL, sender_name TEXT NOT NULL,"
    " recipient_id TEXT NOT NULL, recipient_type TEXT NOT NULL, content TEXT NOT NULL,"
    " subject TEXT, campaign_id TEXT, attachments TEXT NOT NULL DEFAULT '[]',"
    " is_read INTEGER NOT NULL DEFAULT 0, read_at TEXT, create_hash TEXT, version INTEGER NOT NULL,"
    " created_at TEXT NOT NULL, updated_at TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS idx_messages_conversation ON messages(conversation_id, created_at)",
    "CREATE INDEX IF NOT EXISTS idx_messages_sender ON messages(sender_id)",
    "CREATE INDEX IF NOT EXISTS idx_messages_created ON messages(created_at DESC)",
    // As seed 004's trigger_update_conversation_last_message: the
    // conversation's last_message_at follows its newest message.
    "CREATE TRIGGER IF NOT EXISTS trigger_update_conversation_last_message AFTER INSERT ON messages"
    " BEGIN UPDATE conversations SET last_message_at = NEW.created_at WHERE id = NEW.conversation_id"
    " AND (last_message_at IS NULL OR last_message_at < NEW.created_at); END",
    "CREATE TABLE IF NOT EXISTS notifications("
    " id TEXT PRIMARY KEY, user_id TEXT NOT NULL, user_type TEXT NOT NULL DEFAULT 'user',"
    " type TEXT NOT NULL, title TEXT NOT NULL, message TEXT NOT NULL, link TEXT,"
    " subject_type TEXT, subject_id TEXT, data TEXT NOT NULL DEFAULT '{}',"
    " is_read INTEGER NOT NULL DEFAULT 0, read_at TEXT, version INTEGER NOT NULL,"
    " created_at TEXT NOT NULL, updated_at TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS idx_notifications_user ON notifications(user_id, created_at DESC)",
    "CREATE INDEX IF NOT EXISTS idx_notifications_unread ON notifications(user_id, created_at DESC) WHERE is_read = 0",
    "CREATE INDEX IF NOT EXISTS idx_notifications_created ON notifications(created_at DESC)",
};

// Before the feed kept one row per (user, entity), entity_id alone was
// UNIQUE; such a table is rebuilt with its rows and its sequence, so no
// seq is ever given out twice.
void migrateChangesPerUser(Database &db)
{
    const QString sql = db.scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'changes'"))
                            .toString();
    if (sql.isEmpty() || !sql.contains(QLatin1String("entity_id TEXT NOT NULL UNIQUE")))
        return;
    const qint64 sequence = db.scalar(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'changes'")).toLongLong();
    db.exec(QStringLiteral("CREATE TABLE changes_per_user("
                           " seq INTEGER PRIMARY KEY AUTOINCREMENT, user_id TEXT NOT NULL, type TEXT NOT NULL,"
                           " entity_id TEXT NOT NULL, op TEXT NOT NULL, version INTEGER NOT NULL,"
                           " created_at TEXT NOT NULL, item TEXT, UNIQUE(user_id, entity_id))"));
    db.exec(QStringLiteral("INSERT INTO changes_per_user(seq, user_id, type, entity_id, op, version, created_at, item)"
                           " SELECT seq, user_id, type, entity_id, op, version, created_at, item FROM changes"));
    db.exec(QStringLiteral("DROP TABLE changes"));
    db.exec(QStringLiteral("ALTER TABLE changes_per_user RENAME TO changes"));
    const qint64 top = std::max(sequence, db.scalar(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM changes")).toLongLong());
    db.exec(QStringLiteral("DELETE FROM sqlite_sequence WHERE name = 'changes'"));
    db.exec(QStringLiteral("INSERT INTO sqlite_sequence(name, seq) VALUES('changes', ?)"), {top});
    qCInfo(lcDb) << "feed table migrated to one row per user and entity";
}

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
        migrateChangesPerUser(*this);
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
