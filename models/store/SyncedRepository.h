#pragma once

#include "SyncedRows.h"
#include "SyncedType.h"

namespace pitchside::store {

// SyncedRows for a domain struct: what a type's repository is made of. It
// reads and writes T through its declaration (SyncedType<T>), so a type's
// own repository only adds its queries and its rules.
template <class T>
class SyncedRepository
{
public:
    SyncedRepository(QSqlDatabase &db, ChangeHub *hub, const SyncedType<T> &type)
        : m_type(type), m_rows(db, hub, type)
    {
    }

    const SyncedType<T> &type() const { return m_type; }
    SyncedRows &rows() { return m_rows; }

    std::optional<T> find(const QString &id) const
    {
        const std::optional<EntityRow> row = m_rows.find(id);
        return row ? std::optional<T>(m_type.fromRow(*row)) : std::nullopt;
    }
    // See SyncedRows::select.
    QVector<T> select(const QString &where, const QVariantList &binds = {}) const
    {
        QVector<T> out;
        const QVector<EntityRow> rows = m_rows.select(where, binds);
        out.reserve(rows.size());
        for (const EntityRow &row : rows)
            out.push_back(m_type.fromRow(row));
        return out;
    }

    // Gives the item an id when it has none; `item` then holds the id, the
    // times and the sync state the store gave it.
    StoreError create(T &item)
    {
        EntityRow row = m_type.toRow(item);
        if (StoreError e = m_rows.create(row))
            return e;
        const T stored = m_type.fromRow(row);
        item.id = stored.id;
        item.createdAt = stored.createdAt;
        item.updatedAt = stored.updatedAt;
        item.sync = stored.sync;
        return {};
    }

    // Many new items in one transaction (SyncedRows::createMany); each
    // item then holds its id, times and sync state.
    StoreError createMany(QVector<T> &items, const std::function<void(int)> &progress = {},
                          const std::function<bool()> &cancelled = {})
    {
        QVector<EntityRow> rows;
        rows.reserve(items.size());
        for (const T &item : std::as_const(items))
            rows.push_back(m_type.toRow(item));
        if (StoreError e = m_rows.createMany(rows, progress, cancelled))
            return e;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const T stored = m_type.fromRow(rows.at(i));
            items[i].id = stored.id;
            items[i].createdAt = stored.createdAt;
            items[i].updatedAt = stored.updatedAt;
            items[i].sync = stored.sync;
        }
        return {};
    }

    // `check` may refuse the edited item (a rule) before anything is written.
    StoreError update(const QString &id, const std::function<void(T &)> &edit,
                      const std::function<StoreError(const T &before, const T &after)> &check = {})
    {
        return m_rows.update(id, [&](const EntityRow &stored, EntityRow &before, EntityRow &after) -> StoreError {
            const T original = m_type.fromRow(stored);
            T edited = original;
            edit(edited);
            if (check) {
                if (StoreError e = check(original, edited))
                    return e;
            }
            before = m_type.toRow(original);
            after = m_type.toRow(edited);
            return {};
        });
    }

    StoreError remove(const QString &id, const std::function<StoreError(const T &)> &mayRemove = {},
                      const std::function<StoreError()> &alongside = {})
    {
        SyncedRows::Check check;
        if (mayRemove)
            check = [&](const EntityRow &stored) { return mayRemove(m_type.fromRow(stored)); };
        return m_rows.remove(id, check, alongside);
    }

    StoreError restore(const T &snapshot, QString *restoredId = nullptr)
    {
        return m_rows.restore(m_type.toRow(snapshot), restoredId);
    }

    // The fields in which two versions of an item differ, as the outbox names them.
    QStringList changedFields(const T &a, const T &b) const
    {
        return m_type.changedFields(m_type.toRow(a), m_type.toRow(b));
    }

private:
    const SyncedType<T> &m_type;
    SyncedRows m_rows;
};

} // namespace pitchside::store
