#pragma once

#include "../api/ApiClient.h"
#include "../api/Dto.h"
#include "../api/RetryPolicy.h"
#include "SyncReport.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace pitchside::store {
class ChangeHub;
class Database;
} // namespace pitchside::store

namespace pitchside::sync {

class EntityRegistry;
class Notifier;
class Puller;
class Pusher;

// One account's replication: push the outbox, then pull the feed, over its
// own store connection and API client. Lives on one thread (the sync
// thread in the app, see SyncController); tells the UI's ChangeHub what
// changed with queued calls. Runs requested while one is going are merged
// into one more run after it.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    SyncEngine(store::Database &db, api::ApiClient &api, const EntityRegistry &registry, QObject *parent = nullptr);
    ~SyncEngine() override;

    void setHub(store::ChangeHub *hub);
    void setRetryPolicy(const api::RetryPolicy &policy);
    void setPageSize(int size);

    bool isRunning() const { return m_running; }
    qint64 lastSeq() const;
    qint64 lastSyncAtMs() const;

public Q_SLOTS:
    void run();
    void cancel();
    // The server's feed reached `seq` (an SSE hint): pull if we are behind.
    void onServerSeq(qint64 seq);
    // Makes refused or backing-off changes due now (seq 0: all), then runs.
    void retryNow(qint64 seq);

Q_SIGNALS:
    void started();
    void progress(int done, int total);
    void finished(const pitchside::sync::SyncReport &report);
    void userChanged(const pitchside::sync::api::dto::User &user);

private:
    void refreshUser(std::function<void()> next);
    void pushPhase();
    void pullPhase();
    void finish(SyncReport report);
    void scheduleRetry();
    static SyncReport::Result resultFor(const api::ApiError &error);

    store::Database &m_db;
    api::ApiClient &m_api;
    const EntityRegistry &m_registry;
    std::unique_ptr<Notifier> m_notifier;
    std::unique_ptr<Pusher> m_pusher;
    std::unique_ptr<Puller> m_puller;
    QTimer m_retryTimer;

    bool m_running = false;
    bool m_again = false;
    bool m_userFresh = false;
    qint64 m_serverSeq = 0;
    SyncReport m_report;
};

} // namespace pitchside::sync
