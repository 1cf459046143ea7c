#pragma once

#include "EntityTable.h"
#include "Outbox.h"
#include "StoreError.h"
#include "SyncedTable.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

#include <functional>
#include <optional>

namespace pitchside::store {

class ChangeHub;

// The writes every synced type shares, on rows of its declaration's
// allColumns(): each one writes the row and its outbox entry in one
// transaction and announces the change on the hub after the commit. A
// type's own repository adds its queries and domain rules around them.
class SyncedRows
{
public:
    SyncedRows(QSqlDatabase &db, ChangeHub *hub, const SyncedTable &table);

    const SyncedTable &table() const { return m_table; }

    std::optional<EntityRow> find(const QString &id) const;
    // Rows chosen by `where` (SQL after WHERE, with `?` for binds, and maybe
    // an ORDER BY / LIMIT); `where` is written by a repository, never by people.
    QVector<EntityRow> select(const QString &where, const QVariantList &binds = {}) const;

    // A new item: an id when it has none, created/updated now, dirty, and its
    // outbox create.
    StoreError create(EntityRow &row);
    // Many new items in one transaction (all or none), announced once: an
    // import. `progress(done)` every 256 rows; `cancelled()` true rolls back
    // (detail "cancelled").
    StoreError createMany(QVector<EntityRow> &rows, const std::function<void(int)> &progress = {},
                          const std::function<bool()> &cancelled = {});

    // `edit` gets the stored row and fills `before` (the stored row as the
    // caller's conversion sees it) and `after` (the edited row); an error it
    // returns cancels the update. Only what people may change is kept:
    // server-owned and LocalOnly columns stay as stored, CreateOnly ones once
    // the server has the item. No change: nothing is written or queued.
    using Edit = std::function<StoreError(const EntityRow &stored, EntityRow &before, EntityRow &after)>;
    StoreError update(const QString &id, const Edit &edit);

    // `mayRemove` may refuse (a published post); `alongside` runs in the same
    // transaction (a media item's waiting upload goes with it).
    using Check = std::function<StoreError(const EntityRow &stored)>;
    StoreError remove(const QString &id, const Check &mayRemove = {}, const std::function<StoreError()> &alongside = {});

    // Undo of remove(): takes back a delete the server has not seen, else
    // brings the item back from `snapshot` (under a new id when the old one
    // may be gone from the server). `restoredId` is the id it lives under.
    StoreError restore(const EntityRow &snapshot, QString *restoredId = nullptr);

    // Inside a caller's transaction: the row and its child lists, no outbox.
    StoreError insert(const EntityRow &row);
    StoreError overwrite(const EntityRow &row);

    // Tells the hub (if any) after a commit: these items and the outbox changed.
    void announce(const QStringList &ids) const;

private:
    int updatedAtIndex() const;

    QSqlDatabase &m_db;
    ChangeHub *m_hub;
    const SyncedTable &m_table;
    EntityRows m_rows;
    Outbox m_outbox; // for creates: its statement is kept (bulk imports)

    // A new row's id, times and sync state.
    void prepareNew(EntityRow &row, qint64 now) const;
};

} // namespace pitchside::store
