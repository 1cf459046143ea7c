#include "Outbox.h"

#include "OutboxRow.h"
#include "SqlValues.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace pitchside::store {

using outbox_row::fieldsPayload;

QString Outbox::opKey(Op op)
{
    switch (op) {
    case Op::Create:
        return QStringLiteral("create");
    case Op::Update:
        return QStringLiteral("update");
    case Op::Delete:
        return QStringLiteral("delete");
    case Op::Command:
        return QStringLiteral("command");
    }
    return {};
}

QString Outbox::stateKey(State state)
{
    switch (state) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Inflight:
        return QStringLiteral("inflight");
    case State::Parked:
        return QStringLiteral("parked");
    case State::Conflict:
        return QStringLiteral("conflict");
    }
    return {};
}

StoreError Outbox::recordCreate(const QString &type, const QString &id)
{
    if (!m_create) {
        auto prepared = std::make_shared<QSqlQuery>(m_db);
        if (!prepared->prepare(QStringLiteral("INSERT INTO outbox (entity_type, entity_id, op, payload, base_version, "
                                              "idempotency_key, created_at) VALUES (?, ?, 'create', '{}', 0, ?, ?)")))
            return StoreError::queryFailed(*prepared);
        m_create = std::move(prepared);
    }
    QSqlQuery &q = *m_create;
    q.addBindValue(type);
    q.addBindValue(id);
    q.addBindValue(newUuid());
    q.addBindValue(nowMs());
    return q.exec() ? StoreError{} : StoreError::queryFailed(q);
}

StoreError Outbox::recordUpdate(const QString &type, const QString &id, const QStringList &fields,
                                qint64 baseVersion)
{
    // The newest entry of this entity can absorb the change unless it is on the wire.
    const QVector<Entry> waiting = entriesFor(type, id);
    if (!waiting.isEmpty() && waiting.constFirst().state != State::Inflight) {
        const Entry &e = waiting.constFirst();
        if (e.op == Op::Command)
            return insertUpdate(type, id, fields, baseVersion); // the edit follows the action, never inside it
        if (e.op == Op::Delete)
            return {StoreError::Kind::NotFound, QStringLiteral("entity is being deleted")};
        if (e.op == Op::Create && e.state != State::Parked)
            return {}; // the create will send the current row
        QStringList merged = e.fields;
        for (const QString &f : fields) {
            if (!merged.contains(f))
                merged << f;
        }
        QSqlQuery q(m_db);
        // A parked entry the user edits gets another chance: the edit may be the fix.
        q.prepare(QStringLiteral("UPDATE outbox SET payload = ?, "
                                 "state = CASE state WHEN 'parked' THEN 'pending' ELSE state END, "
                                 "attempts = CASE state WHEN 'parked' THEN 0 ELSE attempts END, "
                                 "next_attempt_at = CASE state WHEN 'parked' THEN 0 ELSE next_attempt_at END, "
                                 "last_error = CASE state WHEN 'parked' THEN NULL ELSE last_error END "
                                 "WHERE seq = ?"));
        q.addBindValue(e.op == Op::Create ? QStringLiteral("{}") : fieldsPayload(merged));
        q.addBindValue(e.seq);
        return q.exec() ? StoreError{} : StoreError::queryFailed(q);
    }
    return insertUpdate(type, id, fields, baseVersion);
}

StoreError Outbox::insertUpdate(const QString &type, const QString &id, const QStringList &fields, qint64 baseVersion)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO outbox (entity_type, entity_id, op, payload, base_version, "
                             "idempotency_key, created_at) VALUES (?, ?, 'update', ?, ?, ?, ?)"));
    q.addBindValue(type);
    q.addBindValue(id);
    q.addBindValue(fieldsPayload(fields));
    q.addBindValue(baseVersion);
    q.addBindValue(newUuid());
    q.addBindValue(nowMs());
    return q.exec() ? StoreError{} : StoreError::queryFailed(q);
}

StoreError Outbox::recordDelete(const QString &type, const QString &id, qint64 baseVersion,
                                DeleteOutcome *outcome)
{
    const QVector<Entry> waiting = entriesFor(type, id);
    bool neverSent = false;
    for (const Entry &e : waiting) {
        // A create never put on the wire, or refused for good, never made a server copy.
        if (e.op == Op::Create && ((e.attempts == 0 && e.state == State::Pending) || e.state == State::Parked))
            neverSent = true;
    }

    QSqlQuery q(m_db);
    // Waiting updates are moot once the entity goes; entries on the wire stay.
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE entity_type = ? AND entity_id = ? AND state != 'inflight'"));
    q.addBindValue(type);
    q.addBindValue(id);
    if (!q.exec())
        return StoreError::queryFailed(q);

    if (neverSent && std::none_of(waiting.begin(), waiting.end(),
                                  [](const Entry &e) { return e.state == State::Inflight; })) {
        *outcome = DeleteOutcome::NeverSynced;
        return {};
    }

    q.prepare(QStringLiteral("INSERT INTO outbox (entity_type, entity_id, op, payload, base_version, "
                             "idempotency_key, created_at) VALUES (?, ?, 'delete', '{}', ?, ?, ?)"));
    q.addBindValue(type);
    q.addBindValue(id);
    q.addBindValue(baseVersion);
    q.addBindValue(newUuid());
    q.addBindValue(nowMs());
    if (!q.exec())
        return StoreError::queryFailed(q);
    *outcome = DeleteOutcome::Queued;
    return {};
}

StoreError Outbox::recordCommand(const QString &type, const QString &id, const QString &command,
                                 const QJsonObject &body)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO outbox (entity_type, entity_id, op, payload, base_version, "
                             "idempotency_key, created_at) VALUES (?, ?, 'command', ?, 0, ?, ?)"));
    q.addBindValue(type);
    q.addBindValue(id);
    q.addBindValue(outbox_row::commandPayload(command, body));
    q.addBindValue(newUuid());
    q.addBindValue(nowMs());
    return q.exec() ? StoreError{} : StoreError::queryFailed(q);
}

int Outbox::count() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT count(*) FROM outbox")) && q.next() ? q.value(0).toInt() : 0;
}

int Outbox::countInState(State state) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE state = ?"));
    q.addBindValue(stateKey(state));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

static QVector<Outbox::Entry> readEntries(QSqlQuery &q)
{
    QVector<Outbox::Entry> out;
    while (q.next())
        out.push_back(outbox_row::read(q));
    return out;
}

QVector<Outbox::Entry> Outbox::entries(int limit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM outbox ORDER BY seq LIMIT ?").arg(QLatin1String(outbox_row::kColumns)));
    q.addBindValue(limit);
    if (!q.exec())
        return {};
    return readEntries(q);
}

QVector<Outbox::Entry> Outbox::entriesFor(const QString &type, const QString &id) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Newest first: the entry that can absorb a new change is the last one.
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE entity_type = ? AND entity_id = ? ORDER BY seq DESC")
                  .arg(QLatin1String(outbox_row::kColumns)));
    q.addBindValue(type);
    q.addBindValue(id);
    if (!q.exec())
        return {};
    return readEntries(q);
}

} // namespace pitchside::store
