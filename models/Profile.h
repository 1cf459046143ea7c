#pragma once

#include "SyncFields.h"

#include <QDateTime>
#include <QString>

namespace pitchside {

// One of the user's identities: a club, a team, a district, a league or a
// sponsor (seed A §3.2). Posts belong to a profile.
struct Profile
{
    QString id;
    QString type; // equipe, club, district, ligue, sponsor
    QString name;
    QString logo;
    QString clubId;
    QString numero;
    bool isActive = true;
    int position = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    SyncFields sync;
};

QString profileTypeName(const QString &type); // translated

} // namespace pitchside
