#pragma once

#include "../api/ApiClient.h"
#include "../api/Dto.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace pitchside::store {
class Database;
class RemoteApply;
} // namespace pitchside::store

namespace pitchside::sync {

class EntityRegistry;
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
        int skipped = 0;      // items we could not read (logged with their JSON path)
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
    void fetch(qint64 since);
    void onPage(qint64 since, const api::ApiResponse &r);
    bool startResync();
    bool apply(const api::dto::ChangesPage &page, bool last);
    void finish(const api::ApiError &error = {});

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
};

} // namespace pitchside::sync
