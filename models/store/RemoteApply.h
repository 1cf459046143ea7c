#pragma once

#include "EntityTable.h"
#include "StoreError.h"

#include <QByteArray>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <memory>

namespace pitchside::store {

// What one page of remote changes did to the store.
struct ApplyOutcome
{
    QHash<QString, QStringList> changed; // entity type -> ids whose rows changed
    int applied = 0;
    int conflicts = 0;
};

// Applies the server's changes to synced tables, inside the caller's
// transaction (one per feed page). The rule that makes offline editing safe:
// a row with a local change waiting (dirty) or a conflict is never
// overwritten. When the server moved past the version such a row derives
// from, its copy is kept in `conflicts` for the user; nothing is dropped.
class RemoteApply
{
public:
    explicit RemoteApply(QSqlDatabase &db);
    ~RemoteApply();

    RemoteApply(const RemoteApply &) = delete;
    RemoteApply &operator=(const RemoteApply &) = delete;

    // The server's copy as JSON text, made only when a conflict needs it
    // (dumping every item of a 100 000-item sync would cost more than the sync).
    using ServerCopy = std::function<QByteArray()>;

    // row.values/children hold the server's data, row.version its version.
    // Kind::Refused: the schema refused this row (a constraint); the
    // transaction is intact and the caller may go on with the next item.
    StoreError upsert(const EntityTable &table, const EntityRow &row, const ServerCopy &serverCopy,
                      ApplyOutcome &out);
    StoreError remove(const EntityTable &table, const QString &id, qint64 version, ApplyOutcome &out);

    // Full resync bookkeeping: remember every id the feed brings, then drop
    // the clean rows it did not bring (deleted on the server meanwhile).
    void setTrackSeen(bool track) { m_trackSeen = track; }

    // Asked before a copy that moved past a dirty row becomes a conflict:
    // true when it is the echo of our own change whose answer was lost, and
    // the hook has settled it (sync/engine/OwnEcho). Inside the transaction.
    using OwnEcho = std::function<bool(const EntityTable &table, const EntityRow &server)>;
    void setOwnEcho(OwnEcho echo) { m_ownEcho = std::move(echo); }
    StoreError sweepUnseen(const EntityTable &table, ApplyOutcome &out);
    StoreError clearSeen();

private:
    struct Statements;
    Statements &statementsFor(const EntityTable &table);
    StoreError upsertSkipped(const EntityTable &table, const EntityRow &row, const ServerCopy &serverCopy,
                             ApplyOutcome &out);
    bool onlyCreatesWaiting(const QString &type, const QString &id) const;
    StoreError markSeen(const QString &type, const QString &id);

    QSqlDatabase &m_db;
    QHash<QString, std::shared_ptr<Statements>> m_statements;
    bool m_trackSeen = false;
    OwnEcho m_ownEcho;
};

} // namespace pitchside::store
