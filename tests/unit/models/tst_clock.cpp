// Time as an input: the Clock tests set (advancing or frozen, nested scopes
// put back what was there), "today" at the hard moments — a month's last
// evening, New Year's Eve in New York when UTC is already in January — and
// the wall-clock rule for the nights the clocks change (LocalTime), each in
// the time zone the test sets.
#include "models/Clock.h"
#include "models/LocalTime.h"
#include "tests/support/TimeZoneOverride.h"

#include <QElapsedTimer>
#include <QTest>

using namespace pitchside;
using testsupport::TimeZoneOverride;

namespace {

QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

} // namespace

class TestClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsTheSystemClockByDefault()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const qint64 now = Clock::nowMs();
        QVERIFY(now >= before && now <= QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(Clock::nowUtc().timeSpec(), Qt::UTC);
        QCOMPARE(Clock::nowLocal().timeSpec(), Qt::LocalTime);
    }

    void aSetClockAdvancesWithRealTime()
    {
        const QDateTime at = utc(2027, 3, 28, 0, 59);
        Clock::TestOverride clock(at);
        QVERIFY(qAbs(Clock::nowMs() - at.toMSecsSinceEpoch()) < 1000);
        QElapsedTimer timer;
        timer.start();
        QTest::qWait(30);
        QVERIFY(Clock::nowMs() - at.toMSecsSinceEpoch() >= timer.elapsed() - 5);
    }

    void aFrozenClockDoesNotMove()
    {
        const QDateTime at = utc(2026, 12, 31, 23, 30);
        Clock::TestOverride clock(at, true);
        QTest::qWait(20);
        QCOMPARE(Clock::nowMs(), at.toMSecsSinceEpoch());
        QCOMPARE(Clock::nowUtc(), at);
    }

    void scopesPutBackWhatWasThere()
    {
        const QDateTime outer = utc(2027, 1, 31, 12, 0);
        {
            Clock::TestOverride fixture(outer, true);
            {
                Clock::TestOverride inner(utc(2027, 2, 1, 12, 0));
                QCOMPARE(Clock::nowUtc().date(), QDate(2027, 2, 1));
            }
            QCOMPARE(Clock::nowUtc(), outer); // the fixture's clock, frozen again
        }
        QVERIFY(qAbs(Clock::nowMs() - QDateTime::currentMSecsSinceEpoch()) < 1000);
    }

    // 23:30 on 31 December in New York is 04:30 on 1 January in UTC: the
    // calendar's "today" is the person's, the stored instants are UTC.
    void todayIsTheLocalDayAtYearsEnd()
    {
        TimeZoneOverride zone("America/New_York");
        Clock::TestOverride clock(utc(2027, 1, 1, 4, 30), true);
        QCOMPARE(Clock::today(), QDate(2026, 12, 31));
        QCOMPARE(Clock::nowLocal().time(), QTime(23, 30));
        QCOMPARE(Clock::nowUtc().date(), QDate(2027, 1, 1));
    }

    void todayIsTheLocalDayAtAMonthsEnd()
    {
        TimeZoneOverride zone("Europe/Paris");
        // 00:30 on 1 May in Paris (summer time, UTC+2) is still 30 April in UTC.
        Clock::TestOverride clock(utc(2027, 4, 30, 22, 30), true);
        QCOMPARE(Clock::today(), QDate(2027, 5, 1));
        QCOMPARE(Clock::nowUtc().date(), QDate(2027, 4, 30));
        // And 28 February in a leap year is not the month's end.
        Clock::TestOverride leap(QDateTime(QDate(2028, 2, 28), QTime(23, 59)), true);
        QCOMPARE(Clock::today().addDays(1), QDate(2028, 2, 29));
        QCOMPARE(Clock::today().daysInMonth(), 29);
    }

    // Paris, 28 March 2027: at 02:00 the clocks show 03:00.
    void aTimeTheClocksSkipMovesForwardByTheSkip_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QTime>("asked");
        QTest::addColumn<QTime>("shown");
        QTest::addColumn<QDateTime>("instant");
        const QDate paris(2027, 3, 28);
        QTest::newRow("Paris 02:30") << QByteArray("Europe/Paris") << paris << QTime(2, 30) << QTime(3, 30)
                                     << utc(2027, 3, 28, 1, 30);
        QTest::newRow("Paris 02:00") << QByteArray("Europe/Paris") << paris << QTime(2, 0) << QTime(3, 0)
                                     << utc(2027, 3, 28, 1, 0);
        QTest::newRow("Paris 02:59") << QByteArray("Europe/Paris") << paris << QTime(2, 59) << QTime(3, 59)
                                     << utc(2027, 3, 28, 1, 59);
        QTest::newRow("Paris 01:59, before") << QByteArray("Europe/Paris") << paris << QTime(1, 59) << QTime(1, 59)
                                             << utc(2027, 3, 28, 0, 59);
        QTest::newRow("Paris 03:00, after") << QByteArray("Europe/Paris") << paris << QTime(3, 0) << QTime(3, 0)
                                            << utc(2027, 3, 28, 1, 0);
        // The autumn night 02:30 happens twice: the first one, still in summer time.
        QTest::newRow("Paris 02:30 in autumn") << QByteArray("Europe/Paris") << QDate(2027, 10, 31) << QTime(2, 30)
                                               << QTime(2, 30) << utc(2027, 10, 31, 0, 30);
        QTest::newRow("New York 02:30") << QByteArray("America/New_York") << QDate(2027, 3, 14) << QTime(2, 30)
                                        << QTime(3, 30) << utc(2027, 3, 14, 7, 30);
        // Lord Howe Island puts its clocks forward by half an hour.
        QTest::newRow("Lord Howe 02:15") << QByteArray("Australia/Lord_Howe") << QDate(2027, 10, 3) << QTime(2, 15)
                                         << QTime(2, 45) << utc(2027, 10, 2, 15, 45);
    }

    void aTimeTheClocksSkipMovesForwardByTheSkip()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QDate, day);
        QFETCH(QTime, asked);
        QFETCH(QTime, shown);
        QFETCH(QDateTime, instant);
        TimeZoneOverride tz(zone.constData());
        QCOMPARE(LocalTime::exists(day, asked), asked == shown);
        const QDateTime at = LocalTime::at(day, asked);
        QVERIFY(at.isValid());
        QCOMPARE(at.date(), day); // never another day
        QCOMPARE(at.time(), shown);
        QCOMPARE(at.toUTC(), instant);
        // What Qt 6.4 does without the rule, for the record: the skipped time
        // is invalid and converts as if it were UTC (02:30 UTC, 04:30 in Paris).
        if (asked != shown)
            QVERIFY(!QDateTime(day, asked).isValid());
    }

    void wallMinutesFollowTheClockNotTheElapsedTime()
    {
        TimeZoneOverride tz("Europe/Paris");
        const QDate spring(2027, 3, 28);
        // 10:00 is drawn at 10:00 although only 9 hours passed since midnight.
        const QDateTime ten = LocalTime::at(spring, QTime(10, 0));
        QCOMPARE(spring.startOfDay().secsTo(ten), 9 * 3600);
        QCOMPARE(LocalTime::wallMinutes(spring, ten), 10 * 60);
        QCOMPARE(LocalTime::wallMinutes(spring, LocalTime::at(spring, QTime(2, 30))), 3 * 60 + 30);
        // The autumn day has 25 hours; 18:00 is still drawn at 18:00.
        const QDate autumn(2027, 10, 31);
        QCOMPARE(LocalTime::wallMinutes(autumn, QDateTime(autumn, QTime(18, 0))), 18 * 60);
        // Before and after the day: its edges.
        QCOMPARE(LocalTime::wallMinutes(spring, QDateTime(spring.addDays(-1), QTime(23, 0))), 0);
        QCOMPARE(LocalTime::wallMinutes(spring, QDateTime(spring.addDays(1), QTime(1, 0))), 24 * 60);
        // An instant given in UTC is placed on the local wall clock.
        QCOMPARE(LocalTime::wallMinutes(spring, utc(2027, 3, 28, 8, 15)), 10 * 60 + 15);
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
