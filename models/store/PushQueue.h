#pragma once

#include "Outbox.h"
#include "StoreError.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace pitchside::store {

// The sync engine's side of the outbox: which entries wait, and what each
// attempt to send one came to. The user's side (recording changes, with
// coalescing) stays in Outbox.
//
// State 'inflight' means "a request for this entry may have reached the
// server": its exact body and If-Match are frozen in the payload, and a
// retry re-sends them with the same Idempotency-Key so that the server
// replays its first answer. Outbox's coalescing never merges into such an
// entry, so a change made meanwhile becomes a new entry behind it.
class PushQueue
{
public:
    struct Item
    {
        Outbox::Entry entry;
        QString errorCode;
        QByteArray sentBody; // frozen body; empty when none
        qint64 sentIfMatch = -1;
        QString sentRoute;   // a sub-route suffix ("/score") the frozen body goes to; empty: the main route
        bool frozen() const { return entry.state == Outbox::State::Inflight && sentIfMatch >= 0; }
    };

    explicit PushQueue(QSqlDatabase &db) : m_db(db) {}

    // Every entry, oldest first (the pending-changes list).
    QVector<Item> all(int limit = 1000) const;
    // Entries that may be sent (pending or inflight), oldest first.
    QVector<Item> waiting(int limit = 100000) const;
    std::optional<Item> get(qint64 seq) const;
    // Every entry of an entity, oldest first.
    QVector<Item> forEntity(const QString &type, const QString &id) const;
    // The earliest time a waiting entry becomes due (0 = none waits).
    qint64 nextDueAtMs() const;
    int countWaiting() const;
    // Entries that could be sent right now.
    int countDue(qint64 nowMs) const;

    StoreError freeze(qint64 seq, const QByteArray &body, qint64 ifMatch, const QString &route = {});
    StoreError complete(qint64 seq);
    // A transient failure. keepFrozen: the outcome is unknown (the request
    // may have been applied), so the entry stays 'inflight' with its body.
    StoreError retryLater(qint64 seq, int attempts, qint64 nextAttemptAtMs, const QString &error,
                          const QString &code, bool keepFrozen);
    StoreError park(qint64 seq, const QString &error, const QString &code);
    // Every entry of the entity waits for the user's decision.
    StoreError markConflict(const QString &type, const QString &id);
    bool othersWaiting(const QString &type, const QString &id, qint64 exceptSeq) const;
    // The create found the entity already on the server: send the row's
    // fields as an update instead (with a fresh key, the body differs).
    StoreError convertToUpdate(qint64 seq, const QStringList &fields);
    StoreError rotateKey(qint64 seq);

    // Conflict resolutions (inside the caller's transaction).
    // Keep mine: the entity's entries become one update of `fields` (or the
    // delete, if the user deleted it), due now, with a fresh key.
    StoreError reopenAsUpdate(const QString &type, const QString &id, const QStringList &fields);
    StoreError reopenAsDelete(const QString &type, const QString &id);
    // Keep mine when the server deleted it: recreate it with the same id.
    StoreError reopenAsCreate(const QString &type, const QString &id);
    // Take theirs: nothing of this entity is to be sent any more.
    StoreError dropEntity(const QString &type, const QString &id);

    // "Retry now": backing-off entries, and parked ones unless told not to,
    // become due at once (seq 0 = all of them).
    StoreError retryNow(qint64 seq = 0, bool includeParked = true);

private:
    QVector<Item> select(const QString &where, const QVariantList &binds, int limit = 1000000) const;

    QSqlDatabase &m_db;
};

} // namespace pitchside::store
