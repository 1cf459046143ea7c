// Synced resources (posts, media, templates, profiles...) live in one table:
// `body` is exactly the JSON that GET returns, the other columns are what
// the list queries filter and sort on. Every write records a feed change.
#pragma once

#include "core/json.h"

#include <QHash>
#include <QString>
#include <functional>
#include <optional>

class Database;
class Feed;
struct Request;

struct Entity {
    QString id;
    QString type;
    QString userId;
    QString profileId;
    QString status;
    QString at;          // the resource's calendar time (RFC 3339, ms, UTC)
    QString sha256;
    QString search;      // folded text for ?search=
    QString createHash;  // sha256 of the create body, for idempotent creates by id
    qint64 sizeBytes = 0;
    qint64 version = 0;
    QString createdAt;
    QString updatedAt;
    json body;
};

class EntityStore {
public:
    using Indexer = std::function<void(Entity &)>;

    EntityStore(Database &db, Feed &feed) : m_db(db), m_feed(feed) {}

    // Each resource module says how its JSON maps to the indexed columns.
    static void setIndexer(const QString &type, Indexer indexer);

    std::optional<Entity> find(const QString &id);
    // The user's entity of that type: 404 when absent (or of another type),
    // 403 when it belongs to someone else.
    Entity get(const Request &req, const QString &type, const QString &id);
    QList<Entity> load(const QString &sqlWhere, const QVariantList &binds,
                       const QString &orderAndLimit = {});

    // Sets version 1 and timestamps (keeps them when already set: seeding).
    void insert(Entity &e);
    // Version + 1, updated_at now.
    void update(Entity &e);
    void remove(const Entity &e);

    static Entity fromRow(const class QSqlQuery &q);
    static const char *columns();
    // Writes id/version/timestamps into the body and fills the indexed
    // columns (bulk seeding inserts rows itself).
    static void index(Entity &e);

private:

    Database &m_db;
    Feed &m_feed;
};

// If-Match: "<version>" on PATCH/PUT/DELETE; a stale version is a 409 with
// the current copy. Absent header: the change applies.
void checkIfMatch(const Request &req, const Entity &current);
// The version an If-Match header names; none when absent or "*" (400 when unreadable).
std::optional<qint64> ifMatchVersion(const Request &req);
