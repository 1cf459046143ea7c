#include "MatchRepository.h"

#include "CalendarRepository.h"
#include "ChangeHub.h"
#include "Outbox.h"
#include "OutboxRevert.h"
#include "SqlValues.h"
#include "Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pitchside::store {

namespace {

StoreError queryError(const QSqlQuery &q)
{
    return {StoreError::Kind::QueryFailed, q.lastError().text()};
}

QVariant intOrNull(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<int>());
}

// A null QString binds as NULL; NOT NULL text columns want ''.
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

bool sameTeam(const TeamInfo &a, const TeamInfo &b)
{
    return a.name == b.name && a.logoUrl == b.logoUrl && a.clubId == b.clubId;
}

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

QStringList MatchRepository::changedFields(const Match &a, const Match &b)
{
    QStringList f;
    const auto check = [&f](bool differs, const char *key) {
        if (differs)
            f << QString::fromLatin1(key);
    };
    check(a.profileId != b.profileId, "profile_id");
    check(!sameTeam(a.home, b.home), "home_team");
    check(!sameTeam(a.away, b.away), "away_team");
    check(a.matchDate != b.matchDate, "match_date");
    check(a.venue != b.venue, "venue");
    check(a.competition != b.competition, "competition");
    check(a.status != b.status, "status");
    check(a.scoreHome != b.scoreHome, "score_home");
    check(a.scoreAway != b.scoreAway, "score_away");
    check(a.documentIds != b.documentIds, "document_ids");
    return f;
}

StoreError MatchRepository::write(const Match &m, bool insert)
{
    QSqlQuery q(m_db);
    if (insert) {
        q.prepare(QStringLiteral(
            "INSERT INTO matches (id, profile_id, home_name, home_logo_url, home_club_id, away_name, away_logo_url, "
            "away_club_id, match_date, venue, competition, status, score_home, score_away, document_ids, created_at, "
            "updated_at, version, dirty, deleted, conflict) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
        q.addBindValue(m.id);
    } else {
        q.prepare(QStringLiteral(
            "UPDATE matches SET profile_id=?, home_name=?, home_logo_url=?, home_club_id=?, away_name=?, "
            "away_logo_url=?, away_club_id=?, match_date=?, venue=?, competition=?, status=?, score_home=?, "
            "score_away=?, document_ids=?, created_at=?, updated_at=?, version=?, dirty=?, deleted=?, conflict=? "
            "WHERE id=?"));
    }
    q.addBindValue(textOrNull(m.profileId));
    q.addBindValue(notNull(m.home.name));
    q.addBindValue(textOrNull(m.home.logoUrl));
    q.addBindValue(textOrNull(m.home.clubId));
    q.addBindValue(notNull(m.away.name));
    q.addBindValue(textOrNull(m.away.logoUrl));
    q.addBindValue(textOrNull(m.away.clubId));
    q.addBindValue(m.matchDate.toMSecsSinceEpoch());
    q.addBindValue(notNull(m.venue));
    q.addBindValue(notNull(m.competition));
    q.addBindValue(matchStatusKey(m.status));
    q.addBindValue(intOrNull(m.scoreHome));
    q.addBindValue(intOrNull(m.scoreAway));
    q.addBindValue(jsonList(m.documentIds));
    q.addBindValue(m.createdAt.toMSecsSinceEpoch());
    q.addBindValue(m.updatedAt.toMSecsSinceEpoch());
    q.addBindValue(m.sync.version);
    q.addBindValue(m.sync.dirty ? 1 : 0);
    q.addBindValue(m.sync.deleted ? 1 : 0);
    q.addBindValue(m.sync.conflict ? 1 : 0);
    if (!insert)
        q.addBindValue(m.id);
    return q.exec() ? StoreError{} : queryError(q);
}

void MatchRepository::announce(const QString &id)
{
    if (m_hub) {
        m_hub->notify(EntityType::Match, {id});
        m_hub->notify(EntityType::Outbox);
    }
}

StoreError MatchRepository::create(Match &match)
{
    if (match.id.isEmpty())
        match.id = newUuid();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!match.createdAt.isValid())
        match.createdAt = now;
    match.updatedAt = now;
    match.sync = SyncFields{0, true, false, false};

    Transaction tx(m_db);
    if (!tx.isActive())
        return {StoreError::Kind::QueryFailed, tx.lastError()};
    if (StoreError e = write(match, true))
        return e;
    if (StoreError e = Outbox(m_db).recordCreate(EntityType::Match, match.id))
        return e;
    if (!tx.commit())
        return {StoreError::Kind::QueryFailed, tx.lastError()};
    announce(match.id);
    return {};
}

StoreError MatchRepository::update(const QString &id, const std::function<void(Match &)> &edit)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return {StoreError::Kind::QueryFailed, tx.lastError()};
    const std::optional<Match> before = CalendarRepository(m_db).findMatch(id);
    if (!before || before->sync.deleted)
        return {StoreError::Kind::NotFound};
    Match after = *before;
    edit(after);
    after.id = before->id;
    after.sync = before->sync;
    const QStringList fields = changedFields(*before, after);
    if (fields.isEmpty())
        return {};
    after.updatedAt = QDateTime::currentDateTimeUtc();
    after.sync.dirty = true;
    if (StoreError e = write(after, false))
        return e;
    if (StoreError e = Outbox(m_db).recordUpdate(EntityType::Match, id, fields, before->sync.version))
        return e;
    if (!tx.commit())
        return {StoreError::Kind::QueryFailed, tx.lastError()};
    announce(id);
    return {};
}

