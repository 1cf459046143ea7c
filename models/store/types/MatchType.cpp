// Fixtures (API.md §4.3): created and edited in the calendar. A team is one
// field for the server (home_team: name, logo, club), three columns here.
#include "SyncedTypes.h"

#include "../ChangeHub.h"

#include <QCoreApplication>

namespace pitchside::store {

namespace {

QString statusInWords(const QString &key)
{
    Match::Status status;
    return matchStatusFromKey(key, &status) ? matchStatusName(status) : key;
}

void addTeam(SyncedType<Match> &t, const char *field, TeamInfo Match::*team, const char *nameColumn,
             const char *logoColumn, const char *clubColumn, const char *label)
{
    t.add(
         nameColumn, ColumnKind::TextNotNull, Required | Pushed, label,
         [team](const Match &m) { return column_value::to((m.*team).name, ColumnKind::TextNotNull); },
         [team](Match &m, const QVariant &v) { (m.*team).name = v.toString(); })
        .inField(field);
    t.add(
         logoColumn, ColumnKind::Text, Pushed, nullptr,
         [team](const Match &m) { return column_value::to((m.*team).logoUrl, ColumnKind::Text); },
         [team](Match &m, const QVariant &v) { (m.*team).logoUrl = v.toString(); })
        .inField(field);
    t.add(
         clubColumn, ColumnKind::Text, Pushed, nullptr,
         [team](const Match &m) { return column_value::to((m.*team).clubId, ColumnKind::Text); },
         [team](Match &m, const QVariant &v) { (m.*team).clubId = v.toString(); })
        .inField(field)
        .references("club"); // a club of the federation, not a synced type of ours
}

SyncedType<Match> declare()
{
    SyncedType<Match> t(EntityType::Match, QStringLiteral("matches"), QT_TRANSLATE_NOOP("SyncEntity", "Match"));
    t.operations = CanCreate | CanUpdate | CanDelete;
    t.titleColumn = QStringLiteral("home_name");
    t.add("profile_id", &Match::profileId, ColumnKind::Text, Pushed | CreateOnly).references("profile");
    addTeam(t, "home_team", &Match::home, "home_name", "home_logo_url", "home_club_id",
            QT_TRANSLATE_NOOP("SyncField", "Home team"));
    addTeam(t, "away_team", &Match::away, "away_name", "away_logo_url", "away_club_id",
            QT_TRANSLATE_NOOP("SyncField", "Away team"));
    t.add("match_date", &Match::matchDate, ColumnKind::TimestampNotNull, Required | Pushed,
          QT_TRANSLATE_NOOP("SyncField", "Kick-off"));
    t.add("venue", &Match::venue, ColumnKind::TextNotNull, Pushed, QT_TRANSLATE_NOOP("SyncField", "Venue"));
    t.add("competition", &Match::competition, ColumnKind::TextNotNull, Pushed,
          QT_TRANSLATE_NOOP("SyncField", "Competition"));
    t.add(
         "status", ColumnKind::TextNotNull, Required | Pushed, QT_TRANSLATE_NOOP("SyncField", "Status"),
         [](const Match &m) { return QVariant(matchStatusKey(m.status)); },
         [](Match &m, const QVariant &v) { matchStatusFromKey(v.toString(), &m.status); })
        .oneOf({QStringLiteral("upcoming"), QStringLiteral("live"), QStringLiteral("finished")})
        .saidAs(statusInWords);
    t.add("score_home", &Match::scoreHome, ColumnKind::Integer, Pushed, QT_TRANSLATE_NOOP("SyncField", "Home score"));
    t.add("score_away", &Match::scoreAway, ColumnKind::Integer, Pushed, QT_TRANSLATE_NOOP("SyncField", "Away score"));
    t.add("document_ids", &Match::documentIds, ColumnKind::JsonArray, Pushed).references("document");
    t.addTimes();
    return t;
}

} // namespace

const SyncedType<Match> &matchType()
{
    return declaredOnce<declare>();
}

} // namespace pitchside::store
