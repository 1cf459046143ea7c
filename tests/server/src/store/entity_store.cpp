#include "entity_store.h"

#include "core/timeutil.h"
#include "http/api_error.h"
#include "http/request.h"
#include "store/database.h"
#include "store/feed.h"

#include <QSqlQuery>

namespace {

QHash<QString, EntityStore::Indexer> &indexers()
{
    static QHash<QString, EntityStore::Indexer> map;
    return map;
}

QVariant nullable(const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); }

} // namespace

void EntityStore::setIndexer(const QString &type, Indexer indexer)
{
    indexers().insert(type, std::move(indexer));
}

const char *EntityStore::columns()
{
    return "id, type, user_id, profile_id, status, at, sha256, search, create_hash, size_bytes,"
           " version, created_at, updated_at, body";
}

Entity EntityStore::fromRow(const QSqlQuery &q)
{
    Entity e;
    e.id = q.value(0).toString();
    e.type = q.value(1).toString();
    e.userId = q.value(2).toString();
    e.profileId = q.value(3).toString();
    e.status = q.value(4).toString();
    e.at = q.value(5).toString();
    e.sha256 = q.value(6).toString();
    e.search = q.value(7).toString();
    e.createHash = q.value(8).toString();
    e.sizeBytes = q.value(9).toLongLong();
    e.version = q.value(10).toLongLong();
    e.createdAt = q.value(11).toString();
    e.updatedAt = q.value(12).toString();
    const QByteArray body = q.value(13).toByteArray();
    e.body = json::parse(body.constBegin(), body.constEnd());
    return e;
}

std::optional<Entity> EntityStore::find(const QString &id)
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1 FROM entities WHERE id = ?")
                                .arg(QLatin1String(columns())),
                            {id});
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

Entity EntityStore::get(const Request &req, const QString &type, const QString &id)
{
    auto e = find(id.toLower());
    if (!e || e->type != type)
        throw ApiError::notFound(qPrintable(type));
    if (e->userId != req.userId)
        throw ApiError::forbidden();
    return *e;
}

QList<Entity> EntityStore::load(const QString &sqlWhere, const QVariantList &binds,
                                const QString &orderAndLimit)
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1 FROM entities WHERE %2 %3")
                                .arg(QLatin1String(columns()), sqlWhere, orderAndLimit),
                            binds);
    QList<Entity> out;
    while (q.next())
        out << fromRow(q);
    return out;
}

void EntityStore::index(Entity &e)
{
    e.body["id"] = ss(e.id);
    e.body["version"] = e.version;
    e.body["created_at"] = ss(e.createdAt);
    e.body["updated_at"] = ss(e.updatedAt);
    if (const auto it = indexers().constFind(e.type); it != indexers().constEnd())
        (*it)(e);
}

void EntityStore::insert(Entity &e)
{
    e.version = e.version > 0 ? e.version : 1;
    const QString now = timeutil::nowIso();
    if (e.createdAt.isEmpty())
        e.createdAt = now;
    if (e.updatedAt.isEmpty())
        e.updatedAt = e.createdAt;
    index(e);
    const QString body = qs(dumpJson(e.body));
    m_db.exec(QStringLiteral("INSERT INTO entities(%1) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                  .arg(QLatin1String(columns())),
              {e.id, e.type, e.userId, nullable(e.profileId), nullable(e.status), nullable(e.at),
               nullable(e.sha256), nullable(e.search), nullable(e.createHash), e.sizeBytes,
               e.version, e.createdAt, e.updatedAt, body});
    m_feed.record(e.userId, e.type, e.id, Feed::Op::Upsert, e.version, body);
}

void EntityStore::update(Entity &e)
{
    e.version += 1;
    e.updatedAt = timeutil::nowIso();
    index(e);
    const QString body = qs(dumpJson(e.body));
    m_db.exec(QStringLiteral("UPDATE entities SET profile_id = ?, status = ?, at = ?, sha256 = ?,"
                             " search = ?, size_bytes = ?, version = ?, updated_at = ?, body = ?"
                             " WHERE id = ?"),
              {nullable(e.profileId), nullable(e.status), nullable(e.at), nullable(e.sha256),
               nullable(e.search), e.sizeBytes, e.version, e.updatedAt, body, e.id});
    m_feed.record(e.userId, e.type, e.id, Feed::Op::Upsert, e.version, body);
}

void EntityStore::remove(const Entity &e)
{
    m_db.exec(QStringLiteral("DELETE FROM entities WHERE id = ?"), {e.id});
    m_feed.record(e.userId, e.type, e.id, Feed::Op::Delete, e.version + 1);
}

std::optional<qint64> ifMatchVersion(const Request &req)
{
    QByteArray v = req.header("if-match").trimmed();
    if (v.isEmpty() || v == "*")
        return std::nullopt;
    if (v.startsWith("W/"))
        v = v.mid(2);
    if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
        v = v.mid(1, v.size() - 2);
    bool ok = false;
    const qint64 version = v.toLongLong(&ok);
    if (!ok)
        throw ApiError::validation("If-Match", "format", {{"expected", "\"<version>\""}});
    return version;
}

void checkIfMatch(const Request &req, const Entity &current)
{
    const std::optional<qint64> given = ifMatchVersion(req);
    if (!given)
        return;
    const qint64 version = *given;
    if (version != current.version)
        throw ApiError::conflict({QStringLiteral("La ressource a été modifiée entre-temps."),
                                  QStringLiteral("The resource was changed in the meantime.")},
                                 {{"reason", "version_mismatch"},
                                  {"expected_version", version},
                                  {"current_version", current.version},
                                  {"current", current.body}});
}