StoreError MatchRepository::remove(const QString &id)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return {StoreError::Kind::QueryFailed, tx.lastError()};
    const std::optional<Match> match = CalendarRepository(m_db).findMatch(id);
    if (!match || match->sync.deleted)
        return {StoreError::Kind::NotFound};
    Outbox::DeleteOutcome outcome;
    if (StoreError e = Outbox(m_db).recordDelete(EntityType::Match, id, match->sync.version, &outcome))
        return e;
    QSqlQuery q(m_db);
    if (outcome == Outbox::DeleteOutcome::NeverSynced) {
        q.prepare(QStringLiteral("DELETE FROM matches WHERE id = ?"));
    } else {
        q.prepare(QStringLiteral("UPDATE matches SET deleted = 1, dirty = 1, updated_at = ? WHERE id = ?"));
        q.addBindValue(nowMs());
    }
    q.addBindValue(id);
    if (!q.exec())
        return queryError(q);
    if (!tx.commit())
        return {StoreError::Kind::QueryFailed, tx.lastError()};
    announce(id);
    return {};
}

StoreError MatchRepository::restore(const Match &snapshot, QString *restoredId)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return {StoreError::Kind::QueryFailed, tx.lastError()};
    Match m = snapshot;
    const std::optional<Match> existing = CalendarRepository(m_db).findMatch(snapshot.id);
    bool takenBack = false;
    if (existing && existing->sync.deleted) {
        if (StoreError e = takeBackDelete(m_db, EntityType::Match, m.id, &takenBack))
            return e;
    } else if (existing) {
        return {StoreError::Kind::Refused, QStringLiteral("not deleted")};
    }
    if (takenBack) {
        // The server still has it as it was; local edits the delete swept
        // from the outbox go out again as one update.
        m.sync = existing->sync;
        m.sync.deleted = false;
        m.updatedAt = QDateTime::currentDateTimeUtc();
        if (StoreError e = write(m, false))
            return e;
        if (snapshot.sync.dirty) {
            const QStringList all = {QStringLiteral("home_team"), QStringLiteral("away_team"),
                                     QStringLiteral("match_date"), QStringLiteral("venue"),
                                     QStringLiteral("competition"), QStringLiteral("status"),
                                     QStringLiteral("score_home"), QStringLiteral("score_away")};
            if (StoreError e = Outbox(m_db).recordUpdate(EntityType::Match, m.id, all, m.sync.version))
                return e;
        } else {
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("UPDATE matches SET dirty = 0 WHERE id = ?"));
            q.addBindValue(m.id);
            if (!q.exec())
                return queryError(q);
        }
    } else {
        // Gone for good (never synced), or its delete may be on the server:
        // it comes back as a new match.
        if (existing)
            m.id = newUuid();
        m.updatedAt = QDateTime::currentDateTimeUtc();
        m.sync = SyncFields{0, true, false, false};
        if (StoreError e = write(m, true))
            return e;
        if (StoreError e = Outbox(m_db).recordCreate(EntityType::Match, m.id))
            return e;
    }
    if (!tx.commit())
        return {StoreError::Kind::QueryFailed, tx.lastError()};
    if (restoredId)
        *restoredId = m.id;
    announce(m.id);
    return {};
}

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
