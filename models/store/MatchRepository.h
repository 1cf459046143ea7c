#pragma once

#include "../Match.h"
#include "StoreError.h"

#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace pitchside::store {

class ChangeHub;

// Writes fixtures (synced entity "match"; reads are CalendarRepository's).
// Each write records its outbox entry in the same transaction; the outbox
// names the changed fields by their JSON keys (home_team, match_date,
// score_home…), which is what the sync engine sends.
class MatchRepository
{
public:
    MatchRepository(QSqlDatabase &db, ChangeHub *hub) : m_db(db), m_hub(hub) {}

    StoreError create(Match &match);
    StoreError update(const QString &id, const std::function<void(Match &)> &edit);
    StoreError remove(const QString &id);
    // Puts a deleted match back (Undo): takes back a delete not sent yet,
    // else recreates it. `restoredId` is the id it lives under now.
    StoreError restore(const Match &snapshot, QString *restoredId = nullptr);

    // Team names already used, most frequent first: the dialog's completion.
    QStringList teamNames(int limit = 200) const;
    // Competitions already used, most frequent first.
    QStringList competitions(int limit = 50) const;

    static QStringList changedFields(const Match &before, const Match &after);

private:
    StoreError write(const Match &match, bool insert);
    void announce(const QString &id);

    QSqlDatabase &m_db;
    ChangeHub *m_hub;
};

} // namespace pitchside::store
