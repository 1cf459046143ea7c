#include "CalendarRepository.h"

#include "types/SyncedTypes.h"

namespace pitchside::store {

CalendarRepository::CalendarRepository(QSqlDatabase &db)
    : m_matches(db, nullptr, matchType()), m_events(db, nullptr, eventType())
{
}

QVector<Match> CalendarRepository::matchesBetween(const QDateTime &from, const QDateTime &to) const
{
    return m_matches.select(QStringLiteral("deleted = 0 AND match_date >= ? AND match_date < ? ORDER BY match_date"),
                            {from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch()});
}

QVector<Event> CalendarRepository::eventsBetween(const QDateTime &from, const QDateTime &to) const
{
    // An event overlaps the range when it starts before its end and ends after its start.
    return m_events.select(QStringLiteral("deleted = 0 AND start_at < ? AND end_at >= ? ORDER BY start_at"),
                           {to.toMSecsSinceEpoch(), from.toMSecsSinceEpoch()});
}

} // namespace pitchside::store
