#pragma once

#include "../api/ApiClient.h"
#include "../api/Dto.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThread>

#include <functional>
#include <memory>

namespace pitchside::store {
class Database;
class RemoteApply;
} // namespace pitchside::store

namespace pitchside::sync {

class EntityRegistry;
class FeedReader;
struct FeedPage;
class Notifier;

// Pulls /api/sync/changes from the stored last_seq, one page per
// transaction, until has_more is false. The next page is requested as soon
// as a page arrives, so that the server and the network work while this
// thread applies the previous page. 410 GONE restarts from 0 without losing
// unsent local changes (dirty rows are never overwritten) and, at the end,
// removes the clean rows the server no longer has.
class Puller : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        int applied = 0;
        int conflicts = 0;
        int skipped = 0;      // items we could not read (kept in unreadable_items with the reason)
        int profileChanges = 0;
        bool resynced = false;
        api::ApiError error;
    };

    Puller(store::Database &db, api::ApiClient &api, const EntityRegistry &registry, Notifier &notifier,
           QObject *parent = nullptr);
    ~Puller() override;

    void setPageSize(int size) { m_pageSize = size; }
    // Where the server's feed stands, when known (SSE), for the progress bar.
    void setTargetSeq(qint64 seq) { m_targetSeq = seq; }
    void run(std::function<void(const Result &)> done);
    void cancel();

    qint64 lastSeq() const;

Q_SIGNALS:
    void progress(int done, int total); // total -1: unknown

private:
    void refetchNext();
    void onRefetched(const QString &type, const QString &id, const api::ApiResponse &r);
    void fetch(qint64 since);
    void onPage(const std::shared_ptr<const FeedPage> &page);
    void onFeedFailed(int generation, qint64 since, const api::ApiError &error);
    bool startResync();
    bool apply(const FeedPage &page, bool last);
    // Inside the page's transaction: the item is kept as "could not be read".
    bool keepUnreadable(const QString &type, const QString &id, const QString &reason);
    void finish(const api::ApiError &error = {});
    void setBulkPragmas(bool bulk);

    store::Database &m_db;
    api::ApiClient &m_api;
    const EntityRegistry &m_registry;
    Notifier &m_notifier;
    int m_pageSize = 1000;
    qint64 m_targetSeq = 0;
    qint64 m_startSeq = 0;

    std::function<void(const Result &)> m_done;
    Result m_result;
    QPointer<api::ApiCall> m_call;
    bool m_resync = false;
    bool m_cancelled = false;
    int m_resyncCount = 0;
    QThread m_readerThread;       // fetches and reads pages while this thread writes
    FeedReader *m_reader = nullptr; // lives on m_readerThread
    int m_generation = 0;         // of the reader's current start; older pages are dropped
    bool m_feedActive = false;
    bool m_bulk = false;          // a full pull: bulk pragmas on this connection
    QSet<QString> m_unreadable;                    // "type\nid" of the items kept as unreadable
    QList<QPair<QString, QString>> m_refetch;      // (type, id) to ask for again by id, this run
};

} // namespace pitchside::sync
