#pragma once

#include "EntityTable.h"
#include "StoreError.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace pitchside::store {

// The server's copy of an entity the user also changed here, kept beside
// the local row until the user chooses (keep mine, take theirs, keep both).
struct ConflictRecord
{
    QString entityType;
    QString entityId;
    qint64 serverVersion = 0;
    QByteArray serverCopy; // JSON, as the server sent it ("{}" when it deleted the entity)
    bool remoteDeleted = false;
    qint64 detectedAtMs = 0;
};

class ConflictRepository
{
public:
    explicit ConflictRepository(QSqlDatabase &db) : m_db(db) {}

    int count() const;
    QVector<ConflictRecord> all() const;
    std::optional<ConflictRecord> find(const QString &type, const QString &id) const;

    // Inside the caller's transaction: keeps the server copy, flags the row
    // and holds the entity's outbox entries until the user decides. A newer
    // server copy replaces an older one; an older one is ignored.
    StoreError record(const EntityTable &table, const ConflictRecord &conflict);
    // Forgets the server copy (the caller has resolved the conflict).
    StoreError forget(const QString &type, const QString &id);

private:
    QSqlDatabase &m_db;
};

} // namespace pitchside::store
