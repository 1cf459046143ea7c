#include "OutboxRevert.h"

#include "Outbox.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pitchside::store {

StoreError takeBackDelete(QSqlDatabase &db, const QString &entityType, const QString &entityId, bool *takenBack)
{
    *takenBack = false;
    const QVector<Outbox::Entry> entries = Outbox(db).entriesFor(entityType, entityId);
    if (entries.isEmpty())
        return {};
    const Outbox::Entry &newest = entries.constFirst();
    // Pending (never sent, or answered with a failure) and parked (refused)
    // deletes never took effect on the server; an inflight one may have.
    const bool untouched = newest.state == Outbox::State::Pending || newest.state == Outbox::State::Parked;
    if (newest.op != Outbox::Op::Delete || !untouched)
        return {};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE seq = ? AND state IN ('pending', 'parked')"));
    q.addBindValue(newest.seq);
    if (!q.exec())
        return StoreError::queryFailed(q);
    *takenBack = q.numRowsAffected() == 1;
    return {};
}

} // namespace pitchside::store
