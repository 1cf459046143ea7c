#include "SyncedRows.h"

#include "ChangeHub.h"
#include "Outbox.h"
#include "OutboxRevert.h"
#include "SqlValues.h"
#include "Transaction.h"

#include <QSqlQuery>

namespace pitchside::store {

SyncedRows::SyncedRows(QSqlDatabase &db, ChangeHub *hub, const SyncedTable &table)
    : m_db(db), m_hub(hub), m_table(table), m_rows(db, table.allColumns()), m_outbox(db)
{
}

int SyncedRows::updatedAtIndex() const
{
    return m_table.columnIndex(QStringLiteral("updated_at"));
}

std::optional<EntityRow> SyncedRows::find(const QString &id) const
{
    return m_rows.find(id);
}

QVector<EntityRow> SyncedRows::select(const QString &where, const QVariantList &binds) const
{
    return m_rows.select(where, binds);
}

StoreError SyncedRows::insert(const EntityRow &row)
{
    return m_rows.write(row);
}

StoreError SyncedRows::overwrite(const EntityRow &row)
{
    return m_rows.write(row);
}

void SyncedRows::announce(const QStringList &ids) const
{
    if (!m_hub || ids.isEmpty())
        return;
    m_hub->notify(m_table.type(), ids);
    m_hub->notify(EntityType::Outbox);
}

void SyncedRows::prepareNew(EntityRow &row, qint64 now) const
{
    if (row.id.isEmpty())
        row.id = newUuid();
    const int created = m_table.columnIndex(QStringLiteral("created_at"));
    if (created >= 0 && (row.values.value(created).isNull() || row.values.value(created).toLongLong() <= 0))
        row.values[created] = now;
    if (const int updated = updatedAtIndex(); updated >= 0)
        row.values[updated] = now;
    row.version = 0;
    row.dirty = true;
    row.deleted = row.conflict = false;
}

StoreError SyncedRows::create(EntityRow &row)
{
    prepareNew(row, nowMs());
    Transaction tx(m_db);
    if (!tx.isActive())
        return StoreError::queryFailed(tx.lastError());
    if (StoreError e = insert(row))
        return e;
    if (StoreError e = m_outbox.recordCreate(m_table.type(), row.id))
        return e;
    if (!tx.commit())
        return StoreError::queryFailed(tx.lastError());
    announce({row.id});
    return {};
}

StoreError SyncedRows::createMany(QVector<EntityRow> &rows, const std::function<void(int)> &progress,
                                  const std::function<bool()> &cancelled)
{
    // One transaction and no savepoint per row: the rows are checked
    // before, and an error anywhere undoes them all.
    const qint64 now = nowMs();
    Transaction tx(m_db);
    if (!tx.isActive())
        return StoreError::queryFailed(tx.lastError());
    QStringList ids;
    ids.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (i % 256 == 0) {
            if (cancelled && cancelled())
                return {StoreError::Kind::Refused, QStringLiteral("cancelled")};
            if (progress && i > 0)
                progress(int(i));
        }
        EntityRow &row = rows[i];
        prepareNew(row, now);
        if (StoreError e = insert(row))
            return e;
        if (StoreError e = m_outbox.recordCreate(m_table.type(), row.id))
            return e;
        ids << row.id;
    }
    if (!tx.commit())
        return StoreError::queryFailed(tx.lastError());
    if (progress)
        progress(int(rows.size()));
    announce(ids);
    return {};
}

