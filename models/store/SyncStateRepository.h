#pragma once

#include "StoreError.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace pitchside::store {

// Small key/value facts about replication: last_seq, last successful sync…
class SyncStateRepository
{
public:
    explicit SyncStateRepository(QSqlDatabase &db) : m_db(db) {}

    QVariant value(const QString &key, const QVariant &fallback = {}) const;
    StoreError setValue(const QString &key, const QVariant &value);

    // Well-known keys.
    static QString lastSeqKey() { return QStringLiteral("last_seq"); }
    static QString lastSyncAtKey() { return QStringLiteral("last_sync_at"); } // ms since epoch

private:
    QSqlDatabase &m_db;
};

} // namespace pitchside::store
