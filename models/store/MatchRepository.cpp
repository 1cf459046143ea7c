#include "MatchRepository.h"

#include "types/SyncedTypes.h"

#include <QSqlQuery>

namespace pitchside::store {

namespace {

QStringList mostUsed(QSqlDatabase &db, const QString &sql, int limit)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(limit);
    QStringList out;
    if (q.exec()) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

} // namespace

MatchRepository::MatchRepository(QSqlDatabase &db, ChangeHub *hub) : m_db(db), m_items(db, hub, matchType()) {}

QStringList MatchRepository::teamNames(int limit) const
{
    return mostUsed(m_db,
                    QStringLiteral("SELECT name FROM (SELECT home_name AS name FROM matches WHERE deleted = 0 "
                                   "UNION ALL SELECT away_name FROM matches WHERE deleted = 0) "
                                   "GROUP BY name ORDER BY count(*) DESC, name LIMIT ?"),
                    limit);
}

QStringList MatchRepository::competitions(int limit) const
{
    return mostUsed(m_db,
                    QStringLiteral("SELECT competition FROM matches WHERE deleted = 0 AND competition != '' "
                                   "GROUP BY competition ORDER BY count(*) DESC, competition LIMIT ?"),
                    limit);
}

} // namespace pitchside::store
