#pragma once

#include "models/store/EntityTable.h"
#include "models/store/SyncedTable.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
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
    SinglePlatform, // "linkedin" or "both" (LinkedIn and Instagram: Social Media Planner) -> bit mask (read-only)
};

enum FieldFlag {
    Required = 1,    // the item is refused without it (a DtoError with its JSON path)
    Push = 2,        // sent on create and update (otherwise server-owned, e.g. usage_count)
    NotOnCreate = 4, // the create route does not take it: sent by an update right after the create
    CreateOnly = 8,  // the update route does not take it (set once, at creation)
};

// One synced column as sync sees it: the declaration's column
// (models/store/types) joined with where it travels in the JSON.
struct FieldSpec
{
    QString column;
    std::vector<std::string> path; // from the item: {"content"}, {"home_team", "name"}
    Codec codec = Codec::Text;
    int flags = 0;
    const char *label = nullptr; // QT_TRANSLATE_NOOP("SyncField", …): shown when comparing versions
    QStringList allowed;         // text values the table accepts (its CHECK); others refuse the item
    QString references;          // the entity type an id column names ("profile"), to show its name
    QString (*spoken)(const QString &stored) = nullptr; // a stored key in people's words

    // Where a backend in another seed's shape puts the value when `path` is
    // absent, read with `alsoCodec` (a post's single `platform`). Read only:
    // the value is always sent under `path`.
    std::vector<std::string> alsoPath;
    Codec alsoCodec = Codec::Text;

    std::string key() const { return path.front(); } // the top-level JSON key (an outbox "field")
};

// An ordered list of ids kept in a child table (a post's media_ids).
struct ChildSpec
{
    store::ChildList list;
    std::string key; // "media_ids"
    // When `key` is absent: an array of objects whose "id" is the child
    // (Social Media Planner embeds `media: [{id, url, type}]`).
    std::string objectsKey;
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

// An action the server runs once on an item (a campaign's send, stop,
// retry): an outbox command (store::Outbox::Op::Command) of that name is
// POSTed to `path`, where "{id}" stands for the item's id, with the
// command's own body; the answer is the item as it now stands.
struct CommandRoute
{
    QString name; // "send"
    QString path; // "/api/campaigns/{id}/send"
};

// Where one declared column travels in the server's JSON.
struct WireField
{
    QString column;
    std::vector<std::string> path;
    std::optional<Codec> codec; // by default the one the column's kind has
    bool notOnCreate = false;   // the create route does not take it
    std::vector<std::string> alsoPath; // read there when `path` is absent (FieldSpec::alsoPath)
    Codec alsoCodec = Codec::Text;

    WireField &alsoReadFrom(std::vector<std::string> p, Codec c)
    {
        alsoPath = std::move(p);
        alsoCodec = c;
        return *this;
    }
};

// A backend without item versions (Social Media Planner's) locks by
// `updated_at`: its items' version is then their updated_at in milliseconds
// since the epoch, which no counted version reaches (10^12 is September 2001).
// Such a version goes back to the server as `updated_at` in an update's body
// as well as in If-Match.
inline constexpr qint64 kFirstVersionThatIsATime = 1000000000000LL;
inline bool versionIsATime(qint64 version) { return version >= kFirstVersionThatIsATime; }

// A synced type for the sync engine: its declaration (models/store/types:
// table, columns, what people may do) and its wire mapping (JSON paths, REST
// routes). The engine has no per-type code; see docs/architecture.md,
// "Adding a synced type".
class EntitySpec
{
public:
    explicit EntitySpec(const store::SyncedTable &declaration);

    // The wire mapping: every column the server knows, by name, once.
    WireField &map(const char *column, std::vector<std::string> path, std::optional<Codec> codec = {});
    // `objectsKey`: where a backend embeds the children as objects instead (ChildSpec).
    void mapChild(const char *field, std::string key, std::string objectsKey = {});

    const store::SyncedTable &declaration() const { return *m_decl; }
    QString type;      // the feed's type name: "post" (the declaration's)
    QString tableName; // "posts"

    // REST routes: create = POST collectionPath; update = updateMethod
    // collectionPath/{id}; delete = DELETE collectionPath/{id}. A type people
    // cannot change (no operation declared) has none: pull only.
    QString collectionPath;
    QString createPath; // when creates go elsewhere (POST /api/messages/send); empty: collectionPath
    QByteArray updateMethod = "PATCH";
    // False when GET {collectionPath}/{id} is not the item (GET /api/messages/{id}
    // is a conversation's thread): an unreadable item is then not asked for again.
    bool canFetchItem = true;
    std::vector<SubRoute> subRoutes;
    std::vector<CommandRoute> commands;
    // The route of a command for an item; empty when the type has no such command.
    QString commandPath(const QString &name, const QString &id) const;

    // Joins declaration and wire mapping (fields, children, the operations
    // below) and lists where they disagree; call once, after mapping.
    void finalize();
    // Where the mapping and the declaration disagree: a column mapped twice
    // or not at all, a mapping for a column nobody declared, a pushed column
    // sent under another key than its outbox field… One sentence each.
    const QStringList &problems() const { return m_problems; }

    std::vector<FieldSpec> fields;   // the synced columns, in the declaration's order
    std::vector<ChildSpec> children;
    bool canCreate = false;
    bool canUpdate = false;
    bool canDelete = false;
    const store::EntityTable &table() const { return m_decl->syncedColumns(); }

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
    QString createRoute() const { return createPath.isEmpty() ? collectionPath : createPath; }
    QString itemPath(const QString &id) const { return collectionPath + QLatin1Char('/') + id; }

    // Translated names, for people (the declaration's).
    QString name() const { return m_decl->name(); }
    QString fieldLabel(const QString &key) const { return m_decl->fieldLabel(key); }
    // A short description of a row ("Victoire 3-1 contre…").
    QString describe(const store::EntityRow &row) const { return m_decl->describe(row); }
    const QVector<QPair<QString, QVariant>> &copyOverrides() const { return m_decl->copyOverrides; }

private:
    const store::SyncedTable *m_decl;
    std::vector<WireField> m_wire;
    struct WireChild
    {
        QString field;
        std::string key;
        std::string objectsKey;
    };
    std::vector<WireChild> m_wireChildren;
    QStringList m_problems;
};

} // namespace pitchside::sync
