#pragma once

#include "SyncFields.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace pitchside {

struct TeamInfo
{
    QString name;
    QString logoUrl;
    QString clubId;
};

// A fixture (API.md §4.3, seed A §4.3).
struct Match
{
    enum class Status { Upcoming, Live, Finished };

    QString id;
    QString profileId;
    TeamInfo home;
    TeamInfo away;
    QDateTime matchDate;
    QString venue;
    QString competition;
    Status status = Status::Upcoming;
    std::optional<int> scoreHome;
    std::optional<int> scoreAway;
    QStringList documentIds;
    QDateTime createdAt;
    QDateTime updatedAt;
    SyncFields sync;
};

QString matchStatusKey(Match::Status status);
bool matchStatusFromKey(const QString &key, Match::Status *status);
QString matchStatusName(Match::Status status); // translated, for people

// A club event shown on the calendar (seed B: tournaments, meetings…). Read-only.
struct Event
{
    QString id;
    QString name;
    QString description;
    QDateTime start;
    QDateTime end;
    QString status;
    QString address;
    int signatureCount = 0;
    int totalSignatureNeeded = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    SyncFields sync;
};

} // namespace pitchside
