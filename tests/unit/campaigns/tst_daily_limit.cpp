// The daily limit as the seed defines it (W §10): levels at their exact
// boundaries, and properties over many random inputs — capacity never
// negative and never more than what is left, the level never going down
// as more is sent, the plan covering every recipient.
#include "models/campaigns/DailyLimit.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace pitchside::campaigns;

class TestDailyLimit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void levelsAtTheSeedsBoundaries_data()
    {
        QTest::addColumn<int>("sent");
        QTest::addColumn<QString>("level");
        QTest::newRow("0") << 0 << "ok";
        QTest::newRow("750") << 750 << "ok";
        QTest::newRow("751") << 751 << "attention";
        QTest::newRow("900") << 900 << "attention";
        QTest::newRow("901") << 901 << "danger";
        QTest::newRow("1000") << 1000 << "danger";
        QTest::newRow("1001") << 1001 << "blocked";
    }
    void levelsAtTheSeedsBoundaries()
    {
        QFETCH(int, sent);
        QFETCH(QString, level);
        QCOMPARE(levelKey(levelFor(sent)), level);
    }

    void capacityAsTheSeedWritesIt()
    {
        QCOMPARE(capacity(0, 0.0), 1000);
        QCOMPARE(capacity(400, 0.5), 400);  // floor(600 / 1.5)
        QCOMPARE(capacity(999, 0.2), 0);    // floor(1 / 1.2)
        QCOMPARE(capacity(1000, 0.0), 0);
        QCOMPARE(capacity(1200, 0.0), 0);   // never negative
        QCOMPARE(capacity(0, -3.0), 1000);  // a nonsense rate counts as none
        QCOMPARE(capacity(0, qQNaN()), 1000);
    }

    void capacityIsNeverNegativeNorMoreThanWhatIsLeft()
    {
        QRandomGenerator rng(15);
        for (int i = 0; i < 100000; ++i) {
            const int limit = rng.bounded(1, 5000);
            const int sent = rng.bounded(-10, 6000);
            const double rate = rng.generateDouble() * 5.0;
            const int c = capacity(sent, rate, limit);
            QVERIFY(c >= 0);
            QVERIFY(c <= qMax(0, limit - sent));
            // Room for every first message and the follow-ups its rate predicts.
            QVERIFY(double(c) * (1.0 + rate) <= double(qMax(0, limit - sent)) + 1e-9);
        }
    }

    void theLevelNeverGoesDownAsMoreIsSent()
    {
        QRandomGenerator rng(16);
        for (int i = 0; i < 20000; ++i) {
            const int limit = rng.bounded(1, 3000);
            const int a = rng.bounded(0, 4000);
            const int b = a + rng.bounded(0, 400);
            QVERIFY2(int(levelFor(a, limit)) <= int(levelFor(b, limit)),
                     qPrintable(QStringLiteral("limit %1: %2 → %3").arg(limit).arg(a).arg(b)));
        }
    }

    void errorRate()
    {
        QCOMPARE(pitchside::campaigns::errorRate(0, 0), 0.0);
        QCOMPARE(pitchside::campaigns::errorRate(10, 90), 0.1);
        QVERIFY(!errorRateIsAlarming(pitchside::campaigns::errorRate(10, 90)));
        QVERIFY(errorRateIsAlarming(pitchside::campaigns::errorRate(11, 89)));
    }

    void pacingAsTheSeedSetsIt()
    {
        QCOMPARE(sendingSeconds(0), qint64(0));
        QCOMPARE(sendingSeconds(1), qint64(0));
        QCOMPARE(sendingSeconds(2), qint64(25));
        QCOMPARE(sendingSeconds(25), qint64(24 * 25));
        QCOMPARE(sendingSeconds(26), qint64(24 * 25 + 300)); // a pause after the first batch
        QCOMPARE(sendingSeconds(1000), qint64((999 - 39) * 25 + 39 * 300));
    }

    void aCampaignLargerThanTodaysRoomTakesDays()
    {
        const QDateTime now(QDate(2026, 12, 31), QTime(9, 0), QTimeZone::utc());
        SendPlan p = planSending(300, 0, 0.0, now);
        QCOMPARE(p.today, 300);
        QCOMPARE(p.days, 1);
        QVERIFY(!p.exceedsToday());
        QCOMPARE(p.finish, now.addSecs(sendingSeconds(300)));

        p = planSending(2500, 800, 0.0, now); // 200 today, 1000 on Jan 1 and 2, 300 on Jan 3
        QCOMPARE(p.today, 200);
        QCOMPARE(p.days, 4);
        QVERIFY(p.exceedsToday());
        QCOMPARE(p.finish, QDateTime(QDate(2027, 1, 3), QTime(0, 0), QTimeZone::utc()).addSecs(sendingSeconds(300)));

        QCOMPARE(planSending(0, 0, 0.0, now).days, 0);
        QCOMPARE(planSending(10, 1000, 0.0, now).today, 0); // nothing left today: starts tomorrow
        QCOMPARE(planSending(10, 1000, 0.0, now).days, 2);
    }

    void thePlanCoversEveryRecipient()
    {
        QRandomGenerator rng(17);
        const QDateTime now(QDate(2026, 3, 29), QTime(0, 30), QTimeZone::utc());
        for (int i = 0; i < 5000; ++i) {
            const int recipients = rng.bounded(1, 20000);
            const int sent = rng.bounded(0, 1200);
            const double rate = rng.generateDouble();
            const SendPlan p = planSending(recipients, sent, rate, now);
            const int perDay = capacity(0, rate);
            QVERIFY(p.today >= 0 && p.today <= recipients);
            QVERIFY(p.days >= 1);
            QVERIFY(p.today + qint64(p.days - 1) * perDay >= recipients);
            QVERIFY(p.days == 1 || p.today + qint64(p.days - 2) * perDay < recipients);
            QVERIFY(p.finish >= now);
        }
    }
};

QTEST_GUILESS_MAIN(TestDailyLimit)
#include "tst_daily_limit.moc"
