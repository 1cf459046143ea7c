// Template variables: found, filled and defaulted as the server's /use does.
#include "models/Match.h"
#include "models/TemplateFill.h"

#include <QLocale>
#include <QTest>

using namespace pitchside;

class TestTemplateFill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsVariablesInOrder()
    {
        const QString text = QStringLiteral("🎯 Conseil du {{day_name}} : {{ topic }}\n\n{{content}} #{{hashtag1}} {{topic}}");
        QCOMPARE(TemplateFill::variablesIn(text), (QStringList{QStringLiteral("day_name"), QStringLiteral("topic"),
                                                               QStringLiteral("content"), QStringLiteral("hashtag1")}));
        QCOMPARE(TemplateFill::variablesIn(QStringLiteral("{{}} {{bad name}} {{é}} {x}")), QStringList{});
    }

    void fillsValuesThenDefaults()
    {
        const QString text = QStringLiteral("Conseil du {{day_name}} : {{ topic }} ({{missing}})");
        const QJsonObject defaults{{QStringLiteral("day_name"), QStringLiteral("lundi")},
                                   {QStringLiteral("topic"), QString()}};
        QCOMPARE(TemplateFill::fill(text, {{QStringLiteral("topic"), QStringLiteral("la récupération")}}, defaults),
                 QStringLiteral("Conseil du lundi : la récupération ({{missing}})"));
        // A value given wins over the default; an empty one falls back to it.
        QCOMPARE(TemplateFill::fill(text, {{QStringLiteral("day_name"), QStringLiteral("mardi")}}, defaults),
                 QStringLiteral("Conseil du mardi : {{ topic }} ({{missing}})"));
        QCOMPARE(TemplateFill::fill(text, {{QStringLiteral("day_name"), QString()}}, defaults),
                 QStringLiteral("Conseil du lundi : {{ topic }} ({{missing}})"));
        QCOMPARE(TemplateFill::fill(QStringLiteral("sans variable"), {}), QStringLiteral("sans variable"));
    }

    void variablesObjectKeepsKnownDefaults()
    {
        const QJsonObject o = TemplateFill::variablesObject(QStringLiteral("{{a}} {{b}}"),
                                                            {{QStringLiteral("a"), QStringLiteral("x")},
                                                             {QStringLiteral("gone"), QStringLiteral("y")}});
        QCOMPARE(o, (QJsonObject{{QStringLiteral("a"), QStringLiteral("x")}, {QStringLiteral("b"), QString()}}));
    }

    void matchdayValues()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        Match m;
        m.home.name = QStringLiteral("FC Vaulx");
        m.away.name = QStringLiteral("AS Bron");
        m.venue = QStringLiteral("Stade Jean-Bouin");
        m.competition = QStringLiteral("Régional 2");
        m.matchDate = QDateTime(QDate(2026, 3, 14), QTime(15, 0), Qt::LocalTime).toUTC();
        auto values = TemplateFill::matchValues(m);
        QCOMPARE(values.value(QStringLiteral("home")), QStringLiteral("FC Vaulx"));
        QCOMPARE(values.value(QStringLiteral("exterieur")), QStringLiteral("AS Bron"));
        QCOMPARE(values.value(QStringLiteral("time")), QStringLiteral("15:00"));
        QVERIFY(values.value(QStringLiteral("date")).contains(QStringLiteral("mars")));
        QVERIFY(!values.contains(QStringLiteral("score")));
        m.scoreHome = 3;
        m.scoreAway = 1;
        values = TemplateFill::matchValues(m);
        const QString text = QStringLiteral("{{home}} {{score}} {{away}} à {{lieu}} ({{competition}})");
        QCOMPARE(TemplateFill::fill(text, values),
                 QStringLiteral("FC Vaulx 3-1 AS Bron à Stade Jean-Bouin (Régional 2)"));
    }
};

QTEST_GUILESS_MAIN(TestTemplateFill)
#include "tst_template_fill.moc"
