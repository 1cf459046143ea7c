// What each answer of the server does to the store and the outbox: the
// other half of Pusher (Pusher.cpp walks the queue and sends).
#include "Pusher.h"

#include "../ErrorText.h"
#include "../Logging.h"
#include "../api/JsonRead.h"
#include "../entities/EntityRegistry.h"
#include "../entities/FieldCodec.h"
#include "Notifier.h"
#include "OwnEcho.h"
#include "models/Clock.h"
#include "models/store/ConflictRepository.h"
#include "models/store/Database.h"
#include "models/store/Transaction.h"

#include <QDateTime>

namespace pitchside::sync {

using store::StoreError;
using json = nlohmann::json;
using Kind = api::ApiError::Kind;
using Op = store::Outbox::Op;

QStringList Pusher::leftoverKeys(const Item &item, const EntitySpec &spec, const QString &route) const
{
    const store::Outbox::Entry &e = item.entry;
    QStringList left;
    if (e.op == Op::Create) {
        // What the create route could not carry goes in an update right after.
        const auto row = store::EntityRows(m_db.sql(), spec.table()).find(e.entityId);
        if (!row)
            return left;
        for (const QString &key : spec.keysAfterCreate()) {
            for (int i = 0; i < int(spec.fields.size()); ++i) {
                const FieldSpec &f = spec.fields.at(std::size_t(i));
                const QVariant v = row->values.value(i);
                const QString text = v.toString();
                if (QString::fromStdString(f.key()) == key && !v.isNull() && !text.isEmpty() && text != u"[]"
                    && text != u"{}" && !left.contains(key))
                    left << key;
            }
        }
    } else if (e.op == Op::Update) {
        const SubRoute *sent = nullptr;
        for (const SubRoute &sub : spec.subRoutes) {
            if (sub.suffix == route)
                sent = &sub;
        }
        for (const QString &key : e.fields) {
            const SubRoute *sub = spec.subRouteFor(key);
            // Main keys went first; then each sub-route in turn.
            if (sub && sub != sent && !left.contains(key))
                left << key;
        }
    }
    return left;
}

void Pusher::onAnswer(const Item &item, const EntitySpec &spec, const api::ApiResponse &r, const QString &route)
{
    const store::Outbox::Entry &e = item.entry;
    if (r.ok()) {
        const QStringList left = leftoverKeys(item, spec, route);
        if (!left.isEmpty() && r.data.is_object()) {
            // Part of the change is on the server; the rest goes next, over
            // the version this answer gave.
            store::Transaction tx(m_db.sql());
            StoreError err =
                store::EntityRows(m_db.sql(), spec.table()).raiseVersion(e.entityId, r.data.value("version", qint64(0)));
            if (!err)
                err = store::PushQueue(m_db.sql()).convertToUpdate(e.seq, left);
            if (err || !tx.commit()) {
                finish(storeFailure(err ? err.detail : tx.lastError()));
                return;
            }
            redo(item);
            return;
        }
        if (accept(item, spec, r.data))
            ++m_result.pushed;
        advance();
        return;
    }
    const api::ApiError &err = r.error;
    switch (err.kind) {
    case Kind::Cancelled:
    case Kind::SignInRequired:
    case Kind::InsecureUrl:
        finish(err); // the entry stays as it is: nothing is lost, nothing counted
        return;
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Tls:
        retryLater(item, err);
        finish(err); // the server is out of reach: the others would fail too
        return;
    case Kind::Parse:
        retryLater(item, err); // it may have been applied: the frozen retry replays it
        advance();
        return;
    case Kind::Http:
    case Kind::None:
        break;
    }

    if (err.status == 404 && e.op == Op::Delete) {
        accept(item, spec, nullptr); // already gone: what the user wanted
        ++m_result.pushed;
        advance();
        return;
    }
    if (err.status == 404 && e.op == Op::Command) {
        park(item, err); // gone from the server: nothing to act on
        advance();
        return;
    }
    if (err.status == 404 && e.op == Op::Update) {
        recordConflict(item, spec, nullptr); // deleted on the server while edited here
        advance();
        return;
    }
    if (err.status == 409 && e.op == Op::Command) {
        park(item, err); // the item's state does not allow it: the person reads why
        advance();
        return;
    }
    if (err.status == 409) {
        if (err.reason == u"idempotency_key_reused" && e.op != Op::Create) {
            if (StoreError s = store::PushQueue(m_db.sql()).rotateKey(e.seq)) {
                finish(storeFailure(s.detail));
                return;
            }
            redo(item);
            return;
        }
        if (e.op == Op::Create) {
            onCreateClash(item, spec);
            return;
        }
        const auto current = err.details.find("current");
        if (current != err.details.end() && current->is_object()) {
            if (e.op == Op::Delete && sameAsLocal(spec, e.entityId, *current, spec.pushableKeys())) {
                // The server's newer version is our own edit, whose answer
                // was lost: delete that version (once more with its If-Match).
                qint64 version = -1;
                try {
                    version = spec.rowFromJson(*current).version;
                } catch (const api::DtoError &) {
                }
                if (version > 0 && version != item.sentIfMatch) {
                    if (StoreError s = store::PushQueue(m_db.sql()).freeze(e.seq, QByteArray(), version, QString())) {
                        finish(storeFailure(s.detail));
                        return;
                    }
                    qCInfo(lcSync) << "the server's newer copy of" << e.entityType << e.entityId
                                   << "is our own edit: deleting it";
                    redo(item);
                    return;
                }
            }
            if (e.op == Op::Update && (sameAsLocal(spec, e.entityId, *current, e.fields) || echoesFrozen(item, spec, *current))) {
                // Our own earlier attempt was applied (its answer was lost).
                accept(item, spec, *current);
                ++m_result.pushed;
            } else {
                recordConflict(item, spec, &*current);
            }
            advance();
            return;
        }
    }
    if (err.isTransient() || dependsOnWaitingChange(err)) {
        retryLater(item, err);
        if (err.status == 429) {
            finish(err); // the limit is per user: every request would be refused
            return;
        }
        advance();
        return;
    }
    park(item, err);
    advance();
}

void Pusher::onCreateClash(const Item &item, const EntitySpec &spec)
{
    // The id exists on the server: our create went through before (its
    // answer was lost) and the row changed since. Find out where it stands.
    api::ApiRequest req;
    req.path = spec.itemPath(item.entry.entityId);
    m_call = m_api.send(req);
    connect(m_call, &api::ApiCall::finished, this, [this, item, &spec](const api::ApiResponse &r) {
        store::PushQueue queue(m_db.sql());
        if (r.ok() && r.data.is_object()) {
            const QStringList keys = spec.pushableKeys();
            if (sameAsLocal(spec, item.entry.entityId, r.data, keys)) {
                if (accept(item, spec, r.data))
                    ++m_result.pushed;
                advance();
                return;
            }
            store::Transaction tx(m_db.sql());
            StoreError err =
                store::EntityRows(m_db.sql(), spec.table()).raiseVersion(item.entry.entityId, r.data.value("version", 0));
            if (!err)
                err = queue.convertToUpdate(item.entry.seq, keys);
            if (err || !tx.commit()) {
                finish(storeFailure(err ? err.detail : tx.lastError()));
                return;
            }
            redo(item);
            return;
        }
        if (!r.ok() && r.error.status == 404 && m_redoCount == 0) {
            // Not ours after all: a fresh key, once.
            if (StoreError err = queue.rotateKey(item.entry.seq)) {
                finish(storeFailure(err.detail));
                return;
            }
            redo(item);
            return;
        }
        if (!r.ok() && (r.error.isTransient() || r.error.kind != Kind::Http)) {
            retryLater(item, r.error);
            advance();
            return;
        }
        api::ApiError e = r.error;
        e.kind = Kind::Http;
        e.status = 409;
        e.code = QStringLiteral("CONFLICT");
        e.reason = QStringLiteral("id_taken");
        park(item, e);
        advance();
    });
}

bool Pusher::accept(const Item &item, const EntitySpec &spec, const json &serverItem)
{
    const store::Outbox::Entry &e = item.entry;
    store::EntityRows rows(m_db.sql(), spec.table());
    store::PushQueue queue(m_db.sql());
    store::Transaction tx(m_db.sql());
    if (!tx.isActive())
        return false;
    const bool othersWait = queue.othersWaiting(e.entityType, e.entityId, e.seq);
    // The first store failure stops the rest; the transaction then rolls
    // back and the entry, still frozen, is replayed by a later run.
    StoreError err;
    if (e.op == Op::Delete) {
        if (!othersWait)
            err = rows.erase(e.entityId);
    } else if (serverItem.is_object()) {
        try {
            store::EntityRow row = spec.rowFromJson(serverItem);
            if (othersWait) {
                err = rows.raiseVersion(e.entityId, row.version);
            } else {
                // Nothing else waits: take the server's copy (it may have
                // normalised fields, e.g. a default profile) and clear dirty.
                row.dirty = row.deleted = row.conflict = false;
                err = rows.write(row);
            }
        } catch (const api::DtoError &d) {
            qCWarning(lcEntities) << "accepted" << e.entityType << e.entityId
                                  << "but cannot read the answer:" << api::jsonPathString(d.path()) << d.what();
            if (const auto v = serverItem.find("version"); v != serverItem.end() && v->is_number_integer())
                err = rows.raiseVersion(e.entityId, v->get<qint64>());
            if (!err && !othersWait)
                err = rows.setFlags(e.entityId, false, false);
        }
    } else if (!othersWait) {
        err = rows.setFlags(e.entityId, false, false);
    }
    if (!err)
        err = queue.complete(e.seq);
    if (err || !tx.commit()) {
        qCWarning(lcSync) << "cannot store the server's answer for" << e.entityType << e.entityId << ":"
                          << (err ? err.detail : tx.lastError());
        return false;
    }
    m_notifier.changed(e.entityType, {e.entityId});
    m_notifier.outboxChanged();
    return true;
}

bool Pusher::recordConflict(const Item &item, const EntitySpec &spec, const json *current)
{
    const store::Outbox::Entry &e = item.entry;
    store::ConflictRecord c;
    c.entityType = e.entityType;
    c.entityId = e.entityId;
    c.remoteDeleted = current == nullptr;
    if (current) {
        c.serverVersion = current->value("version", qint64(0));
        c.serverCopy = QByteArray::fromStdString(current->dump());
    } else if (const auto row = store::EntityRows(m_db.sql(), spec.table()).find(e.entityId)) {
        c.serverVersion = row->version;
    }
    store::Transaction tx(m_db.sql());
    if (StoreError err = store::ConflictRepository(m_db.sql()).record(spec.table(), c)) {
        qCWarning(lcSync) << "cannot record a conflict:" << err.detail;
        return false;
    }
    if (!tx.commit())
        return false;
    qCInfo(lcSync) << "conflict on" << e.entityType << e.entityId << (c.remoteDeleted ? "(deleted on the server)" : "");
    ++m_result.conflicts;
    m_blocked.insert(entityKey(e));
    m_notifier.changed(e.entityType, {e.entityId});
    m_notifier.outboxChanged();
    return true;
}

void Pusher::park(const Item &item, const api::ApiError &error)
{
    // Should the store refuse, the entry stays as it was and is sent again
    // next run: nothing is lost, the server answers the same.
    if (StoreError err = store::PushQueue(m_db.sql()).park(item.entry.seq, explainError(error), error.reasonCode()))
        qCWarning(lcSync) << "cannot park" << item.entry.entityType << item.entry.entityId << ":" << err.detail;
    qCInfo(lcSync) << "server refused" << item.entry.entityType << item.entry.entityId << error.summary();
    ++m_result.parked;
    m_blocked.insert(entityKey(item.entry));
    m_notifier.outboxChanged();
}

void Pusher::retryLater(const Item &item, const api::ApiError &error)
{
    if (m_result.retrying++ == 0)
        m_result.retryError = error;
    const int attempts = item.entry.attempts + 1;
    const qint64 at = Clock::nowMs() + m_retry.delayAfter(error, attempts);
    // Kept frozen: a failed attempt may have been applied, so the retry must
    // be the same request (see PushQueue).
    if (StoreError err = store::PushQueue(m_db.sql()).retryLater(item.entry.seq, attempts, at, explainError(error),
                                                                 error.reasonCode(), true))
        qCWarning(lcSync) << "cannot schedule a retry of" << item.entry.entityType << item.entry.entityId << ":"
                          << err.detail;
    m_blocked.insert(entityKey(item.entry));
    m_notifier.outboxChanged();
}

bool Pusher::sameAsLocal(const EntitySpec &spec, const QString &id, const json &server, const QStringList &keys) const
{
    const std::optional<store::EntityRow> local = store::EntityRows(m_db.sql(), spec.table()).find(id);
    if (!local)
        return false;
    try {
        return sameOnKeys(spec, *local, spec.rowFromJson(server), keys);
    } catch (const api::DtoError &) {
        return false;
    }
}

bool Pusher::echoesFrozen(const Item &item, const EntitySpec &spec, const json &server) const
{
    // Edited again since: the row differs, but the server may hold exactly
    // what this request carried (its first attempt went through).
    if (!item.frozen() || !item.sentRoute.isEmpty())
        return false;
    try {
        return echoesSentBody(spec, item.sentBody, spec.rowFromJson(server));
    } catch (const api::DtoError &) {
        return false;
    }
}

bool Pusher::dependsOnWaitingChange(const api::ApiError &error) const
{
    // A post naming a media item whose own change has not reached the
    // server yet is not wrong, only early: retry it later instead of parking.
    if (error.status != 422 || !error.details.is_object())
        return false;
    store::PushQueue queue(m_db.sql());
    for (auto it = error.details.begin(); it != error.details.end(); ++it) {
        if (!it.value().is_string() || it.key().size() < 3 || it.key().compare(it.key().size() - 3, 3, "_id") != 0)
            continue;
        const QString id = QString::fromStdString(it.value().get<std::string>());
        for (const EntitySpec *spec : m_registry.all()) {
            if (!queue.forEntity(spec->type, id).isEmpty())
                return true;
        }
    }
    return false;
}

} // namespace pitchside::sync
