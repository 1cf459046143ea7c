#include "Puller.h"

#include <climits>

#include "../Logging.h"
#include "../api/JsonRead.h"
#include "../entities/EntityRegistry.h"
#include "Notifier.h"
#include "models/store/Database.h"
#include "models/store/RemoteApply.h"
#include "models/store/SyncStateRepository.h"
#include "models/store/Transaction.h"

namespace pitchside::sync {

using store::StoreError;
using json = nlohmann::json;
using Kind = api::ApiError::Kind;

namespace {
const QString kResyncPending = QStringLiteral("resync_pending");
}

Puller::Puller(store::Database &db, api::ApiClient &api, const EntityRegistry &registry, Notifier &notifier,
               QObject *parent)
    : QObject(parent), m_db(db), m_api(api), m_registry(registry), m_notifier(notifier)
{
}

Puller::~Puller() = default;

qint64 Puller::lastSeq() const
{
    return store::SyncStateRepository(m_db.sql()).value(store::SyncStateRepository::lastSeqKey(), 0).toLongLong();
}

void Puller::run(std::function<void(const Result &)> done)
{
    m_done = std::move(done);
    m_result = {};
    m_cancelled = false;
    m_resyncCount = 0;
    store::SyncStateRepository state(m_db.sql());
    // A resync a crash interrupted goes on where it stopped.
    m_resync = state.value(kResyncPending, 0).toInt() == 1;
    m_startSeq = lastSeq();
    fetch(m_startSeq);
}

void Puller::cancel()
{
    m_cancelled = true;
    if (m_call)
        m_call->abort();
}

void Puller::fetch(qint64 since)
{
    api::ApiRequest req;
    req.path = QStringLiteral("/api/sync/changes");
    req.query.addQueryItem(QStringLiteral("since"), QString::number(since));
    req.query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    req.timeoutMs = 60000;
    m_call = m_api.send(req);
    connect(m_call, &api::ApiCall::finished, this, [this, since](const api::ApiResponse &r) { onPage(since, r); });
}

bool Puller::startResync()
{
    if (++m_resyncCount > 2)
        return false;
    store::Transaction tx(m_db.sql());
    store::SyncStateRepository state(m_db.sql());
    StoreError err = store::RemoteApply(m_db.sql()).clearSeen();
    if (!err)
        err = state.setValue(kResyncPending, 1);
    if (!err)
        err = state.setValue(store::SyncStateRepository::lastSeqKey(), 0);
    if (err || !tx.commit()) {
        qCWarning(lcSync) << "cannot start a full resync:" << (err ? err.detail : tx.lastError());
        return false;
    }
    qCInfo(lcSync) << "the server no longer has our sync point: full resync, keeping local changes";
    m_resync = true;
    m_result.resynced = true;
    m_startSeq = 0;
    return true;
}

void Puller::onPage(qint64 since, const api::ApiResponse &r)
{
    if (m_cancelled) {
        api::ApiError e;
        e.kind = Kind::Cancelled;
        finish(e);
        return;
    }
    if (!r.ok()) {
        if (r.error.kind == Kind::Http && r.error.status == 410 && startResync()) {
            fetch(0);
            return;
        }
        finish(r.error);
        return;
    }
    api::dto::ChangesPage page;
    try {
        page = r.data.get<api::dto::ChangesPage>();
    } catch (const api::DtoError &e) {
        finish(api::ApiError::parse(api::jsonPathString("data." + e.path()), QString::fromStdString(e.why())));
        return;
    }
    if (page.lastSeq < since && !page.changes.empty()) {
        finish(api::ApiError::parse(QStringLiteral("$.data.last_seq"), QStringLiteral("goes backwards")));
        return;
    }
    const bool last = !page.hasMore || page.lastSeq <= since;
    if (!last)
        fetch(page.lastSeq); // in flight while this page is applied
    if (!apply(page, last)) {
        if (m_call)
            m_call->abort();
        api::ApiError e;
        e.kind = Kind::Cancelled;
        e.message = QStringLiteral("the local store refused the changes");
        finish(e);
        return;
    }
    const qint64 span = m_targetSeq - m_startSeq;
    Q_EMIT progress(int(qMin<qint64>(page.lastSeq - m_startSeq, INT_MAX)),
                    span > 0 && m_targetSeq >= page.lastSeq ? int(qMin<qint64>(span, INT_MAX)) : -1);
    if (last)
        finish();
}

bool Puller::apply(const api::dto::ChangesPage &page, bool last)
{
    store::Transaction tx(m_db.sql());
    if (!tx.isActive())
        return false;
    store::RemoteApply remote(m_db.sql());
    remote.setTrackSeen(m_resync);
    store::ApplyOutcome out;
    for (std::size_t i = 0; i < page.changes.size(); ++i) {
        const api::dto::Change &c = page.changes[i];
        const EntitySpec *spec = m_registry.find(c.type);
        if (!spec)
            continue; // a type of a module this build does not have
        if (c.type == u"profile")
            ++m_result.profileChanges;
        StoreError err;
        if (c.deleted) {
            err = remote.remove(spec->table(), c.id, c.version, out);
        } else {
            store::EntityRow row;
            try {
                row = spec->rowFromJson(*c.item);
            } catch (const api::DtoError &e) {
                // One unreadable item must not stop the whole account from
                // syncing: skip it, say where it was wrong.
                qCWarning(lcEntities).noquote()
                    << "skipping" << c.type << c.id << "at"
                    << api::jsonPathString("data.changes[" + std::to_string(i) + "].item." + e.path()) << e.why().c_str();
                ++m_result.skipped;
                continue;
            }
            const json *item = c.item;
            err = remote.upsert(spec->table(), row, [item] { return QByteArray::fromStdString(item->dump()); }, out);
        }
        if (err.kind == StoreError::Kind::Refused) {
            qCWarning(lcEntities) << "skipping" << c.type << c.id << "the store refuses it:" << err.detail;
            ++m_result.skipped;
            continue;
        }
        if (err) {
            qCWarning(lcSync) << "cannot apply" << c.type << c.id << ":" << err.detail;
            return false;
        }
    }
    store::SyncStateRepository state(m_db.sql());
    if (StoreError err = state.setValue(store::SyncStateRepository::lastSeqKey(), page.lastSeq))
        return false;
    if (last && m_resync) {
        for (const EntitySpec *spec : m_registry.all()) {
            if (StoreError err = remote.sweepUnseen(spec->table(), out))
                return false;
        }
        if (StoreError err = remote.clearSeen())
            return false;
        if (StoreError err = state.setValue(kResyncPending, 0))
            return false;
        m_resync = false;
    }
    if (!tx.commit())
        return false;
    m_result.applied += out.applied;
    m_result.conflicts += out.conflicts;
    for (auto it = out.changed.cbegin(); it != out.changed.cend(); ++it)
        m_notifier.changed(it.key(), it.value());
    if (out.conflicts > 0)
        m_notifier.outboxChanged();
    return true;
}

void Puller::finish(const api::ApiError &error)
{
    m_call = nullptr;
    m_result.error = error;
    m_notifier.flush();
    if (auto done = std::exchange(m_done, nullptr))
        done(m_result);
}

} // namespace pitchside::sync
