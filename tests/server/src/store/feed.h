// The replication feed (API.md §3): one row per user and entity at its
// latest server-wide seq, tombstones for deletes, a horizon below which history
// was purged (a `since` under it gets 410 GONE).
#pragma once

#include "core/json.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <functional>

class Database;

class Feed {
public:
    enum class Op { Upsert, Delete };
    static constexpr int kTombstoneDays = 30;

    explicit Feed(Database &db) : m_db(db) {}

    // Inside the caller's transaction. `item` is the entity's JSON as GET
    // returns it (empty for a delete).
    void record(const QString &userId, const QString &type, const QString &entityId, Op op,
                qint64 version, const QString &item = {});

    qint64 lastSeq();
    qint64 userLastSeq(const QString &userId);
    qint64 horizon();

    // How an item leaves in a seed backend's shape (modules/seed_shapes):
    // it may rewrite the stored item and the version it goes with.
    using ItemPresenter = std::function<void(const QString &type, QByteArray &item, qint64 &version)>;
    struct PageText
    {
        QByteArray data;     // the `data` object
        bool more = false;
        qint64 remaining = 0; // changes after `since`, this page's included (when counted)
    };
    // The `data` object of GET /api/sync/changes, serialised straight from
    // the stored JSON (no re-parsing: the feed is the hot path, unless a
    // presenter is given). Without `hasMoreInData` the answer's pagination
    // says it (Artywiz's shape), and `remaining` is counted for it.
    PageText page(const QString &userId, qint64 since, int limit, const ItemPresenter &present = {},
                  bool hasMoreInData = true);

    // Drops tombstones older than 30 days (startup and hourly).
    void purgeOldTombstones();
    // Test mode: drops every tombstone and moves the horizon to now.
    qint64 compactAll();

    // Live hints go out only for committed changes.
    void setNotifier(std::function<void(const QString &userId, qint64 lastSeq)> notify)
    {
        m_notify = std::move(notify);
    }
    // A named live event (message.new, notification.new…) that goes out
    // after the commit, behind the change hints, with `last_seq` set to the
    // user's feed position then. `exceptSession`: the session whose request
    // made it (it has the answer already).
    void queueEvent(const QString &userId, const QByteArray &event, json data, const QString &exceptSession = {});
    using EventSink = std::function<void(const QString &userId, const QByteArray &event, const json &data,
                                         const QString &exceptSession)>;
    void setEventSink(EventSink sink) { m_sink = std::move(sink); }

    void flushNotifications();
    void discardNotifications()
    {
        m_pendingUsers.clear();
        m_pendingEvents.clear();
    }

private:
    struct PendingEvent {
        QString userId;
        QByteArray event;
        json data;
        QString exceptSession;
    };
    void raiseHorizon(qint64 seq);

    Database &m_db;
    QSet<QString> m_pendingUsers;
    QList<PendingEvent> m_pendingEvents;
    std::function<void(const QString &, qint64)> m_notify;
    EventSink m_sink;
};
