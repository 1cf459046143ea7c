// The fictional world of the demo seed: two clubs of an agency and the
// US Rivière club, their fixtures, events, sponsors and people. Fixed data
// and a fixed random seed, so every demo database tells the same story
// (dates move with today, ids are random).
#pragma once

#include <QColor>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <random>

namespace demo {

struct Club {
    QString name;
    QString shortTag;        // hashtag of the club
    QString nickname;        // "les Bleus"
    QString stadium;
    QColor primary;
    QColor secondary;
    QString sponsor;         // main partner
};

struct Fixture {
    QString profileKey;      // "club", "u17", "montclair", "saint-aubin"
    QString teamName;
    QString opponent;
    bool home = true;
    QDateTime kickoff;       // UTC
    QString competition;
    QString venue;
    bool played = false;
    int goalsFor = 0;
    int goalsAgainst = 0;
    QStringList scorers;
};

struct Event {
    QString name;
    QString description;
    QDateTime start;
    QDateTime end;
    QString street;
    QString city;
    int signatures = 0;
    int needed = 0;
};

const Club &riviere();
const Club &montclair();
const Club &saintAubin();
QStringList opponents();
QStringList firstNames();
QStringList lastNames();
QStringList sponsors();
QStringList volunteers();

// Fixtures over [today - 45 days, today + 45 days].
QList<Fixture> fixtures(const QDateTime &today, std::mt19937 &rng);
QList<Event> events(const QDateTime &today);
QString playerName(std::mt19937 &rng);
// "samedi 14 mars" in French.
QString frenchDate(const QDateTime &t);
QString frenchTime(const QDateTime &t);

} // namespace demo
