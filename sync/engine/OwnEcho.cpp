#include "OwnEcho.h"

#include "../Logging.h"
#include "../api/JsonRead.h"
#include "../entities/EntitySpec.h"
#include "../entities/FieldCodec.h"
#include "models/store/PushQueue.h"

#include <QSqlQuery>

#include <functional>

#include <nlohmann/json.hpp>

namespace pitchside::sync {

using json = nlohmann::json;

bool echoesSentBody(const EntitySpec &spec, const QByteArray &sentBody, const store::EntityRow &server)
{
    const json body = json::parse(sentBody.constBegin(), sentBody.constEnd(), nullptr, false);
    if (!body.is_object())
        return false;
    int compared = 0;
    try {
        for (int i = 0; i < int(spec.fields.size()); ++i) {
            const FieldSpec &f = spec.fields.at(std::size_t(i));
            if (!body.contains(f.key()))
                continue;
            const json *v = &body;
            for (const std::string &k : f.path) {
                const auto it = v && v->is_object() ? v->find(k) : json::const_iterator();
                v = v && v->is_object() && it != v->end() ? &*it : nullptr;
            }
            if (!codec::same(f.codec, codec::decode(f.codec, v), server.values.value(i)))
                return false;
            ++compared;
        }
        for (int i = 0; i < int(spec.children.size()); ++i) {
            const auto it = body.find(spec.children.at(std::size_t(i)).key);
            if (it == body.end())
                continue;
            QStringList ids;
            if (it->is_array()) {
                for (const json &id : *it) {
                    if (!id.is_string())
                        return false;
                    ids << api::toQString(id);
                }
            }
            if (ids != server.children.value(i))
                return false;
            ++compared;
        }
    } catch (const api::DtoError &) {
        return false; // our own body reads back: a value that does not is not ours
    }
    return compared > 0;
}

bool sameOnKeys(const EntitySpec &spec, const store::EntityRow &local, const store::EntityRow &server,
                const QStringList &keys)
{
    for (int i = 0; i < int(spec.fields.size()); ++i) {
        const FieldSpec &f = spec.fields.at(std::size_t(i));
        if (!(f.flags & Push) || !keys.contains(QString::fromStdString(f.key())))
            continue;
        if (!codec::same(f.codec, local.values.value(i), server.values.value(i)))
            return false;
    }
    for (int i = 0; i < int(spec.children.size()); ++i) {
        if (keys.contains(QString::fromStdString(spec.children.at(std::size_t(i)).key))
            && local.children.value(i) != server.children.value(i))
            return false;
    }
    return true;
}

static bool deleteOverOwnEdit(QSqlDatabase &db, const EntitySpec &spec, const store::EntityRow &server)
{
    // Our edit went through, its answer was lost, and the user deleted the
    // post before the feed brought the edit back: the delete builds on it.
    store::EntityRows rows(db, spec.table());
    const std::optional<store::EntityRow> local = rows.find(server.id);
    if (!local || !local->deleted || local->conflict || server.version <= local->version
        || !sameOnKeys(spec, *local, server, spec.pushableKeys()))
        return false;
    if (store::StoreError err = rows.raiseVersion(server.id, server.version)) {
        qCWarning(lcSync) << "cannot move the deleted" << spec.type << server.id
                          << "to the server's version:" << err.detail;
        return false;
    }
    qCInfo(lcSync) << "the server's newer copy of the deleted" << spec.type << server.id
                   << "is our own edit: the delete goes on over it";
    return true;
}

// Inside the caller's transaction, all or nothing: a half-settled row would
// then also be recorded as a conflict.
static store::StoreError allOrNothing(QSqlDatabase &db, const std::function<store::StoreError()> &steps)
{
    QSqlQuery sp(db);
    if (!sp.exec(QStringLiteral("SAVEPOINT own_echo")))
        return store::StoreError::queryFailed(sp);
    const store::StoreError err = steps();
    if (err)
        sp.exec(QStringLiteral("ROLLBACK TO own_echo"));
    sp.exec(QStringLiteral("RELEASE own_echo"));
    return err;
}

static bool changeOverOwnCreate(QSqlDatabase &db, const EntitySpec &spec, const store::EntityRow &server,
                                const store::PushQueue::Item &create)
{
    // Our create went through, its answer was lost, and the row was edited
    // or deleted before the create's retry: the server's copy is the create
    // itself. The create is done; the later changes go over its version.
    if (!create.frozen() || server.version <= 0 || !echoesSentBody(spec, create.sentBody, server))
        return false;
    store::EntityRows rows(db, spec.table());
    const std::optional<store::EntityRow> local = rows.find(server.id);
    if (!local || local->conflict || local->version != 0)
        return false;
    const store::StoreError err = allOrNothing(db, [&] {
        store::StoreError e = rows.raiseVersion(server.id, server.version);
        return e ? e : store::PushQueue(db).complete(create.entry.seq);
    });
    if (err) {
        qCWarning(lcSync) << "cannot take our own create back from the server for" << spec.type << server.id << ":"
                          << err.detail;
        return false;
    }
    qCInfo(lcSync) << "the lost answer to our create of" << spec.type << server.id
                   << "came back with the server's copy: the later changes go over it";
    return true;
}

// A type whose changes are read marks (SyncedTable::marksOnly): the server's
// newer copy (a new message, a read on another computer) takes the row; the
// marks waiting here stay, and go over the server's version.
static bool takeServerCopyKeepingMarks(QSqlDatabase &db, const EntitySpec &spec, const store::EntityRow &server)
{
    store::EntityRows rows(db, spec.table());
    const std::optional<store::EntityRow> local = rows.find(server.id);
    if (!local || local->conflict || server.version <= local->version)
        return false;
    if (local->deleted) // deleted here: the delete goes over the newer copy
        return !rows.raiseVersion(server.id, server.version);
    store::EntityRow row = server;
    for (const FieldSpec &f : spec.fields) {
        const int i = spec.table().columnIndex(f.column);
        if ((f.flags & Push) && i >= 0 && i < row.values.size())
            row.values[i] = local->values.value(i);
    }
    row.dirty = true;
    row.deleted = row.conflict = false;
    if (const store::StoreError err = rows.write(row)) {
        qCWarning(lcSync) << "cannot take the server's copy of" << spec.type << server.id << ":" << err.detail;
        return false;
    }
    return true;
}

bool settleOwnEcho(QSqlDatabase &db, const EntitySpec &spec, const store::EntityRow &server)
{
    if (spec.declaration().marksOnly)
        return takeServerCopyKeepingMarks(db, spec, server);
    store::PushQueue queue(db);
    const QVector<store::PushQueue::Item> items = queue.forEntity(spec.type, server.id);
    if (items.isEmpty())
        return false;
    const store::PushQueue::Item &first = items.constFirst();
    if (first.entry.op == store::Outbox::Op::Delete)
        return deleteOverOwnEdit(db, spec, server);
    if (first.entry.op == store::Outbox::Op::Create)
        return items.size() > 1 && changeOverOwnCreate(db, spec, server, first);
    if (!first.frozen() || first.entry.op != store::Outbox::Op::Update || !first.sentRoute.isEmpty()
        || server.version <= first.sentIfMatch || !echoesSentBody(spec, first.sentBody, server))
        return false;
    const store::StoreError err = allOrNothing(db, [&] {
        store::EntityRows rows(db, spec.table());
        store::StoreError e;
        if (items.size() > 1) {
            e = rows.raiseVersion(server.id, server.version); // the later changes build on it
        } else {
            store::EntityRow row = server;
            row.dirty = row.deleted = row.conflict = false;
            e = rows.write(row);
        }
        return e ? e : queue.complete(first.entry.seq);
    });
    if (err) {
        qCWarning(lcSync) << "cannot take our own change back from the server for" << spec.type << server.id << ":"
                          << err.detail;
        return false;
    }
    qCInfo(lcSync) << "the lost answer to our change of" << spec.type << server.id
                   << "came back with the server's copy: done, not a conflict";
    return true;
}

} // namespace pitchside::sync
