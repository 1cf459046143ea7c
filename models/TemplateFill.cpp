#include "TemplateFill.h"

#include "Match.h"

#include <QLocale>
#include <QRegularExpression>

namespace pitchside::TemplateFill {

namespace {

// The server's pattern (tests/server templates_routes): ASCII names, spaces allowed inside the braces.
const QRegularExpression &variablePattern()
{
    static const QRegularExpression re(QStringLiteral("\\{\\{\\s*([A-Za-z0-9_]+)\\s*\\}\\}"));
    return re;
}

} // namespace

QStringList variablesIn(const QString &text)
{
    QStringList names;
    auto it = variablePattern().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names << name;
    }
    return names;
}

QString fill(const QString &text, const QHash<QString, QString> &values, const QJsonObject &defaults)
{
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    auto it = variablePattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        QString value = values.value(name);
        if (value.isEmpty())
            value = defaults.value(name).toString();
        out += value.isEmpty() ? m.captured(0) : value;
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QJsonObject variablesObject(const QString &text, const QJsonObject &known)
{
    QJsonObject out;
    for (const QString &name : variablesIn(text))
        out.insert(name, known.value(name).isString() ? known.value(name) : QJsonValue(QString()));
    return out;
}

QHash<QString, QString> matchValues(const Match &match)
{
    const QLocale locale;
    const QDateTime local = match.matchDate.toLocalTime();
    QHash<QString, QString> v;
    const auto both = [&v](const char *english, const char *french, const QString &value) {
        v.insert(QString::fromLatin1(english), value);
        v.insert(QString::fromLatin1(french), value);
    };
    both("home", "domicile", match.home.name);
    both("away", "exterieur", match.away.name);
    v.insert(QStringLiteral("home_team"), match.home.name);
    v.insert(QStringLiteral("away_team"), match.away.name);
    both("date", "jour", locale.toString(local.date(), QLocale::LongFormat));
    both("time", "heure", locale.toString(local.time(), QLocale::ShortFormat));
    both("venue", "lieu", match.venue);
    v.insert(QStringLiteral("stade"), match.venue);
    v.insert(QStringLiteral("competition"), match.competition);
    if (match.scoreHome && match.scoreAway) {
        v.insert(QStringLiteral("score"), QStringLiteral("%1-%2").arg(*match.scoreHome).arg(*match.scoreAway));
        v.insert(QStringLiteral("score_home"), QString::number(*match.scoreHome));
        v.insert(QStringLiteral("score_away"), QString::number(*match.scoreAway));
    }
    return v;
}

} // namespace pitchside::TemplateFill
