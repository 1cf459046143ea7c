#include "CalendarRepository.h"

#include "SqlValues.h"

#include <QSqlQuery>

namespace pitchside::store {

namespace {

const QString kMatchColumns = QStringLiteral(
    "id, profile_id, home_name, home_logo_url, home_club_id, away_name, away_logo_url, away_club_id, "
    "match_date, venue, competition, status, score_home, score_away, document_ids, created_at, updated_at, "
    "version, dirty, deleted, conflict");

Match readMatch(const QSqlQuery &q)
{
    Match m;
    m.id = q.value(0).toString();
    m.profileId = q.value(1).toString();
    m.home = {q.value(2).toString(), q.value(3).toString(), q.value(4).toString()};
    m.away = {q.value(5).toString(), q.value(6).toString(), q.value(7).toString()};
    m.matchDate = dateFromMs(q.value(8));
    m.venue = q.value(9).toString();
    m.competition = q.value(10).toString();
    matchStatusFromKey(q.value(11).toString(), &m.status);
    if (!q.value(12).isNull())
        m.scoreHome = q.value(12).toInt();
    if (!q.value(13).isNull())
        m.scoreAway = q.value(13).toInt();
    m.documentIds = listFromJson(q.value(14));
    m.createdAt = dateFromMs(q.value(15));
    m.updatedAt = dateFromMs(q.value(16));
    m.sync = {q.value(17).toLongLong(), q.value(18).toBool(), q.value(19).toBool(), q.value(20).toBool()};
    return m;
}

} // namespace

QVector<Match> CalendarRepository::matchesBetween(const QDateTime &from, const QDateTime &to) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM matches WHERE deleted = 0 AND match_date >= ? AND match_date < ? "
                             "ORDER BY match_date")
                  .arg(kMatchColumns));
    q.addBindValue(from.toMSecsSinceEpoch());
    q.addBindValue(to.toMSecsSinceEpoch());
    QVector<Match> out;
    if (q.exec()) {
        while (q.next())
            out.push_back(readMatch(q));
    }
    return out;
}

std::optional<Match> CalendarRepository::findMatch(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM matches WHERE id = ?").arg(kMatchColumns));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readMatch(q);
    return std::nullopt;
}

QVector<Event> CalendarRepository::eventsBetween(const QDateTime &from, const QDateTime &to) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // An event overlaps the range when it starts before its end and ends after its start.
    q.prepare(QStringLiteral(
        "SELECT id, name, description, start_at, end_at, status, address, signature_count, "
        "total_signature_needed, created_at, updated_at, version FROM events "
        "WHERE deleted = 0 AND start_at < ? AND end_at >= ? ORDER BY start_at"));
    q.addBindValue(to.toMSecsSinceEpoch());
    q.addBindValue(from.toMSecsSinceEpoch());
    QVector<Event> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        Event e;
        e.id = q.value(0).toString();
        e.name = q.value(1).toString();
        e.description = q.value(2).toString();
        e.start = dateFromMs(q.value(3));
        e.end = dateFromMs(q.value(4));
        e.status = q.value(5).toString();
        e.address = q.value(6).toString();
        e.signatureCount = q.value(7).toInt();
        e.totalSignatureNeeded = q.value(8).toInt();
        e.createdAt = dateFromMs(q.value(9));
        e.updatedAt = dateFromMs(q.value(10));
        e.sync.version = q.value(11).toLongLong();
        out.push_back(e);
    }
    return out;
}

} // namespace pitchside::store
