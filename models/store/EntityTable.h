#pragma once

#include <functional>
#include <memory>

#include "StoreError.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVector>

#include <optional>

class QSqlQuery;

namespace pitchside::store {

// An ordered list that belongs to an entity and lives in its own table, like
// a post's media (post_media: post_id, media_id, position).
struct ChildList
{
    QString table;
    QString parentColumn;
    QString valueColumn;
    QString positionColumn;
};

// A synced table as the generic code (remote apply, push, conflicts) sees it.
// Every synced table follows the conventions of migration 0001: `id` TEXT
// primary key plus `version`, `dirty`, `deleted`, `conflict`. `columns` are
// the data columns the server owns; columns only this computer knows (a
// profile's position, a media item's local_path) are left out and so are
// never touched by a pull.
struct EntityTable
{
    QString type;  // the feed's type name ("post")
    QString table; // "posts"
    QStringList columns;
    QVector<ChildList> children;

    int columnIndex(const QString &column) const { return int(columns.indexOf(column)); }
};

// One entity's values: the data columns in EntityTable::columns order and
// each child list in EntityTable::children order.
struct EntityRow
{
    QString id;
    qint64 version = 0;
    QVariantList values;
    QVector<QStringList> children;
    bool dirty = false;
    bool deleted = false;
    bool conflict = false;
};

// Plain row access shared by the sync engine and the conflict resolver.
class EntityRows
{
public:
    EntityRows(QSqlDatabase &db, const EntityTable &table) : m_db(db), m_table(table) {}

    std::optional<EntityRow> find(const QString &id) const;
    // Rows chosen by `where` (the SQL after WHERE, binds as `?`; may end in
    // ORDER BY / LIMIT), children included. Written by repositories only.
    QVector<EntityRow> select(const QString &where, const QVariantList &binds = {}) const;

    // Overwrites the data columns (and the children, unless told not to) of
    // an existing row, or inserts it, with the given bookkeeping.
    StoreError write(const EntityRow &row, bool withChildren = true);
    // Removes a row and its children for good.
    StoreError erase(const QString &id);
    // Records the server version an entity's local copy now derives from,
    // never moving it backwards.
    StoreError raiseVersion(const QString &id, qint64 version);
    // Sets the version exactly (a conflict resolution rebases on the server's).
    StoreError setVersion(const QString &id, qint64 version);
    StoreError setFlags(const QString &id, bool dirty, bool conflict);
    StoreError writeChildren(const QString &id, const QVector<QStringList> &children);

private:
    QString selectColumns() const;
    EntityRow readRow(const class QSqlQuery &q) const;
    QVector<QStringList> readChildren(const QString &id) const;

    // Prepared once per EntityRows (a repository's life): a bulk write —
    // an import of 100,000 contacts, a pull of a big page — would otherwise
    // prepare the same statements for every row.
    // `slot` holds the statement `sql()` makes, prepared the first time.
    StoreError prepare(std::shared_ptr<QSqlQuery> &slot, const std::function<QString()> &sql);

    QSqlDatabase &m_db;
    const EntityTable &m_table;
    std::shared_ptr<QSqlQuery> m_upsert;
    QVector<std::shared_ptr<QSqlQuery>> m_childDeletes;
    QVector<std::shared_ptr<QSqlQuery>> m_childInserts;
};

} // namespace pitchside::store
