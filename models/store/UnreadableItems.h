#pragma once

#include "StoreError.h"

#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace pitchside::store {

// Items of the server's feed this Pitchside could not read (migration 0006).
// The feed moves past them, so they are kept here with the reason, listed
// for people beside the changes waiting, and asked for again by id on each
// later sync until one reads (then forgotten).
class UnreadableItems
{
public:
    struct Item
    {
        QString entityType;
        QString entityId; // as the server sent it: shown, never a key or a path
        QString reason;   // where the item broke and why ("$.item.hashtags: must be an array")
        qint64 firstSeenAtMs = 0;
        qint64 lastTriedAtMs = 0;
        int attempts = 0;
    };

    explicit UnreadableItems(QSqlDatabase &db) : m_db(db) {}

    // Inside the caller's transaction when there is one.
    StoreError record(const QString &type, const QString &id, const QString &reason, qint64 nowMs);
    StoreError forget(const QString &type, const QString &id);
    QVector<Item> all(int limit = 1000) const;
    int count() const;

private:
    QSqlDatabase &m_db;
};

} // namespace pitchside::store
