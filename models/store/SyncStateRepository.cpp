#include "SyncStateRepository.h"

#include <QSqlQuery>

namespace pitchside::store {

QVariant SyncStateRepository::value(const QString &key, const QVariant &fallback) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0) : fallback;
}

StoreError SyncStateRepository::setValue(const QString &key, const QVariant &value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value.toString());
    return q.exec() ? StoreError{} : StoreError::queryFailed(q);
}

} // namespace pitchside::store
