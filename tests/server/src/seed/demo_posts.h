// French post texts of the demo seed: fixtures (J-3, matchday, result),
// events (announce, reminder, thanks) and everyday club life.
#pragma once

#include "seed/demo_world.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <random>

namespace demo {

struct PostPlan {
    QString profileKey;      // club, u17, sponsor, montclair, saint-aubin
    QString kind;
    QDateTime when;
    QString content;
    QStringList hashtags;
    QStringList platforms;
    QString imageKey;        // which generated visual illustrates it
};

// Posts for the clubs in `profiles` (club/u17 or montclair/saint-aubin),
// `fillers` everyday posts per club spread over the 90 days.
QList<PostPlan> plans(const QDateTime &today, const QList<Fixture> &fixtures, const QList<Event> &events,
                      const QStringList &profiles, int fillers, std::mt19937 &rng);
const Club &clubOf(const QString &profileKey);

} // namespace demo
