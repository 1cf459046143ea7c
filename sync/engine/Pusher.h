#pragma once

#include "../api/ApiClient.h"
#include "../api/RetryPolicy.h"
#include "models/store/PushQueue.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

namespace pitchside::store {
class Database;
class Transaction;
}

namespace pitchside::sync {

class EntityRegistry;
class EntitySpec;
class Notifier;

// Sends the outbox to the server, oldest change first, one request at a
// time. Changes of one entity go strictly in order; an entity whose change
// waits (backoff), was refused (parked) or conflicts holds back its later
// changes but not other entities'. See docs/architecture.md.
class Pusher : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        int pushed = 0;
        int parked = 0;
        int conflicts = 0;
        api::ApiError stop; // set when pushing had to stop (offline, sign-in, rate limit, cancel)
        int retrying = 0;   // changes that failed this time and wait for a retry (broken answer, 5xx…)
        api::ApiError retryError; // the first of those failures
    };

    Pusher(store::Database &db, api::ApiClient &api, const EntityRegistry &registry, Notifier &notifier,
           QObject *parent = nullptr);

    void setRetryPolicy(const api::RetryPolicy &policy) { m_retry = policy; }
    void run(std::function<void(const Result &)> done);
    void cancel();

Q_SIGNALS:
    void progress(int done, int total);

private:
    using Item = store::PushQueue::Item;

    static api::ApiError storeFailure(const QString &detail);

    void next();
    void push(const Item &item, const EntitySpec &spec);
    // The rest of push() for an outbox command, inside its transaction.
    void pushCommand(const Item &item, const EntitySpec &spec, api::ApiRequest req, store::PushQueue &queue,
                     store::Transaction &tx);
    void onAnswer(const Item &item, const EntitySpec &spec, const api::ApiResponse &r, const QString &route);
    static QStringList mainKeys(const EntitySpec &spec, const store::Outbox::Entry &entry);
    // "type\nid": the key of the entities held back in m_blocked.
    static QString entityKey(const store::Outbox::Entry &e);
    QStringList leftoverKeys(const Item &item, const EntitySpec &spec, const QString &route) const;
    void onCreateClash(const Item &item, const EntitySpec &spec);
    void redo(const Item &item);
    void advance();

    bool accept(const Item &item, const EntitySpec &spec, const nlohmann::json &serverItem);
    bool echoesFrozen(const Item &item, const EntitySpec &spec, const nlohmann::json &server) const;
    bool recordConflict(const Item &item, const EntitySpec &spec, const nlohmann::json *current);
    void park(const Item &item, const api::ApiError &error);
    void retryLater(const Item &item, const api::ApiError &error);
    bool sameAsLocal(const EntitySpec &spec, const QString &id, const nlohmann::json &server,
                     const QStringList &keys) const;
    bool dependsOnWaitingChange(const api::ApiError &error) const;
    void finish(const api::ApiError &stop = {});

    store::Database &m_db;
    api::ApiClient &m_api;
    const EntityRegistry &m_registry;
    Notifier &m_notifier;
    api::RetryPolicy m_retry;

    std::function<void(const Result &)> m_done;
    Result m_result;
    QVector<Item> m_queue;
    int m_index = 0;
    int m_redoCount = 0;
    QSet<QString> m_blocked; // "type\nid" of entities held back in this run
    QPointer<api::ApiCall> m_call;
    bool m_cancelled = false;
};

} // namespace pitchside::sync
