#include "EntitySpec.h"

#include "../api/JsonRead.h"
#include "../api/Rfc3339.h"
#include "FieldCodec.h"

#include <QCoreApplication>

#include <algorithm>

namespace pitchside::sync {

using json = nlohmann::json;

namespace {

// The value at `path` in `item`, or null when a key on the way is absent.
const json *at(const json &item, const std::vector<std::string> &path)
{
    const json *v = &item;
    for (const std::string &k : path) {
        const auto it = v->is_object() ? v->find(k) : v->end();
        if (!v->is_object() || it == v->end())
            return nullptr;
        v = &*it;
    }
    return v;
}

// The item's version; a backend without versions (Social Media Planner's)
// gives its updated_at instead, in milliseconds (versionIsATime).
qint64 versionOf(const json &item)
{
    if (item.contains("version") || !item.contains("updated_at"))
        return api::requiredInteger(item, "version");
    const auto &updated = item["updated_at"];
    const std::optional<qint64> ms
        = updated.is_string() ? api::parseRfc3339(updated.get_ref<const std::string &>()) : std::nullopt;
    if (!ms || !versionIsATime(*ms))
        throw api::DtoError("updated_at", "must be an RFC 3339 time (the item has no version)");
    return *ms;
}

// [{id, url, type}, …] -> the ids, each a UUID.
QStringList idsOfObjects(const json &objects)
{
    if (!objects.is_array())
        throw api::DtoError({}, "must be an array");
    QStringList ids;
    for (std::size_t i = 0; i < objects.size(); ++i) {
        const json &o = objects[i];
        if (!o.is_object())
            throw api::DtoError("[" + std::to_string(i) + "]", "must be an object");
        ids << api::within("[" + std::to_string(i) + "]", [&] { return api::requiredUuid(o, "id"); });
    }
    return ids;
}

Codec codecFor(store::ColumnKind kind)
{
    switch (kind) {
    case store::ColumnKind::Text:
        return Codec::Text;
    case store::ColumnKind::TextNotNull:
        return Codec::TextNotNull;
    case store::ColumnKind::Integer:
        return Codec::Integer;
    case store::ColumnKind::IntegerNotNull:
        return Codec::IntegerNotNull;
    case store::ColumnKind::Bool:
        return Codec::Bool;
    case store::ColumnKind::Timestamp:
        return Codec::Timestamp;
    case store::ColumnKind::TimestampNotNull:
        return Codec::TimestampNotNull;
    case store::ColumnKind::PlatformMask:
        return Codec::PlatformMask;
    case store::ColumnKind::JsonArray:
        return Codec::JsonArray;
    case store::ColumnKind::JsonObject:
        return Codec::JsonObject;
    }
    return Codec::Text;
}

} // namespace

EntitySpec::EntitySpec(const store::SyncedTable &declaration)
    : type(declaration.type()), tableName(declaration.table()), m_decl(&declaration)
{
}

WireField &EntitySpec::map(const char *column, std::vector<std::string> path, std::optional<Codec> codec)
{
    m_wire.push_back({QString::fromLatin1(column), std::move(path), codec, false, {}, Codec::Text});
    return m_wire.back();
}

void EntitySpec::mapChild(const char *field, std::string key, std::string objectsKey)
{
    m_wireChildren.push_back({QString::fromLatin1(field), std::move(key), std::move(objectsKey)});
}

void EntitySpec::finalize()
{
    fields.clear();
    children.clear();
    m_problems.clear();
    const auto problem = [this](const QString &text) { m_problems << type + QStringLiteral(": ") + text; };

    QStringList mapped;
    for (const WireField &w : m_wire) {
        if (mapped.contains(w.column))
            problem(QStringLiteral("column %1 is mapped more than once").arg(w.column));
        mapped << w.column;
        const store::ColumnDecl *c = m_decl->column(w.column);
        if (!c)
            problem(QStringLiteral("the wire mapping names column %1, which is not declared").arg(w.column));
        else if (c->is(store::LocalOnly))
            problem(QStringLiteral("column %1 is LocalOnly but has a wire mapping").arg(w.column));
        if (w.path.empty())
            problem(QStringLiteral("column %1 is mapped to an empty JSON path").arg(w.column));
    }
    for (const store::ColumnDecl &c : m_decl->columns()) {
        if (c.is(store::LocalOnly))
            continue;
        const auto w = std::find_if(m_wire.begin(), m_wire.end(), [&](const WireField &o) { return o.column == c.name; });
        if (w == m_wire.end() || w->path.empty()) {
            problem(QStringLiteral("column %1 is declared but has no wire mapping: it would never sync").arg(c.name));
            continue;
        }
        FieldSpec f;
        f.column = c.name;
        f.path = w->path;
        f.codec = w->codec.value_or(codecFor(c.kind));
        f.flags = (c.is(store::Required) ? Required : 0) | (c.is(store::Pushed) ? Push : 0)
                  | (c.is(store::CreateOnly) ? CreateOnly : 0) | (w->notOnCreate ? NotOnCreate : 0);
        f.label = c.label;
        f.allowed = c.allowed;
        f.references = c.referencedType;
        f.spoken = c.spoken;
        f.alsoPath = w->alsoPath;
        f.alsoCodec = w->alsoCodec;
        if (c.is(store::Pushed) && QString::fromStdString(f.key()) != c.field)
            problem(QStringLiteral("column %1 changes field %2 in the outbox but is sent under %3")
                        .arg(c.name, c.field, QString::fromStdString(f.key())));
        if (w->notOnCreate && !c.is(store::Pushed))
            problem(QStringLiteral("column %1 is NotOnCreate but never pushed").arg(c.name));
        fields.push_back(std::move(f));
    }
    for (const store::ChildDecl &c : m_decl->children()) {
        const auto w = std::find_if(m_wireChildren.begin(), m_wireChildren.end(),
                                    [&](const WireChild &o) { return o.field == c.field; });
        if (w == m_wireChildren.end()) {
            problem(QStringLiteral("child list %1 has no wire mapping").arg(c.field));
            continue;
        }
        if (c.pushed && QString::fromStdString(w->key) != c.field)
            problem(QStringLiteral("child list %1 is sent under %2").arg(c.field, QString::fromStdString(w->key)));
        children.push_back({c.list, w->key, w->objectsKey, c.pushed, c.label});
    }
    for (const WireChild &w : m_wireChildren) {
        const auto &declared = m_decl->children();
        if (std::none_of(declared.begin(), declared.end(), [&](const store::ChildDecl &c) { return c.field == w.field; }))
            problem(QStringLiteral("the wire mapping names child list %1, which is not declared").arg(w.field));
    }

    const int ops = m_decl->operations;
    canCreate = ops & store::CanCreate;
    canUpdate = ops & store::CanUpdate;
    canDelete = ops & store::CanDelete;
    if (ops && collectionPath.isEmpty())
        problem(QStringLiteral("people may change it but it has no collection path"));
    if (!ops && !collectionPath.isEmpty())
        problem(QStringLiteral("it has a collection path but people may not change it"));
    const QStringList pushable = pushableKeys();
    for (const SubRoute &sub : subRoutes) {
        for (const QString &k : sub.keys) {
            if (!pushable.contains(k))
                problem(QStringLiteral("sub-route %1 changes %2, which is not pushed").arg(sub.suffix, k));
        }
    }
}

store::EntityRow EntitySpec::rowFromJson(const json &item) const
{
    if (!item.is_object())
        throw api::DtoError({}, "must be an object");
    store::EntityRow row;
    row.id = api::requiredUuid(item, "id");
    row.version = versionOf(item);
    row.values.reserve(qsizetype(fields.size()));
    for (const FieldSpec &f : fields) {
        const json *v = at(item, f.path);
        Codec codec = f.codec;
        const std::vector<std::string> *readAt = &f.path; // for the error's path
        if (!v && !f.alsoPath.empty()) {
            if (const json *also = at(item, f.alsoPath)) {
                v = also;
                codec = f.alsoCodec;
                readAt = &f.alsoPath;
            }
        }
        if ((f.flags & Required) && (!v || v->is_null())) {
            std::string path;
            for (const std::string &k : *readAt)
                path += (path.empty() ? "" : ".") + k;
            throw api::DtoError(path, "required");
        }
        try {
            row.values << codec::decode(codec, v);
            // Checked here, so that a value the table's CHECK would refuse
            // skips this item instead of failing the whole page.
            if (!f.allowed.isEmpty() && !row.values.constLast().isNull()
                && !f.allowed.contains(row.values.constLast().toString()))
                throw api::DtoError({}, "must be one of " + f.allowed.join(QStringLiteral(", ")).toStdString());
            // An id naming another item is a UUID like every id.
            if (!f.references.isEmpty() && (f.codec == Codec::Text || f.codec == Codec::TextNotNull)
                && !row.values.constLast().isNull()
                && !row.values.constLast().toString().isEmpty() && !api::isUuid(row.values.constLast().toString()))
                throw api::DtoError({}, "must be a UUID");
        } catch (api::DtoError &e) {
            std::string path;
            for (const std::string &k : *readAt)
                path += (path.empty() ? "" : ".") + k;
            e.prefix(path);
            throw;
        }
    }
    row.children.reserve(qsizetype(children.size()));
    for (const ChildSpec &c : children) {
        const auto it = item.find(c.key);
        if ((it == item.end() || it->is_null()) && !c.objectsKey.empty()) {
            const auto objects = item.find(c.objectsKey);
            row.children << (objects == item.end() || objects->is_null()
                                 ? QStringList()
                                 : api::within(c.objectsKey, [&] { return idsOfObjects(*objects); }));
            continue;
        }
        row.children << api::within(c.key, [&] {
            QStringList ids;
            if (it == item.end() || it->is_null())
                return ids;
            if (!it->is_array())
                throw api::DtoError({}, "must be an array");
            for (std::size_t i = 0; i < it->size(); ++i) {
                if (!(*it)[i].is_string())
                    throw api::DtoError("[" + std::to_string(i) + "]", "must be a string");
                if (!api::isUuid(api::toQString((*it)[i])))
                    throw api::DtoError("[" + std::to_string(i) + "]", "must be a UUID");
                ids << api::toQString((*it)[i]);
            }
            return ids;
        });
    }
    return row;
}

json EntitySpec::bodyFromRow(const store::EntityRow &row, const QStringList &keys, bool forCreate) const
{
    json body = json::object();
    if (forCreate)
        body["id"] = row.id.toStdString();
    const QStringList later = forCreate ? keysAfterCreate() : QStringList();
    for (int i = 0; i < int(fields.size()); ++i) {
        const FieldSpec &f = fields.at(std::size_t(i));
        if (!(f.flags & Push))
            continue;
        const QString key = QString::fromStdString(f.key());
        if (forCreate ? later.contains(key) : (!keys.contains(key) || (f.flags & CreateOnly)))
            continue;
        json value = codec::encode(f.codec, row.values.value(i));
        if (forCreate && value.is_null())
            continue; // absent: the server applies its default (e.g. the active profile)
        json *target = &body;
        for (std::size_t p = 0; p + 1 < f.path.size(); ++p)
            target = &(*target)[f.path[p]];
        (*target)[f.path.back()] = std::move(value);
    }
    for (int i = 0; i < int(children.size()); ++i) {
        const ChildSpec &c = children.at(std::size_t(i));
        const QString key = QString::fromStdString(c.key);
        if (!c.push || (forCreate ? later.contains(key) : !keys.contains(key)))
            continue;
        json ids = json::array();
        for (const QString &id : row.children.value(i))
            ids.push_back(id.toStdString());
        body[c.key] = std::move(ids);
    }
    return body;
}

QStringList EntitySpec::pushableKeys() const
{
    QStringList keys;
    for (const FieldSpec &f : fields) {
        const QString k = QString::fromStdString(f.key());
        if ((f.flags & Push) && !keys.contains(k))
            keys << k;
    }
    for (const ChildSpec &c : children) {
        if (c.push)
            keys << QString::fromStdString(c.key);
    }
    return keys;
}

QStringList EntitySpec::keysAfterCreate() const
{
    QStringList keys;
    for (const FieldSpec &f : fields) {
        const QString k = QString::fromStdString(f.key());
        if ((f.flags & Push) && ((f.flags & NotOnCreate) || subRouteFor(k)) && !keys.contains(k))
            keys << k;
    }
    return keys;
}

QString EntitySpec::commandPath(const QString &name, const QString &id) const
{
    for (const CommandRoute &c : commands) {
        if (c.name == name) {
            QString path = c.path;
            return path.replace(QStringLiteral("{id}"), id);
        }
    }
    return {};
}

const SubRoute *EntitySpec::subRouteFor(const QString &key) const
{
    for (const SubRoute &r : subRoutes) {
        if (r.keys.contains(key))
            return &r;
    }
    return nullptr;
}

} // namespace pitchside::sync
