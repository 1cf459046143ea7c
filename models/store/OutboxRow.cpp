#include "OutboxRow.h"

#include "SqlValues.h"

#include <QJsonArray>

namespace pitchside::store::outbox_row {

Outbox::Op opFromKey(const QString &key)
{
    if (key == u"update")
        return Outbox::Op::Update;
    if (key == u"delete")
        return Outbox::Op::Delete;
    if (key == u"command")
        return Outbox::Op::Command;
    return Outbox::Op::Create;
}

Outbox::State stateFromKey(const QString &key)
{
    if (key == u"inflight")
        return Outbox::State::Inflight;
    if (key == u"parked")
        return Outbox::State::Parked;
    if (key == u"conflict")
        return Outbox::State::Conflict;
    return Outbox::State::Pending;
}

QString fieldsPayload(const QStringList &fields)
{
    QJsonObject o;
    o.insert(QStringLiteral("fields"), QJsonArray::fromStringList(fields));
    return jsonObject(o);
}

QString commandPayload(const QString &command, const QJsonObject &body)
{
    QJsonObject o;
    o.insert(QStringLiteral("fields"), QJsonArray{command});
    o.insert(QStringLiteral("command_body"), jsonObject(body));
    return jsonObject(o);
}

Outbox::Entry read(const QSqlQuery &q, QJsonObject *payload)
{
    Outbox::Entry e;
    e.seq = q.value(0).toLongLong();
    e.entityType = q.value(1).toString();
    e.entityId = q.value(2).toString();
    e.op = opFromKey(q.value(3).toString());
    const QJsonObject body = objectFromJson(q.value(4));
    for (const auto &f : body.value(QStringLiteral("fields")).toArray())
        e.fields << f.toString();
    if (e.op == Outbox::Op::Command)
        e.commandBody = body.value(QStringLiteral("command_body")).toString().toUtf8();
    e.baseVersion = q.value(5).toLongLong();
    e.idempotencyKey = q.value(6).toString();
    e.attempts = q.value(7).toInt();
    e.nextAttemptAtMs = q.value(8).toLongLong();
    e.lastError = q.value(9).toString();
    e.state = stateFromKey(q.value(10).toString());
    e.createdAtMs = q.value(11).toLongLong();
    if (payload)
        *payload = body;
    return e;
}

} // namespace pitchside::store::outbox_row