StoreError SyncedRows::update(const QString &id, const Edit &edit)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return StoreError::queryFailed(tx.lastError());
    const std::optional<EntityRow> stored = find(id);
    if (!stored || stored->deleted)
        return {StoreError::Kind::NotFound};
    EntityRow before = *stored;
    EntityRow after = *stored;
    if (StoreError e = edit(*stored, before, after))
        return e;

    // What people may not change stays as stored, on both sides of the
    // comparison, so that it neither changes nor counts as a change.
    const auto &columns = m_table.columns();
    for (int i = 0; i < int(columns.size()); ++i) {
        const ColumnDecl &c = columns.at(std::size_t(i));
        const bool fixed = !c.is(Pushed) || (c.is(CreateOnly) && stored->version > 0);
        if (fixed) {
            before.values[i] = stored->values.value(i);
            after.values[i] = stored->values.value(i);
        }
    }
    for (int i = 0; i < int(m_table.children().size()); ++i) {
        if (!m_table.children().at(std::size_t(i)).pushed)
            after.children[i] = before.children[i] = stored->children.value(i);
    }
    const QStringList fields = m_table.changedFields(before, after);
    if (fields.isEmpty())
        return {}; // nothing to save, nothing to sync

    after.id = stored->id;
    after.version = stored->version;
    after.deleted = false;
    after.conflict = stored->conflict;
    after.dirty = true;
    if (const int updated = updatedAtIndex(); updated >= 0)
        after.values[updated] = nowMs();
    const bool childrenChanged = after.children != stored->children;
    if (StoreError e = m_rows.write(after, childrenChanged))
        return e;
    if (StoreError e = Outbox(m_db).recordUpdate(m_table.type(), id, fields, stored->version))
        return e;
    if (!tx.commit())
        return StoreError::queryFailed(tx.lastError());
    announce({id});
    return {};
}

StoreError SyncedRows::remove(const QString &id, const Check &mayRemove, const std::function<StoreError()> &alongside)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return StoreError::queryFailed(tx.lastError());
    const std::optional<EntityRow> stored = find(id);
    if (!stored || stored->deleted)
        return {StoreError::Kind::NotFound};
    if (mayRemove) {
        if (StoreError e = mayRemove(*stored))
            return e;
    }
    Outbox::DeleteOutcome outcome;
    if (StoreError e = Outbox(m_db).recordDelete(m_table.type(), id, stored->version, &outcome))
        return e;
    if (outcome == Outbox::DeleteOutcome::NeverSynced) {
        if (StoreError e = m_rows.erase(id))
            return e;
    } else {
        // A tombstone until the server has the delete.
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE %1 SET deleted = 1, dirty = 1, updated_at = ? WHERE id = ?")
                      .arg(m_table.table()));
        q.addBindValue(nowMs());
        q.addBindValue(id);
        if (!q.exec())
            return StoreError::queryFailed(q);
    }
    if (alongside) {
        if (StoreError e = alongside())
            return e;
    }
    if (!tx.commit())
        return StoreError::queryFailed(tx.lastError());
    announce({id});
    return {};
}

StoreError SyncedRows::restore(const EntityRow &snapshot, QString *restoredId)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return StoreError::queryFailed(tx.lastError());
    EntityRow row = snapshot;
    const std::optional<EntityRow> existing = find(snapshot.id);
    if (existing && !existing->deleted)
        return {StoreError::Kind::Refused, QStringLiteral("not deleted")};
    bool takenBack = false;
    if (existing) {
        if (StoreError e = takeBackDelete(m_db, m_table.type(), row.id, &takenBack))
            return e;
    }
    if (const int updated = updatedAtIndex(); updated >= 0)
        row.values[updated] = nowMs();
    if (takenBack) {
        // The server still has it as it was; local edits the delete swept
        // from the outbox go out again as one update of every field.
        row.version = existing->version;
        row.deleted = false;
        row.conflict = existing->conflict;
        row.dirty = snapshot.dirty;
        if (StoreError e = m_rows.write(row))
            return e;
        if (snapshot.dirty) {
            if (StoreError e = Outbox(m_db).recordUpdate(m_table.type(), row.id, m_table.editableFields(), row.version))
                return e;
        }
    } else {
        // Gone for good (never synced), or its delete may already be on the
        // server: it comes back as a new item.
        if (existing)
            row.id = newUuid();
        row.version = 0;
        row.dirty = true;
        row.deleted = row.conflict = false;
        if (StoreError e = m_rows.write(row))
            return e;
        if (StoreError e = Outbox(m_db).recordCreate(m_table.type(), row.id))
            return e;
    }
    if (!tx.commit())
        return StoreError::queryFailed(tx.lastError());
    if (restoredId)
        *restoredId = row.id;
    announce({row.id});
    return {};
}

} // namespace pitchside::store
