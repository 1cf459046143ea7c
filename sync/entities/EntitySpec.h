#pragma once

#include "models/store/EntityTable.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <nlohmann/json.hpp>

#include <functional>
#include <string>
#include <vector>

namespace pitchside::sync {

// How one JSON value maps to one column (both ways).
enum class Codec {
    Text,           // string or null  <-> TEXT or NULL
    TextNotNull,    // string (null reads as "") <-> TEXT
    Integer,        // integer or null <-> INTEGER or NULL
    IntegerNotNull, // integer (null reads as 0) <-> INTEGER
    Bool,           // true/false <-> 0/1
    Timestamp,      // RFC 3339 or null <-> ms since the epoch or NULL
    TimestampNotNull,
    PlatformMask,   // ["linkedin","facebook"] <-> bit mask (models/Platform.h)
    JsonArray,      // array <-> compact JSON text ('[]' for null)
    JsonObject,     // object <-> compact JSON text ('{}' for null)
    SecondsAsMs,    // seconds (number) or null <-> milliseconds or NULL
    AddressLine,    // {address_line, postal_code, city, country} <-> one line of text (read-only)
};

enum FieldFlag {
    Required = 1, // the item is refused without it (a DtoError with its JSON path)
    Push = 2,     // sent on create and update (otherwise server-owned, e.g. usage_count)
    NotOnCreate = 4, // the create route does not take it: sent by an update right after the create
    CreateOnly = 8,  // the update route does not take it (set once, at creation)
};

struct FieldSpec
{
    QString column;
    std::vector<std::string> path; // from the item: {"content"}, {"home_team", "name"}
    Codec codec = Codec::Text;
    int flags = 0;
    const char *label = nullptr; // QT_TRANSLATE_NOOP("SyncField", …): shown when comparing versions
    QStringList allowed;         // text values the table accepts (its CHECK); others refuse the item
    QString references;          // the entity type an id column names ("profile"), to show its name

    std::string key() const { return path.front(); } // the top-level JSON key (an outbox "field")
};

// An ordered list of ids kept in a child table (a post's media_ids).
struct ChildSpec
{
    store::ChildList list;
    std::string key; // "media_ids"
    bool push = true;
    const char *label = nullptr;
};

// A field group the main update route does not change, with a route of its
// own (a match's score: PUT /api/matches/{id}/score).
struct SubRoute
{
    QString suffix;             // appended to the item's path: "/score"
    QByteArray method = "PUT";
    QStringList keys;           // the JSON keys only this route changes
    // The request body, from the whole row as an update body (every pushable key).
    std::function<nlohmann::json(const nlohmann::json &row)> body;
};

// Everything the generic sync code needs to know about one entity type:
// its table, how its JSON maps to columns, and how to send changes. See
// docs/architecture.md, "Adding a synced entity".
class EntitySpec
{
public:
    QString type;         // the feed's type name: "post"
    QString tableName;    // "posts"
    std::vector<FieldSpec> fields;
    std::vector<ChildSpec> children;

    // REST routes: create = POST collectionPath; update = updateMethod
    // collectionPath/{id}; delete = DELETE collectionPath/{id}. An empty
    // collectionPath makes the type read-only (pull only).
    QString collectionPath;
    QByteArray updateMethod = "PATCH";
    bool canCreate = false;
    bool canUpdate = false;
    bool canDelete = false;
    std::vector<SubRoute> subRoutes;

    // Columns set on the copy "keep both" makes (a post copy becomes a draft).
    QVector<QPair<QString, QVariant>> copyOverrides;
    const char *displayName = nullptr; // QT_TRANSLATE_NOOP("SyncEntity", "Post")
    QString titleColumn;               // describes one entity in lists ("content", "name")

    // Builds `table` from fields and children; call once after filling them.
    void finalize();
    const store::EntityTable &table() const { return m_table; }

    // The item's JSON as a row. Throws api::DtoError (path relative to the item).
    store::EntityRow rowFromJson(const nlohmann::json &item) const;
    // A request body from a row: every pushable field for a create (with
    // "id", nulls left out so that the server applies its defaults), or only
    // the fields under `keys` for an update (nulls sent: they clear).
    nlohmann::json bodyFromRow(const store::EntityRow &row, const QStringList &keys, bool forCreate) const;
    // Top-level JSON keys that can be sent.
    QStringList pushableKeys() const;
    // Keys a create cannot carry (NotOnCreate, or changed by a sub-route).
    QStringList keysAfterCreate() const;
    const SubRoute *subRouteFor(const QString &key) const;
    bool isWritable() const { return !collectionPath.isEmpty(); }
    QString itemPath(const QString &id) const { return collectionPath + QLatin1Char('/') + id; }

    // Translated names, for people.
    QString name() const;
    QString fieldLabel(const QString &key) const;
    // A short description of a row ("Victoire 3-1 contre…").
    QString describe(const store::EntityRow &row) const;

private:
    store::EntityTable m_table;
};

} // namespace pitchside::sync
