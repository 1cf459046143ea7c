#include "UnreadableItems.h"

#include <QSqlQuery>

namespace pitchside::store {

StoreError UnreadableItems::record(const QString &type, const QString &id, const QString &reason, qint64 nowMs)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO unreadable_items (entity_type, entity_id, reason, first_seen_at, "
                             "last_tried_at, attempts) VALUES (?, ?, ?, ?, ?, 1) "
                             "ON CONFLICT(entity_type, entity_id) DO UPDATE SET reason = excluded.reason, "
                             "last_tried_at = excluded.last_tried_at, attempts = attempts + 1"));
    q.addBindValue(type);
    q.addBindValue(id);
    q.addBindValue(reason);
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    return q.exec() ? StoreError{} : StoreError::queryFailed(q);
}

StoreError UnreadableItems::forget(const QString &type, const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM unreadable_items WHERE entity_type = ? AND entity_id = ?"));
    q.addBindValue(type);
    q.addBindValue(id);
    return q.exec() ? StoreError{} : StoreError::queryFailed(q);
}

QVector<UnreadableItems::Item> UnreadableItems::all(int limit) const
{
    QVector<Item> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT entity_type, entity_id, reason, first_seen_at, last_tried_at, attempts "
                             "FROM unreadable_items ORDER BY first_seen_at, entity_type, entity_id LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                    q.value(4).toLongLong(), q.value(5).toInt()});
    return out;
}

int UnreadableItems::count() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT count(*) FROM unreadable_items")) && q.next() ? q.value(0).toInt() : 0;
}

} // namespace pitchside::store
