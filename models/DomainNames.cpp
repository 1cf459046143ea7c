// Wire keys and display names of the small domain enums.
#include "Match.h"
#include "Media.h"
#include "Profile.h"

#include <QCoreApplication>

namespace pitchside {

QString mediaTypeKey(Media::Type type)
{
    return type == Media::Type::Video ? QStringLiteral("video") : QStringLiteral("image");
}

QString matchStatusKey(Match::Status status)
{
    switch (status) {
    case Match::Status::Upcoming:
        return QStringLiteral("upcoming");
    case Match::Status::Live:
        return QStringLiteral("live");
    case Match::Status::Finished:
        return QStringLiteral("finished");
    }
    return {};
}

bool matchStatusFromKey(const QString &key, Match::Status *status)
{
    for (auto s : {Match::Status::Upcoming, Match::Status::Live, Match::Status::Finished}) {
        if (matchStatusKey(s) == key) {
            *status = s;
            return true;
        }
    }
    return false;
}

QString matchStatusName(Match::Status status)
{
    switch (status) {
    case Match::Status::Upcoming:
        return QCoreApplication::translate("MatchStatus", "Upcoming");
    case Match::Status::Live:
        return QCoreApplication::translate("MatchStatus", "Live");
    case Match::Status::Finished:
        return QCoreApplication::translate("MatchStatus", "Finished");
    }
    return {};
}

QString profileTypeName(const QString &type)
{
    if (type == u"club")
        return QCoreApplication::translate("Profile", "Club");
    if (type == u"equipe")
        return QCoreApplication::translate("Profile", "Team");
    if (type == u"district")
        return QCoreApplication::translate("Profile", "District");
    if (type == u"ligue")
        return QCoreApplication::translate("Profile", "League");
    if (type == u"sponsor")
        return QCoreApplication::translate("Profile", "Sponsor");
    return type;
}

} // namespace pitchside
