#include "PushQueue.h"

#include "OutboxRow.h"
#include "SqlValues.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace pitchside::store {

namespace {

// A media item is created by its upload (sync/uploads and migration 0004),
// never by a push: its create entry waits for the upload queue, which
// completes it. The pusher must not send it, and it must not wake the
// engine up as if it were due.
#define PITCHSIDE_NOT_PUSHED "NOT (entity_type = 'media' AND op = 'create')"

StoreError exec(QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    return q.exec() ? StoreError{} : StoreError::queryFailed(q);
}

} // namespace

using outbox_row::fieldsPayload;

QVector<PushQueue::Item> PushQueue::select(const QString &where, const QVariantList &binds, int limit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE %2 ORDER BY seq LIMIT %3")
                  .arg(QLatin1String(outbox_row::kColumns), where)
                  .arg(limit));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    QVector<Item> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        Item it;
        QJsonObject payload;
        it.entry = outbox_row::read(q, &payload);
        it.errorCode = outbox_row::errorCode(q);
        if (payload.contains(QStringLiteral("if_match"))) {
            it.sentBody = payload.value(QStringLiteral("sent")).toString().toUtf8();
            it.sentIfMatch = qint64(payload.value(QStringLiteral("if_match")).toDouble());
            it.sentRoute = payload.value(QStringLiteral("route")).toString();
        }
        out.push_back(it);
    }
    return out;
}

QVector<PushQueue::Item> PushQueue::all(int limit) const
{
    return select(QStringLiteral("1"), {}, limit);
}

QVector<PushQueue::Item> PushQueue::waiting(int limit) const
{
    return select(QStringLiteral("state IN ('pending','inflight') AND " PITCHSIDE_NOT_PUSHED), {}, limit);
}

std::optional<PushQueue::Item> PushQueue::get(qint64 seq) const
{
    const QVector<Item> items = select(QStringLiteral("seq = ?"), {seq});
    if (items.isEmpty())
        return std::nullopt;
    return items.constFirst();
}

QVector<PushQueue::Item> PushQueue::forEntity(const QString &type, const QString &id) const
{
    return select(QStringLiteral("entity_type = ? AND entity_id = ?"), {type, id});
}

qint64 PushQueue::nextDueAtMs() const
{
    QSqlQuery q(m_db);
    // Entries held back by a refused or conflicting earlier change of the
    // same entity are not "due": they wait for the user, not for a timer.
    if (q.exec(QStringLiteral(
            "SELECT min(o.next_attempt_at), count(*) FROM outbox o WHERE o.state IN ('pending','inflight') "
            "AND " PITCHSIDE_NOT_PUSHED " "
            "AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.entity_type = o.entity_type AND p.entity_id = o.entity_id "
            "AND p.seq < o.seq AND p.state IN ('parked','conflict'))"))
        && q.next() && q.value(1).toInt() > 0)
        return qMax<qint64>(1, q.value(0).toLongLong());
    return 0;
}

int PushQueue::countDue(qint64 nowMs) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE state IN ('pending','inflight') AND next_attempt_at <= ? "
                             "AND " PITCHSIDE_NOT_PUSHED));
    q.addBindValue(nowMs);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

int PushQueue::countWaiting() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE state IN ('pending','inflight')")) && q.next()
               ? q.value(0).toInt()
               : 0;
}

StoreError PushQueue::freeze(qint64 seq, const QByteArray &body, qint64 ifMatch, const QString &route)
{
    const std::optional<Item> item = get(seq);
    if (!item)
        return {StoreError::Kind::NotFound};
    QJsonObject payload;
    payload.insert(QStringLiteral("fields"), QJsonArray::fromStringList(item->entry.fields));
    if (!item->entry.commandBody.isEmpty())
        payload.insert(QStringLiteral("command_body"), QString::fromUtf8(item->entry.commandBody));
    payload.insert(QStringLiteral("sent"), QString::fromUtf8(body));
    payload.insert(QStringLiteral("if_match"), double(ifMatch));
    if (!route.isEmpty())
        payload.insert(QStringLiteral("route"), route);
    return exec(m_db, QStringLiteral("UPDATE outbox SET state = 'inflight', payload = ? WHERE seq = ?"),
                {jsonObject(payload), seq});
}

StoreError PushQueue::complete(qint64 seq)
{
    return exec(m_db, QStringLiteral("DELETE FROM outbox WHERE seq = ?"), {seq});
}

StoreError PushQueue::retryLater(qint64 seq, int attempts, qint64 nextAttemptAtMs, const QString &error,
                                 const QString &code, bool keepFrozen)
{
    if (keepFrozen) {
        return exec(m_db,
                    QStringLiteral("UPDATE outbox SET attempts = ?, next_attempt_at = ?, last_error = ?, "
                                   "error_code = ? WHERE seq = ?"),
                    {attempts, nextAttemptAtMs, error, code, seq});
    }
    // A definite answer: nothing was applied, so the entry may absorb later
    // edits again and will be rebuilt from the row.
    const std::optional<Item> item = get(seq);
    if (!item)
        return {StoreError::Kind::NotFound};
    return exec(m_db,
                QStringLiteral("UPDATE outbox SET state = 'pending', payload = ?, attempts = ?, next_attempt_at = ?, "
                               "last_error = ?, error_code = ? WHERE seq = ?"),
                {fieldsPayload(item->entry.fields), attempts, nextAttemptAtMs, error, code, seq});
}

