#pragma once

#include "../Match.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace pitchside::store {

// Matches and events, the other things a calendar shows beside posts.
class CalendarRepository
{
public:
    explicit CalendarRepository(QSqlDatabase &db) : m_db(db) {}

    QVector<Match> matchesBetween(const QDateTime &from, const QDateTime &to) const;
    std::optional<Match> findMatch(const QString &id) const;
    QVector<Event> eventsBetween(const QDateTime &from, const QDateTime &to) const;

private:
    QSqlDatabase &m_db;
};

} // namespace pitchside::store
