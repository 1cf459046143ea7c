#include "Puller.h"

#include <climits>

#include <QThread>
#include <QSqlQuery>
#include <QTimer>

#include "../Logging.h"
#include "../api/JsonRead.h"
#include "../entities/EntityRegistry.h"
#include "FeedReader.h"
#include "Notifier.h"
#include "OwnEcho.h"
#include "models/Clock.h"
#include "models/store/FtsDeferral.h"
#include "models/store/UnreadableItems.h"
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
    qRegisterMetaType<FeedPagePtr>();
    qRegisterMetaType<api::ApiError>();
}

Puller::~Puller()
{
    if (m_reader)
        QMetaObject::invokeMethod(m_reader, &FeedReader::stop, Qt::QueuedConnection);
    m_readerThread.quit();
    m_readerThread.wait();
}

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
    // A full pull writes the whole account: a larger page cache for this
    // connection, and checkpoints in larger steps (each one copies the WAL
    // back into the file), cut its time by a fifth. Put back at the end.
    m_bulk = m_startSeq == 0 || m_resync;
    if (m_bulk)
        setBulkPragmas(true);
    // What earlier runs could not read is asked for again by id first: a
    // fixed server, or this newer Pitchside, may read it now.
    m_unreadable.clear();
    m_refetch.clear();
    for (const store::UnreadableItems::Item &u : store::UnreadableItems(m_db.sql()).all()) {
        m_unreadable.insert(u.entityType + u'\n' + u.entityId);
        const EntitySpec *spec = m_registry.find(u.entityType);
        if (spec && spec->isWritable() && spec->canFetchItem && api::isUuid(u.entityId))
            m_refetch.append({u.entityType, u.entityId});
    }
    refetchNext();
}

void Puller::refetchNext()
{
    if (m_cancelled || m_refetch.isEmpty()) {
        fetch(m_startSeq);
        return;
    }
    const auto [type, id] = m_refetch.takeFirst();
    api::ApiRequest req;
    req.path = m_registry.find(type)->itemPath(id);
    m_call = m_api.send(req);
    connect(m_call, &api::ApiCall::finished, this,
            [this, type = type, id = id](const api::ApiResponse &r) { onRefetched(type, id, r); });
}

void Puller::onRefetched(const QString &type, const QString &id, const api::ApiResponse &r)
{
    const EntitySpec *spec = m_registry.find(type);
    if (!r.ok()) {
        if (r.error.kind != Kind::Http) {
            m_refetch.clear(); // out of reach: the feed's own request says so
        } else if (r.error.status == 404 || r.error.status == 410) {
            // The server no longer has it: nothing left to read.
            if (StoreError e = store::UnreadableItems(m_db.sql()).forget(type, id))
                qCWarning(lcSync) << "cannot forget an unreadable item:" << e.detail;
            m_notifier.outboxChanged();
        }
        refetchNext();
        return;
    }
    store::Transaction tx(m_db.sql());
    store::UnreadableItems unreadable(m_db.sql());
    QString reason;
    store::ApplyOutcome out;
    StoreError err;
    try {
        const store::EntityRow row = spec->rowFromJson(r.data);
        if (row.id != id)
            throw api::DtoError("id", "is not the id asked for");
        const json *item = &r.data;
        store::RemoteApply remote(m_db.sql());
        err = remote.upsert(spec->table(), row, [item] { return QByteArray::fromStdString(item->dump()); }, out);
        if (err.kind == StoreError::Kind::Refused)
            reason = err.detail;
        else if (!err)
            err = unreadable.forget(type, id);
    } catch (const api::DtoError &e) {
        reason = api::jsonPathString("data." + e.path()) + QStringLiteral(": ") + QString::fromStdString(e.why());
    }
    if (!reason.isEmpty())
        err = unreadable.record(type, id, reason, Clock::nowMs());
    if (err || !tx.commit()) {
        qCWarning(lcSync) << "cannot apply" << type << id << "fetched again:" << (err ? err.detail : tx.lastError());
    } else {
        if (reason.isEmpty()) {
            qCInfo(lcSync) << type << id << "could not be read before; it reads now";
            m_unreadable.remove(type + u'\n' + id);
            m_result.applied += out.applied;
            m_result.conflicts += out.conflicts;
        } else {
            ++m_result.skipped;
        }
        for (auto it = out.changed.cbegin(); it != out.changed.cend(); ++it)
            m_notifier.changed(it.key(), it.value());
        m_notifier.outboxChanged();
    }
    refetchNext();
}

