#pragma once

#include "../Match.h"
#include "StoreError.h"
#include "SyncedRepository.h"

#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace pitchside::store {

class ChangeHub;

// Writes fixtures (synced type "match", models/store/types/MatchType.cpp;
// reads are CalendarRepository's) through the generic writes. The outbox
// names a change of a team by the team (home_team), as the server does.
class MatchRepository
{
public:
    MatchRepository(QSqlDatabase &db, ChangeHub *hub);

    StoreError create(Match &match) { return m_items.create(match); }
    StoreError update(const QString &id, const std::function<void(Match &)> &edit)
    {
        return m_items.update(id, edit);
    }
    StoreError remove(const QString &id) { return m_items.remove(id); }
    // Puts a deleted match back (Undo): takes back a delete not sent yet,
    // else recreates it. `restoredId` is the id it lives under now.
    StoreError restore(const Match &snapshot, QString *restoredId = nullptr)
    {
        return m_items.restore(snapshot, restoredId);
    }

    // Team names already used, most frequent first: the dialog's completion.
    QStringList teamNames(int limit = 200) const;
    // Competitions already used, most frequent first.
    QStringList competitions(int limit = 50) const;

private:
    QSqlDatabase &m_db;
    SyncedRepository<Match> m_items;
};

} // namespace pitchside::store
