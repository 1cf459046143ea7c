#pragma once

#include "StoreError.h"

#include <QSqlDatabase>

namespace pitchside::store {

// A first sync writes every row of an account at once (100 000 posts):
// keeping the FTS5 indexes in step row by row, by their triggers, doubles
// its time. While a full pull runs, the triggers are set aside (their SQL
// kept in sync_state, so a crash loses nothing) and each index is rebuilt
// once at the end ('rebuild' reads the content table), then the triggers
// come back. Search is stale only until that first sync ends.
class FtsDeferral
{
public:
    explicit FtsDeferral(QSqlDatabase &db) : m_db(db) {}

    // Triggers are set aside (an interrupted first sync left them so).
    bool suspended() const;
    // Inside the caller's transaction.
    StoreError suspend();
    // Inside the caller's transaction: rebuilds every FTS5 index and puts
    // the triggers back. Nothing to do when none are set aside.
    StoreError resume();

private:
    QSqlDatabase &m_db;
};

} // namespace pitchside::store
