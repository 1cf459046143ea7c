#include "Pusher.h"

#include "../ErrorText.h"
#include "../Logging.h"
#include "../api/JsonRead.h"
#include "../api/Rfc3339.h"
#include "../entities/EntityRegistry.h"
#include "../entities/FieldCodec.h"
#include "Notifier.h"
#include "models/Clock.h"
#include "models/store/ConflictRepository.h"
#include "models/store/Database.h"
#include "models/store/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

namespace pitchside::sync {

using store::StoreError;
using json = nlohmann::json;
using Kind = api::ApiError::Kind;
using Op = store::Outbox::Op;

// The store would not take a write: the run stops (the entry stays as it
// was, so nothing is lost) and says why.
api::ApiError Pusher::storeFailure(const QString &detail)
{
    api::ApiError e;
    e.kind = Kind::Cancelled;
    e.message = QStringLiteral("store: ") + detail;
    return e;
}

QString Pusher::entityKey(const store::Outbox::Entry &e)
{
    return e.entityType + QLatin1Char('\n') + e.entityId;
}

Pusher::Pusher(store::Database &db, api::ApiClient &api, const EntityRegistry &registry, Notifier &notifier,
               QObject *parent)
    : QObject(parent), m_db(db), m_api(api), m_registry(registry), m_notifier(notifier)
{
}

void Pusher::run(std::function<void(const Result &)> done)
{
    m_done = std::move(done);
    m_result = {};
    m_cancelled = false;
    m_blocked.clear();
    m_queue = store::PushQueue(m_db.sql()).waiting();
    m_index = 0;
    m_redoCount = 0;
    next();
}

void Pusher::cancel()
{
    m_cancelled = true;
    if (m_call)
        m_call->abort();
}

void Pusher::advance()
{
    ++m_index;
    m_redoCount = 0;
    Q_EMIT progress(m_index, int(m_queue.size()));
    // Back to the event loop between entries: a long outbox never holds the thread.
    QTimer::singleShot(0, this, &Pusher::next);
}

void Pusher::next()
{
    if (m_cancelled) {
        api::ApiError e;
        e.kind = Kind::Cancelled;
        finish(e);
        return;
    }
    const qint64 now = Clock::nowMs();
    while (m_index < m_queue.size()) {
        const Item &item = m_queue.at(m_index);
        const QString key = entityKey(item.entry);
        if (m_blocked.contains(key)) {
            ++m_index;
            continue;
        }
        if (item.entry.nextAttemptAtMs > now) {
            m_blocked.insert(key); // its later changes wait behind it
            ++m_index;
            continue;
        }
        const EntitySpec *spec = m_registry.find(item.entry.entityType);
        const bool supported =
            spec && ((item.entry.op == Op::Create && spec->canCreate) || (item.entry.op == Op::Update && spec->canUpdate)
                     || (item.entry.op == Op::Delete && spec->canDelete)
                     || (item.entry.op == Op::Command
                         && !spec->commandPath(item.entry.fields.value(0), item.entry.entityId).isEmpty()));
        if (!supported) {
            api::ApiError e;
            e.kind = Kind::Http;
            e.code = QStringLiteral("UNSUPPORTED");
            e.message = QCoreApplication::translate("SyncError", "This kind of change cannot be sent to the server.");
            park(item, e);
            ++m_index;
            continue;
        }
        push(item, *spec);
        return;
    }
    finish();
}

void Pusher::push(const Item &queued, const EntitySpec &spec)
{
    // Read the entry again inside the transaction that freezes it: the user
    // may have merged more fields into it since the queue was loaded, and
    // those must be in the body (or wait in a later entry), never lost.
    store::PushQueue queue(m_db.sql());
    store::Transaction tx(m_db.sql());
    if (!tx.isActive()) {
        finish(storeFailure(tx.lastError()));
        return;
    }
    const std::optional<Item> current = queue.get(queued.entry.seq);
    if (!current || (current->entry.state != store::Outbox::State::Pending
                     && current->entry.state != store::Outbox::State::Inflight)) {
        tx.rollback();
        advance(); // deleted with its entity, or settled meanwhile
        return;
    }
    const Item item = *current;
    m_queue[m_index] = item;
    const store::Outbox::Entry &e = item.entry;
    api::ApiRequest req;
    req.idempotencyKey = e.idempotencyKey;
    switch (e.op) {
    case Op::Create:
        req.method = "POST";
        req.path = spec.createRoute();
        break;
    case Op::Update:
        req.method = spec.updateMethod;
        req.path = spec.itemPath(e.entityId);
        break;
    case Op::Delete:
        req.method = "DELETE";
        req.path = spec.itemPath(e.entityId);
        break;
    case Op::Command:
        req.method = "POST";
        req.path = spec.commandPath(e.fields.value(0), e.entityId);
        break;
    }
    if (e.op == Op::Command) {
        pushCommand(item, spec, req, queue, tx);
        return;
    }

    QString route; // a sub-route suffix, for fields the main update route does not take
    if (item.frozen()) {
        // The previous attempt may have been applied: the same bytes and key
        // make the server replay its answer instead of applying twice.
        req.body = item.sentBody;
        req.ifMatch = e.op == Op::Create ? -1 : item.sentIfMatch;
        route = item.sentRoute;
    } else {
        const std::optional<store::EntityRow> row = store::EntityRows(m_db.sql(), spec.table()).find(e.entityId);
        const bool nothingToSend = !row || (e.op == Op::Update && row->deleted);
        json body;
        if (!nothingToSend && e.op != Op::Delete)
            body = spec.bodyFromRow(*row, mainKeys(spec, e), e.op == Op::Create);
        if (!nothingToSend && e.op == Op::Update && body.empty()) {
            // Only fields of a sub-route changed (a match's score).
            for (const QString &key : e.fields) {
                if (const SubRoute *sub = spec.subRouteFor(key)) {
                    body = sub->body(spec.bodyFromRow(*row, spec.pushableKeys(), false));
                    route = sub->suffix;
                    break;
                }
            }
        }
        if (nothingToSend || (e.op == Op::Update && body.empty())) {
            // Gone for good here, or a later delete supersedes the update.
            const StoreError err = queue.complete(e.seq);
            if (err || !tx.commit()) {
                finish(storeFailure(err ? err.detail : tx.lastError()));
                return;
            }
            m_notifier.outboxChanged();
            advance();
            return;
        }
        if (e.op == Op::Update && versionIsATime(row->version)) {
            // A backend that locks by updated_at (Social Media Planner's)
            // reads the version we edited in the body.
            body["updated_at"] = api::formatRfc3339(row->version).toStdString();
        }
        if (e.op != Op::Delete)
            req.body = QByteArray::fromStdString(body.dump());
        req.ifMatch = e.op == Op::Create ? -1 : row->version;
        if (StoreError err = queue.freeze(e.seq, req.body, qMax<qint64>(0, req.ifMatch), route)) {
            finish(storeFailure(err.detail));
            return;
        }
    }
    if (!route.isEmpty()) {
        for (const SubRoute &sub : spec.subRoutes) {
            if (sub.suffix == route)
                req.method = sub.method;
        }
        req.path += route;
    }
    if (!tx.commit()) {
        finish(storeFailure(tx.lastError()));
        return;
    }
    qCDebug(lcSync) << "pushing" << store::Outbox::opKey(e.op) << e.entityType << e.entityId << "seq" << e.seq;
    m_call = m_api.send(req);
    connect(m_call, &api::ApiCall::finished, this,
            [this, item, &spec, route](const api::ApiResponse &r) { onAnswer(item, spec, r, route); });
}

void Pusher::pushCommand(const Item &item, const EntitySpec &spec, api::ApiRequest req, store::PushQueue &queue,
                         store::Transaction &tx)
{
    // An action carries no version: the server decides from the item's
    // state whether it applies, and its key makes a replay answer the first
    // answer instead of acting twice.
    const store::Outbox::Entry &e = item.entry;
    if (item.frozen()) {
        req.body = item.sentBody;
    } else {
        const std::optional<store::EntityRow> row = store::EntityRows(m_db.sql(), spec.table()).find(e.entityId);
        if (!row || row->deleted) {
            // Gone here: nothing to act on.
            const StoreError err = queue.complete(e.seq);
            if (err || !tx.commit()) {
                finish(storeFailure(err ? err.detail : tx.lastError()));
                return;
            }
            m_notifier.outboxChanged();
            advance();
            return;
        }
        req.body = e.commandBody.isEmpty() ? QByteArray("{}") : e.commandBody;
        if (StoreError err = queue.freeze(e.seq, req.body, 0)) {
            finish(storeFailure(err.detail));
            return;
        }
    }
    req.ifMatch = -1;
    if (!tx.commit()) {
        finish(storeFailure(tx.lastError()));
        return;
    }
    qCDebug(lcSync) << "pushing command" << e.fields.value(0) << e.entityType << e.entityId << "seq" << e.seq;
    m_call = m_api.send(req);
    connect(m_call, &api::ApiCall::finished, this,
            [this, item, &spec](const api::ApiResponse &r) { onAnswer(item, spec, r, QString()); });
}

QStringList Pusher::mainKeys(const EntitySpec &spec, const store::Outbox::Entry &e)
{
    QStringList keys;
    for (const QString &k : e.fields) {
        if (!spec.subRouteFor(k))
            keys << k;
    }
    return keys;
}

void Pusher::redo(const Item &item)
{
    const std::optional<Item> fresh = store::PushQueue(m_db.sql()).get(item.entry.seq);
    if (!fresh || ++m_redoCount > 3) {
        advance();
        return;
    }
    m_queue[m_index] = *fresh;
    QTimer::singleShot(0, this, &Pusher::next);
}

void Pusher::finish(const api::ApiError &stop)
{
    m_call = nullptr;
    m_result.stop = stop;
    m_notifier.flush();
    if (auto done = std::exchange(m_done, nullptr))
        done(m_result);
}

} // namespace pitchside::sync
