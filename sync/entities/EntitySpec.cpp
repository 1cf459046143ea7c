#include "EntitySpec.h"

#include "../api/JsonRead.h"
#include "FieldCodec.h"

#include <QCoreApplication>

namespace pitchside::sync {

using json = nlohmann::json;

void EntitySpec::finalize()
{
    m_table = {};
    m_table.type = type;
    m_table.table = tableName;
    for (const FieldSpec &f : fields)
        m_table.columns << f.column;
    for (const ChildSpec &c : children)
        m_table.children << c.list;
}

store::EntityRow EntitySpec::rowFromJson(const json &item) const
{
    if (!item.is_object())
        throw api::DtoError({}, "must be an object");
    store::EntityRow row;
    row.id = api::requiredString(item, "id");
    row.version = api::requiredInteger(item, "version");
    row.values.reserve(qsizetype(fields.size()));
    for (const FieldSpec &f : fields) {
        const json *v = &item;
        for (const std::string &k : f.path) {
            const auto it = v->is_object() ? v->find(k) : v->end();
            if (!v->is_object() || it == v->end()) {
                v = nullptr;
                break;
            }
            v = &*it;
        }
        if ((f.flags & Required) && (!v || v->is_null())) {
            std::string path;
            for (const std::string &k : f.path)
                path += (path.empty() ? "" : ".") + k;
            throw api::DtoError(path, "required");
        }
        try {
            row.values << codec::decode(f.codec, v);
            // Checked here, so that a value the table's CHECK would refuse
            // skips this item instead of failing the whole page.
            if (!f.allowed.isEmpty() && !row.values.constLast().isNull()
                && !f.allowed.contains(row.values.constLast().toString()))
                throw api::DtoError({}, "must be one of " + f.allowed.join(QStringLiteral(", ")).toStdString());
        } catch (api::DtoError &e) {
            std::string path;
            for (const std::string &k : f.path)
                path += (path.empty() ? "" : ".") + k;
            e.prefix(path);
            throw;
        }
    }
    row.children.reserve(qsizetype(children.size()));
    for (const ChildSpec &c : children) {
        row.children << api::within(c.key, [&] {
            QStringList ids;
            const auto it = item.find(c.key);
            if (it == item.end() || it->is_null())
                return ids;
            if (!it->is_array())
                throw api::DtoError({}, "must be an array");
            for (std::size_t i = 0; i < it->size(); ++i) {
                if (!(*it)[i].is_string())
                    throw api::DtoError("[" + std::to_string(i) + "]", "must be a string");
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

const SubRoute *EntitySpec::subRouteFor(const QString &key) const
{
    for (const SubRoute &r : subRoutes) {
        if (r.keys.contains(key))
            return &r;
    }
    return nullptr;
}

QString EntitySpec::name() const
{
    return displayName ? QCoreApplication::translate("SyncEntity", displayName) : type;
}

QString EntitySpec::fieldLabel(const QString &key) const
{
    for (const FieldSpec &f : fields) {
        if (QString::fromStdString(f.key()) == key && f.label)
            return QCoreApplication::translate("SyncField", f.label);
    }
    for (const ChildSpec &c : children) {
        if (QString::fromStdString(c.key) == key && c.label)
            return QCoreApplication::translate("SyncField", c.label);
    }
    return key;
}

QString EntitySpec::describe(const store::EntityRow &row) const
{
    const int index = m_table.columnIndex(titleColumn);
    QString text = index >= 0 ? row.values.value(index).toString().simplified() : QString();
    if (text.size() > 60)
        text = text.left(59) + QStringLiteral("…");
    return text.isEmpty() ? name() : text;
}

} // namespace pitchside::sync
