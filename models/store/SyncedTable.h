#pragma once

#include "EntityTable.h"

#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <vector>

namespace pitchside::store {

// What a column holds, as the store writes it (resources/migrations).
enum class ColumnKind {
    Text,             // TEXT or NULL (an empty text is stored as NULL)
    TextNotNull,      // TEXT ('' for nothing)
    Integer,          // INTEGER or NULL
    IntegerNotNull,   // INTEGER
    Bool,             // 0 / 1
    Timestamp,        // ms since the epoch, UTC, or NULL
    TimestampNotNull, // ms since the epoch, UTC
    PlatformMask,     // bit mask of models/Platform.h
    JsonArray,        // compact JSON text, '[]' for none
    JsonObject,       // compact JSON text, '{}' for none
};

enum ColumnFlag {
    Required = 1,   // always has a value; a server item without it is refused
    Pushed = 2,     // people change it here, and the change is sent to the server
    CreateOnly = 4, // given when the item is created, never changed once the server has it
    LocalOnly = 8,  // this computer's own bookkeeping: never pulled, never pushed
};

enum Operation {
    CanCreate = 1,
    CanUpdate = 2,
    CanDelete = 4,
};

// One data column of a synced table. The builders return the column so that
// the rarer properties read as a sentence: add(...).references("profile").
struct ColumnDecl
{
    QString name;
    ColumnKind kind = ColumnKind::Text;
    int flags = 0;
    // The outbox's name for a change of this column, which is also the
    // top-level key the server knows it by: the column's name, or a group
    // (a match's home_name, home_logo_url and home_club_id all change
    // "home_team"). sync/ checks that its wire mapping agrees.
    QString field;
    const char *label = nullptr; // QT_TRANSLATE_NOOP("SyncField", …): shown when comparing versions
    QStringList allowed;         // values the table's CHECK accepts (as text); others refuse a server item
    QString referencedType;      // the synced type an id (or a JSON array of ids) names, to show its name
    QString (*spoken)(const QString &stored) = nullptr; // a stored key in people's words ("draft" -> "Brouillon")

    ColumnDecl &inField(const char *f)
    {
        field = QString::fromLatin1(f);
        return *this;
    }
    ColumnDecl &references(const char *type)
    {
        referencedType = QString::fromLatin1(type);
        return *this;
    }
    ColumnDecl &oneOf(QStringList values)
    {
        allowed = std::move(values);
        return *this;
    }
    ColumnDecl &saidAs(QString (*words)(const QString &))
    {
        spoken = words;
        return *this;
    }
    bool is(ColumnFlag flag) const { return (flags & flag) != 0; }
};

// An ordered list of ids kept in a child table (a post's media_ids).
struct ChildDecl
{
    ChildList list;
    QString field; // its name in the outbox, and its key on the server
    const char *label = nullptr;
    bool pushed = true;
};

// A synced type, declared once: its table, every data column with what it
// means for sync, its child lists, what people may do with it, and how it is
// named to them. The generic repository (SyncedRows) writes from it, the
// outbox records its fields, the push builds bodies from it, the conflict
// resolver shows it, and sync/'s wire mapping refers to it
// (docs/architecture.md, "Adding a synced type").
//
// Every synced table also has `id` (the server's UUID) and the bookkeeping
// columns `version`, `dirty`, `deleted`, `conflict`; they are not declared.
class SyncedTable
{
public:
    SyncedTable(QString type, QString table, const char *displayName)
        : m_type(std::move(type)), m_table(std::move(table)), m_displayName(displayName)
    {
    }

    const QString &type() const { return m_type; }   // the feed's type name: "post"
    const QString &table() const { return m_table; } // "posts"

    int operations = 0;  // Operation flags: what people may do to it here
    QString titleColumn; // describes one item in lists ("content", "name")
    // Its pushed fields are marks that only move forward (a conversation
    // read up to a time, a notification read): a newer server copy is never
    // a conflict with them. The row takes the server's copy and keeps the
    // marks still waiting to be sent (sync/engine/OwnEcho).
    bool marksOnly = false;
    // Columns a copy made by "keep both" changes (a post copy becomes a draft).
    QVector<QPair<QString, QVariant>> copyOverrides;

    const std::vector<ColumnDecl> &columns() const { return m_columns; }
    const std::vector<ChildDecl> &children() const { return m_children; }
    const ColumnDecl *column(const QString &name) const;
    int columnIndex(const QString &name) const;

    // Every column of the table (for the repository), or only those a server
    // knows (for sync: LocalOnly left out).
    const EntityTable &allColumns() const { return m_all; }
    const EntityTable &syncedColumns() const { return m_synced; }

    // Fields people can change once the server has the item: what "send it
    // all again" means (an undone delete, "keep mine").
    QStringList editableFields() const;
    // The pushed fields in which two rows (of allColumns()) differ, in column order.
    QStringList changedFields(const EntityRow &a, const EntityRow &b) const;

    // Translated names, for people.
    QString name() const;
    QString fieldLabel(const QString &field) const;
    // A short description of a row of syncedColumns() ("Victoire 3-1 contre…").
    QString describe(const EntityRow &syncedRow) const;

    // Where the declaration and the table in `db` disagree (a declared column
    // the migration did not create, a column of the table nobody declared,
    // a child table without its columns): one sentence each, none if sound.
    QStringList schemaProblems(QSqlDatabase &db) const;

    static bool sameValue(const QVariant &a, const QVariant &b);

protected:
    ColumnDecl &addColumn(ColumnDecl column);
    void addChildList(ChildDecl child);

private:
    void rebuildTables();

    QString m_type;
    QString m_table;
    const char *m_displayName = nullptr;
    std::vector<ColumnDecl> m_columns;
    std::vector<ChildDecl> m_children;
    EntityTable m_all;
    EntityTable m_synced;
};

} // namespace pitchside::store
