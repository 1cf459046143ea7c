#include "SyncedTable.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace pitchside::store {

namespace {

const QStringList &bookkeepingColumns()
{
    static const QStringList columns{QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("dirty"),
                                     QStringLiteral("deleted"), QStringLiteral("conflict")};
    return columns;
}

QSet<QString> tableColumns(QSqlDatabase &db, const QString &table)
{
    QSet<QString> names;
    QSqlQuery q(db);
    // PRAGMA arguments cannot be bound; the name comes from a declaration, not from people.
    if (q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table))) {
        while (q.next())
            names.insert(q.value(1).toString());
    }
    return names;
}

} // namespace

const ColumnDecl *SyncedTable::column(const QString &name) const
{
    for (const ColumnDecl &c : m_columns) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

int SyncedTable::columnIndex(const QString &name) const
{
    return m_all.columnIndex(name);
}

ColumnDecl &SyncedTable::addColumn(ColumnDecl column)
{
    if (column.field.isEmpty())
        column.field = column.name;
    m_columns.push_back(std::move(column));
    rebuildTables();
    return m_columns.back();
}

void SyncedTable::addChildList(ChildDecl child)
{
    m_children.push_back(std::move(child));
    rebuildTables();
}

void SyncedTable::rebuildTables()
{
    m_all = {};
    m_all.type = m_type;
    m_all.table = m_table;
    m_synced = m_all;
    for (const ColumnDecl &c : m_columns) {
        m_all.columns << c.name;
        if (!c.is(LocalOnly))
            m_synced.columns << c.name;
    }
    for (const ChildDecl &c : m_children) {
        m_all.children << c.list;
        m_synced.children << c.list;
    }
}

QStringList SyncedTable::editableFields() const
{
    QStringList fields;
    for (const ColumnDecl &c : m_columns) {
        if (c.is(Pushed) && !c.is(CreateOnly) && !fields.contains(c.field))
            fields << c.field;
    }
    for (const ChildDecl &c : m_children) {
        if (c.pushed)
            fields << c.field;
    }
    return fields;
}

bool SyncedTable::sameValue(const QVariant &a, const QVariant &b)
{
    // A typed null equals the default value of its type for QVariant's ==
    // (NULL == 0): "no rating" and a rating of 0 must differ.
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a == b;
}

QStringList SyncedTable::changedFields(const EntityRow &a, const EntityRow &b) const
{
    QStringList fields;
    for (int i = 0; i < int(m_columns.size()); ++i) {
        const ColumnDecl &c = m_columns.at(std::size_t(i));
        if (c.is(Pushed) && !sameValue(a.values.value(i), b.values.value(i)) && !fields.contains(c.field))
            fields << c.field;
    }
    for (int i = 0; i < int(m_children.size()); ++i) {
        if (m_children.at(std::size_t(i)).pushed && a.children.value(i) != b.children.value(i))
            fields << m_children.at(std::size_t(i)).field;
    }
    return fields;
}

QString SyncedTable::name() const
{
    return m_displayName ? QCoreApplication::translate("SyncEntity", m_displayName) : m_type;
}

QString SyncedTable::fieldLabel(const QString &field) const
{
    for (const ColumnDecl &c : m_columns) {
        if (c.field == field && c.label)
            return QCoreApplication::translate("SyncField", c.label);
    }
    for (const ChildDecl &c : m_children) {
        if (c.field == field && c.label)
            return QCoreApplication::translate("SyncField", c.label);
    }
    return field;
}

QString SyncedTable::describe(const EntityRow &syncedRow) const
{
    const int index = m_synced.columnIndex(titleColumn);
    QString text = index >= 0 ? syncedRow.values.value(index).toString().simplified() : QString();
    if (text.size() > 60)
        text = text.left(59) + QStringLiteral("…");
    return text.isEmpty() ? name() : text;
}

QStringList SyncedTable::schemaProblems(QSqlDatabase &db) const
{
    QStringList problems;
    const QSet<QString> actual = tableColumns(db, m_table);
    if (actual.isEmpty())
        return {QStringLiteral("%1: no table %2 in the store").arg(m_type, m_table)};
    QSet<QString> declared(bookkeepingColumns().cbegin(), bookkeepingColumns().cend());
    for (const ColumnDecl &c : m_columns)
        declared.insert(c.name);
    for (const QString &c : declared) {
        if (!actual.contains(c))
            problems << QStringLiteral("%1: column %2.%3 is declared but the table has none").arg(m_type, m_table, c);
    }
    for (const QString &c : actual) {
        if (!declared.contains(c))
            problems << QStringLiteral("%1: column %2.%3 is in the table but not declared (it would never sync; "
                                       "declare it, LocalOnly if only this computer knows it)")
                            .arg(m_type, m_table, c);
    }
    for (const ChildDecl &child : m_children) {
        const QSet<QString> childColumns = tableColumns(db, child.list.table);
        for (const QString &c : {child.list.parentColumn, child.list.valueColumn, child.list.positionColumn}) {
            if (!childColumns.contains(c))
                problems << QStringLiteral("%1: child list %2 has no column %3").arg(m_type, child.list.table, c);
        }
    }
    if (!titleColumn.isEmpty() && m_synced.columnIndex(titleColumn) < 0)
        problems << QStringLiteral("%1: title column %2 is not a synced column").arg(m_type, titleColumn);
    for (const auto &o : copyOverrides) {
        if (columnIndex(o.first) < 0)
            problems << QStringLiteral("%1: a copy overrides %2, which is not declared").arg(m_type, o.first);
    }
    problems.sort();
    return problems;
}

} // namespace pitchside::store
