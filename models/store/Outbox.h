#pragma once

#include "StoreError.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

class QSqlQuery;

namespace pitchside::store {

// The queue of local changes not yet accepted by the server. Writers call the
// record* functions inside the same transaction as the row they change, so a
// change and its outbox entry exist together or not at all.
//
// Entries coalesce: an update of an entity that already waits (not in flight)
// merges its fields into that entry, an update after a waiting create adds
// nothing (the create sends the current row), and a delete of an entity that
// never reached a server removes it without a trace.
class Outbox
{
public:
    // Command: an action on an entity the server runs once (send a campaign):
    // POSTed to the type's route for it, with its own body, never coalesced.
    enum class Op { Create, Update, Delete, Command };
    enum class State { Pending, Inflight, Parked, Conflict };

    struct Entry
    {
        qint64 seq = 0;
        QString entityType;
        QString entityId;
        Op op = Op::Create;
        QStringList fields; // updates: the columns that changed; a command: its name
        QByteArray commandBody; // a command's JSON body
        qint64 baseVersion = 0;
        QString idempotencyKey;
        int attempts = 0;
        qint64 nextAttemptAtMs = 0;
        QString lastError;
        State state = State::Pending;
        qint64 createdAtMs = 0;
    };

    enum class DeleteOutcome {
        Queued,      // the server must be told
        NeverSynced, // the server never had it: the caller removes the row for good
    };

    explicit Outbox(QSqlDatabase &db) : m_db(db) {}

    StoreError recordCreate(const QString &type, const QString &id);
    StoreError recordUpdate(const QString &type, const QString &id, const QStringList &fields, qint64 baseVersion);
    StoreError recordDelete(const QString &type, const QString &id, qint64 baseVersion, DeleteOutcome *outcome);
    // An action for the server to run once; later edits queue behind it.
    StoreError recordCommand(const QString &type, const QString &id, const QString &command,
                             const QJsonObject &body);

    int count() const;
    int countInState(State state) const;
    QVector<Entry> entries(int limit = 500) const;
    QVector<Entry> entriesFor(const QString &type, const QString &id) const;

    static QString opKey(Op op);
    static QString stateKey(State state);

private:
    StoreError insertUpdate(const QString &type, const QString &id, const QStringList &fields, qint64 baseVersion);

    QSqlDatabase &m_db;
    // recordCreate's statement, prepared once per Outbox: an import writes
    // 100,000 creates through one.
    std::shared_ptr<QSqlQuery> m_create;
};

} // namespace pitchside::store
