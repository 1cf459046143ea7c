#pragma once

#include "../Platform.h"
#include "SqlValues.h"
#include "SyncedTable.h"

#include <functional>
#include <optional>

namespace pitchside::store {

// How a member of a domain struct becomes a column value and back, for the
// member types the store uses. Nulls are typed, so that Qt binds them as
// SQL NULL; the column's kind decides whether nothing is NULL or a value.
namespace column_value {

inline QVariant nullOf(ColumnKind kind)
{
    switch (kind) {
    case ColumnKind::Text:
        return QVariant(QMetaType::fromType<QString>());
    case ColumnKind::Integer:
    case ColumnKind::Timestamp:
        return QVariant(QMetaType::fromType<qint64>());
    default:
        return {};
    }
}

inline QVariant to(const QString &v, ColumnKind kind)
{
    if (kind == ColumnKind::Text)
        return textOrNull(v);
    return v.isNull() ? QStringLiteral("") : v; // a null QString binds as NULL
}
inline void from(const QVariant &v, QString *out) { *out = v.toString(); }

inline QVariant to(const QDateTime &v, ColumnKind kind)
{
    if (kind == ColumnKind::TimestampNotNull)
        return v.isValid() ? v.toMSecsSinceEpoch() : qint64(0); // 0: "not set yet" (create() puts now)
    return msOrNull(v);
}
inline void from(const QVariant &v, QDateTime *out) { *out = dateFromMs(v); }

inline QVariant to(bool v, ColumnKind) { return v ? 1 : 0; }
inline void from(const QVariant &v, bool *out) { *out = v.toBool(); }

// A plain number in a nullable column: 0 means "not known" (a width, a duration).
inline QVariant to(int v, ColumnKind kind)
{
    return kind == ColumnKind::Integer && v == 0 ? nullOf(kind) : QVariant(v);
}
inline void from(const QVariant &v, int *out) { *out = v.toInt(); }
inline QVariant to(qint64 v, ColumnKind kind)
{
    return kind == ColumnKind::Integer && v == 0 ? nullOf(kind) : QVariant(v);
}
inline void from(const QVariant &v, qint64 *out) { *out = v.toLongLong(); }

inline QVariant to(const std::optional<int> &v, ColumnKind kind) { return v ? QVariant(*v) : nullOf(kind); }
inline void from(const QVariant &v, std::optional<int> *out)
{
    *out = v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

inline QVariant to(Platforms v, ColumnKind) { return int(v.toInt()); }
inline void from(const QVariant &v, Platforms *out) { *out = Platforms::fromInt(v.toInt()); }

inline QVariant to(const QStringList &v, ColumnKind) { return jsonList(v); }
inline void from(const QVariant &v, QStringList *out) { *out = listFromJson(v); }

inline QVariant to(const QJsonObject &v, ColumnKind) { return jsonObject(v); }
inline void from(const QVariant &v, QJsonObject *out) { *out = objectFromJson(v); }

} // namespace column_value

// A synced type and how the members of its domain struct T fill its
// columns. T has `id`, `createdAt`, `updatedAt` and `sync` (SyncFields).
// One function per type builds it (models/store/types/), once.
template <class T>
class SyncedType : public SyncedTable
{
public:
    using Get = std::function<QVariant(const T &)>;
    using Set = std::function<void(T &, const QVariant &)>;

    using SyncedTable::SyncedTable;

    // A column filled from a member, converted by its type.
    template <class M>
    ColumnDecl &add(const char *name, M T::*member, ColumnKind kind, int flags = 0, const char *label = nullptr)
    {
        return add(name, kind, flags, label,
                   [member, kind](const T &t) { return column_value::to(t.*member, kind); },
                   [member](T &t, const QVariant &v) { column_value::from(v, &(t.*member)); });
    }
    // A column with its own conversion (an enum's key, a nested member).
    ColumnDecl &add(const char *name, ColumnKind kind, int flags, const char *label, Get get, Set set)
    {
        ColumnDecl c;
        c.name = QString::fromLatin1(name);
        c.kind = kind;
        c.flags = flags;
        c.label = label;
        m_get.push_back(std::move(get));
        m_set.push_back(std::move(set));
        return addColumn(std::move(c));
    }
    // created_at and updated_at, which every synced type has.
    void addTimes()
    {
        add("created_at", &T::createdAt, ColumnKind::TimestampNotNull, Required);
        add("updated_at", &T::updatedAt, ColumnKind::TimestampNotNull, Required);
    }
    void addChild(ChildList list, const char *field, QStringList T::*member, const char *label, bool pushed = true)
    {
        addChildList({std::move(list), QString::fromLatin1(field), label, pushed});
        m_children.push_back(member);
    }

    // T as a row of allColumns(), and back.
    EntityRow toRow(const T &t) const
    {
        EntityRow row;
        row.id = t.id;
        row.version = t.sync.version;
        row.dirty = t.sync.dirty;
        row.deleted = t.sync.deleted;
        row.conflict = t.sync.conflict;
        row.values.reserve(qsizetype(m_get.size()));
        for (const Get &get : m_get)
            row.values << get(t);
        for (QStringList T::*member : m_children)
            row.children << t.*member;
        return row;
    }
    T fromRow(const EntityRow &row) const
    {
        T t;
        t.id = row.id;
        t.sync.version = row.version;
        t.sync.dirty = row.dirty;
        t.sync.deleted = row.deleted;
        t.sync.conflict = row.conflict;
        for (std::size_t i = 0; i < m_set.size(); ++i)
            m_set[i](t, row.values.value(qsizetype(i)));
        for (std::size_t i = 0; i < m_children.size(); ++i)
            t.*m_children[i] = row.children.value(qsizetype(i));
        return t;
    }

private:
    std::vector<Get> m_get;
    std::vector<Set> m_set;
    std::vector<QStringList T::*> m_children;
};

// The one instance of a declaration: built on first use, then shared by
// every thread (a function-local static). `Declare` returns the SyncedType.
template <auto Declare>
const auto &declaredOnce()
{
    static const auto type = Declare();
    return type;
}

} // namespace pitchside::store
