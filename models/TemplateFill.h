#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace pitchside {

struct Match;

// Templates' {{variables}} (API.md §4, seed [P]): which ones a text uses and
// the text with values put in, exactly as the server's POST /templates/{id}/use
// does, so a post made offline from a template reads the same.
namespace TemplateFill {

// Names used by the text, in order of first appearance ("{{ home }}" counts as "home").
QStringList variablesIn(const QString &text);

// Replaces every {{name}} with its value, or its default when no value is
// given; a variable with neither stays visible ("{{score}}") for the user.
QString fill(const QString &text, const QHash<QString, QString> &values, const QJsonObject &defaults = {});

// The template's variables object for a text: every variable it uses, with
// the defaults already known kept.
QJsonObject variablesObject(const QString &text, const QJsonObject &known = {});

// Values a match offers to a matchday template: home, away, date, time,
// venue, competition, score (when known), plus their French names
// (domicile, exterieur, lieu, competition…) — the names clubs write.
QHash<QString, QString> matchValues(const Match &match);

} // namespace TemplateFill

} // namespace pitchside
