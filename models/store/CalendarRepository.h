#pragma once

#include "../Match.h"
#include "SyncedRepository.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace pitchside::store {

// Matches and events, the other things a calendar shows beside posts.
class CalendarRepository
{
public:
    explicit CalendarRepository(QSqlDatabase &db);

    QVector<Match> matchesBetween(const QDateTime &from, const QDateTime &to) const;
    std::optional<Match> findMatch(const QString &id) const { return m_matches.find(id); }
    QVector<Event> eventsBetween(const QDateTime &from, const QDateTime &to) const;

private:
    SyncedRepository<Match> m_matches;
    SyncedRepository<Event> m_events;
};

} // namespace pitchside::store