StoreError PushQueue::park(qint64 seq, const QString &error, const QString &code)
{
    const std::optional<Item> item = get(seq);
    if (!item)
        return {StoreError::Kind::NotFound};
    return exec(m_db,
                QStringLiteral("UPDATE outbox SET state = 'parked', payload = ?, last_error = ?, error_code = ?, "
                               "attempts = attempts + 1 WHERE seq = ?"),
                {fieldsPayload(item->entry.fields), error, code, seq});
}

StoreError PushQueue::markConflict(const QString &type, const QString &id)
{
    return exec(m_db,
                QStringLiteral("UPDATE outbox SET state = 'conflict', error_code = 'CONFLICT' "
                               "WHERE entity_type = ? AND entity_id = ?"),
                {type, id});
}

bool PushQueue::othersWaiting(const QString &type, const QString &id, qint64 exceptSeq) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM outbox WHERE entity_type = ? AND entity_id = ? AND seq != ? LIMIT 1"));
    q.addBindValue(type);
    q.addBindValue(id);
    q.addBindValue(exceptSeq);
    return q.exec() && q.next();
}

StoreError PushQueue::convertToUpdate(qint64 seq, const QStringList &fields)
{
    return exec(m_db,
                QStringLiteral("UPDATE outbox SET op = 'update', state = 'pending', payload = ?, "
                               "idempotency_key = ?, next_attempt_at = 0 WHERE seq = ?"),
                {fieldsPayload(fields), newUuid(), seq});
}

StoreError PushQueue::rotateKey(qint64 seq)
{
    const std::optional<Item> item = get(seq);
    if (!item)
        return {StoreError::Kind::NotFound};
    return exec(m_db,
                QStringLiteral("UPDATE outbox SET state = 'pending', payload = ?, idempotency_key = ? WHERE seq = ?"),
                {fieldsPayload(item->entry.fields), newUuid(), seq});
}

namespace {

// Keep mine: the entity's changes are made again, and the actions asked
// for meanwhile (a campaign's "send") still follow them, in their order
// and with their keys (one of them may have reached the server).
StoreError dropChangesKeepingCommands(QSqlDatabase &db, const QString &type, const QString &id)
{
    return exec(db, QStringLiteral("DELETE FROM outbox WHERE entity_type = ? AND entity_id = ? AND op != 'command'"),
                {type, id});
}

StoreError commandsLast(QSqlDatabase &db, const QString &type, const QString &id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT seq FROM outbox WHERE entity_type = ? AND entity_id = ? AND op = 'command' "
                             "ORDER BY seq"));
    q.addBindValue(type);
    q.addBindValue(id);
    if (!q.exec())
        return StoreError::queryFailed(q);
    QVector<qint64> seqs;
    while (q.next())
        seqs << q.value(0).toLongLong();
    for (qint64 seq : seqs) {
        if (StoreError e = exec(db,
                                QStringLiteral("UPDATE outbox SET seq = (SELECT max(seq) + 1 FROM outbox), "
                                               "state = CASE state WHEN 'conflict' THEN 'pending' ELSE state END "
                                               "WHERE seq = ?"),
                                {seq}))
            return e;
    }
    return {};
}

} // namespace

StoreError PushQueue::reopenAsUpdate(const QString &type, const QString &id, const QStringList &fields)
{
    if (StoreError e = dropChangesKeepingCommands(m_db, type, id))
        return e;
    if (StoreError e = exec(m_db,
                            QStringLiteral("INSERT INTO outbox (entity_type, entity_id, op, payload, base_version, "
                                           "idempotency_key, created_at) VALUES (?, ?, 'update', ?, 0, ?, ?)"),
                            {type, id, fieldsPayload(fields), newUuid(), nowMs()}))
        return e;
    return commandsLast(m_db, type, id);
}

StoreError PushQueue::reopenAsDelete(const QString &type, const QString &id)
{
    if (StoreError e = dropEntity(type, id))
        return e;
    return exec(m_db,
                QStringLiteral("INSERT INTO outbox (entity_type, entity_id, op, payload, base_version, "
                               "idempotency_key, created_at) VALUES (?, ?, 'delete', '{}', 0, ?, ?)"),
                {type, id, newUuid(), nowMs()});
}

StoreError PushQueue::reopenAsCreate(const QString &type, const QString &id)
{
    if (StoreError e = dropChangesKeepingCommands(m_db, type, id))
        return e;
    if (StoreError e = exec(m_db,
                            QStringLiteral("INSERT INTO outbox (entity_type, entity_id, op, payload, base_version, "
                                           "idempotency_key, created_at) VALUES (?, ?, 'create', '{}', 0, ?, ?)"),
                            {type, id, newUuid(), nowMs()}))
        return e;
    return commandsLast(m_db, type, id);
}

StoreError PushQueue::dropEntity(const QString &type, const QString &id)
{
    return exec(m_db, QStringLiteral("DELETE FROM outbox WHERE entity_type = ? AND entity_id = ?"), {type, id});
}

StoreError PushQueue::retryNow(qint64 seq, bool includeParked)
{
    QString sql = QStringLiteral(
        "UPDATE outbox SET state = CASE state WHEN 'parked' THEN 'pending' ELSE state END, "
        "attempts = CASE state WHEN 'parked' THEN 0 ELSE attempts END, next_attempt_at = 0 "
        "WHERE state IN ('pending','inflight'%1)")
                      .arg(includeParked ? QStringLiteral(",'parked'") : QString());
    if (seq == 0)
        return exec(m_db, sql, {});
    return exec(m_db, sql + QStringLiteral(" AND seq = ?"), {seq});
}

} // namespace pitchside::store