void Puller::cancel()
{
    m_cancelled = true;
    if (m_call)
        m_call->abort();
    if (m_feedActive) {
        // The reader drops what it was doing; nothing more arrives from it.
        QMetaObject::invokeMethod(m_reader, &FeedReader::stop, Qt::QueuedConnection);
        QTimer::singleShot(0, this, [this] {
            api::ApiError e;
            e.kind = Kind::Cancelled;
            finish(e);
        });
    }
}

void Puller::fetch(qint64 since)
{
    if (!m_reader) {
        m_reader = new FeedReader(m_api.config(), m_api.tokens(), m_registry, m_pageSize);
        m_reader->moveToThread(&m_readerThread);
        connect(&m_readerThread, &QThread::finished, m_reader, &QObject::deleteLater);
        connect(m_reader, &FeedReader::pageReady, this, &Puller::onPage, Qt::QueuedConnection);
        connect(m_reader, &FeedReader::failed, this, &Puller::onFeedFailed, Qt::QueuedConnection);
        m_readerThread.setObjectName(QStringLiteral("feed reader"));
        m_readerThread.start();
    }
    m_feedActive = true;
    const int generation = ++m_generation;
    QMetaObject::invokeMethod(m_reader, [reader = m_reader, generation, since] { reader->start(generation, since); },
                              Qt::QueuedConnection);
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

void Puller::onFeedFailed(int generation, qint64 since, const api::ApiError &error)
{
    Q_UNUSED(since);
    if (generation != m_generation || !m_feedActive)
        return;
    if (m_cancelled) {
        api::ApiError e;
        e.kind = Kind::Cancelled;
        finish(e);
        return;
    }
    if (error.kind == Kind::Http && error.status == 410 && startResync()) {
        fetch(0);
        return;
    }
    finish(error);
}

void Puller::onPage(const FeedPagePtr &feedPage)
{
    if (feedPage->generation != m_generation || !m_feedActive)
        return; // an earlier start's page (before a resync, or a cancelled run)
    if (m_cancelled)
        return; // cancel() finishes the run
    const api::dto::ChangesPage &page = feedPage->page;
    const qint64 since = feedPage->since;
    if (page.lastSeq < since && !page.changes.empty()) {
        QMetaObject::invokeMethod(m_reader, &FeedReader::stop, Qt::QueuedConnection);
        finish(api::ApiError::parse(QStringLiteral("$.data.last_seq"), QStringLiteral("goes backwards")));
        return;
    }
    const bool last = !page.hasMore || page.lastSeq <= since;
    // The reader is already fetching and reading the next page.
    if (!apply(*feedPage, last)) {
        QMetaObject::invokeMethod(m_reader, &FeedReader::stop, Qt::QueuedConnection);
        api::ApiError e;
        e.kind = Kind::Cancelled;
        e.message = QStringLiteral("the local store refused the changes");
        finish(e);
        return;
    }
    const int generation = m_generation;
    QMetaObject::invokeMethod(m_reader, [reader = m_reader, generation] { reader->consumed(generation); },
                              Qt::QueuedConnection);
    const qint64 span = m_targetSeq - m_startSeq;
    Q_EMIT progress(int(qMin<qint64>(page.lastSeq - m_startSeq, INT_MAX)),
                    span > 0 && m_targetSeq >= page.lastSeq ? int(qMin<qint64>(span, INT_MAX)) : -1);
    if (last)
        finish();
}

bool Puller::apply(const FeedPage &feedPage, bool last)
{
    const api::dto::ChangesPage &page = feedPage.page;
    store::Transaction tx(m_db.sql());
    if (!tx.isActive())
        return false;
    // A full pull sets the FTS triggers aside and rebuilds each index once at
    // the end (FtsDeferral): row by row they doubled a first sync's time.
    store::FtsDeferral fts(m_db.sql());
    if (!last && (m_startSeq == 0 || m_resync)) {
        if (StoreError e = fts.suspend()) {
            qCWarning(lcSync) << "cannot set the search triggers aside:" << e.detail;
            return false;
        }
    }
    store::RemoteApply remote(m_db.sql());
    remote.setTrackSeen(m_resync);
    remote.setOwnEcho([this](const store::EntityTable &table, const store::EntityRow &server) {
        const EntitySpec *spec = m_registry.find(table.type);
        return spec && settleOwnEcho(m_db.sql(), *spec, server);
    });
    store::ApplyOutcome out;
    const int unreadableBefore = m_unreadable.size();
    for (std::size_t i = 0; i < page.changes.size(); ++i) {
        const api::dto::Change &c = page.changes[i];
        if (c.unreadable && (c.type.isEmpty() || m_registry.find(c.type))) {
            // The entry itself does not read (an id that is not a UUID…).
            qCWarning(lcEntities).noquote() << "cannot read feed entry" << i << ":" << c.problemPath.c_str()
                                            << c.problem.c_str();
            if (!keepUnreadable(c.type.isEmpty() ? QStringLiteral("?") : c.type, c.id,
                                api::jsonPathString("data." + c.problemPath) + QStringLiteral(": ")
                                    + QString::fromStdString(c.problem)))
                return false;
            continue;
        }
        const EntitySpec *spec = m_registry.find(c.type);
        if (!spec || c.unreadable)
            continue; // a type of a module this build does not have
        if (c.type == u"profile")
            ++m_result.profileChanges;
        StoreError err;
        if (c.deleted) {
            err = remote.remove(spec->table(), c.id, c.version, out);
        } else {
            if (!feedPage.rows[i]) {
                // One unreadable item must not stop the whole account from
                // syncing, nor be lost: kept with where it was wrong, and
                // asked for again by id on later syncs.
                const QString &reason = feedPage.problems[i];
                qCWarning(lcEntities).noquote() << "cannot read" << c.type << c.id << "at" << reason;
                if (!keepUnreadable(c.type, c.id, reason))
                    return false;
                continue;
            }
            const store::EntityRow &row = *feedPage.rows[i];
            const json *item = c.item;
            err = remote.upsert(spec->table(), row, [item] { return QByteArray::fromStdString(item->dump()); }, out);
        }
        if (err.kind == StoreError::Kind::Refused) {
            qCWarning(lcEntities) << "cannot store" << c.type << c.id << ", the store refuses it:" << err.detail;
            if (!keepUnreadable(c.type, c.id, err.detail))
                return false;
            continue;
        }
        if (err) {
            qCWarning(lcSync) << "cannot apply" << c.type << c.id << ":" << err.detail;
            return false;
        }
        if (!m_unreadable.isEmpty() && m_unreadable.remove(c.type + u'\n' + c.id)) {
            if (StoreError e = store::UnreadableItems(m_db.sql()).forget(c.type, c.id))
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
    if (last) {
        if (StoreError e = fts.resume()) {
            qCWarning(lcSync) << "cannot rebuild the search indexes:" << e.detail;
            return false;
        }
    }
    if (!tx.commit())
        return false;
    m_result.applied += out.applied;
    m_result.conflicts += out.conflicts;
    for (auto it = out.changed.cbegin(); it != out.changed.cend(); ++it)
        m_notifier.changed(it.key(), it.value());
    if (out.conflicts > 0 || m_unreadable.size() != unreadableBefore)
        m_notifier.outboxChanged();
    return true;
}

bool Puller::keepUnreadable(const QString &type, const QString &id, const QString &reason)
{
    if (StoreError e = store::UnreadableItems(m_db.sql()).record(type, id, reason, Clock::nowMs())) {
        qCWarning(lcSync) << "cannot keep an unreadable item:" << e.detail;
        return false;
    }
    m_unreadable.insert(type + u'\n' + id);
    ++m_result.skipped;
    return true;
}

void Puller::setBulkPragmas(bool bulk)
{
    QSqlQuery q(m_db.sql());
    q.exec(bulk ? QStringLiteral("PRAGMA cache_size = -65536") : QStringLiteral("PRAGMA cache_size = -2000"));
    q.exec(bulk ? QStringLiteral("PRAGMA wal_autocheckpoint = 16384") : QStringLiteral("PRAGMA wal_autocheckpoint = 1000"));
}

void Puller::finish(const api::ApiError &error)
{
    if (!m_done)
        return; // already finished (a cancel raced an answer)
    if (std::exchange(m_bulk, false))
        setBulkPragmas(false);
    m_call = nullptr;
    m_feedActive = false;
    m_result.error = error;
    m_notifier.flush();
    if (auto done = std::exchange(m_done, nullptr))
        done(m_result);
}

} // namespace pitchside::sync
