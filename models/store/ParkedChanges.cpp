#include "ParkedChanges.h"

#include "Store.h"

#include <QSqlQuery>

namespace pitchside::store {

std::optional<ParkedChange> parkedChange(Store &store, const QString &entityType, const QString &entityId)
{
    QSqlQuery q(store.database().sql());
    // error_code comes with schema 2 (the sync engine's); the newest parked entry speaks.
    q.prepare(QStringLiteral("SELECT seq, error_code, last_error FROM outbox WHERE entity_type = ? AND entity_id = ? "
                             "AND state = 'parked' ORDER BY seq DESC LIMIT 1"));
    q.addBindValue(entityType);
    q.addBindValue(entityId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return ParkedChange{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
}

} // namespace pitchside::store
