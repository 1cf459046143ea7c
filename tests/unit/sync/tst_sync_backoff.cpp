// Retry delays: exponential, jittered, capped, and never sooner than Retry-After.
#include "sync/api/RetryPolicy.h"

#include <QTest>

using namespace pitchside::sync::api;

class TstSyncBackoff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exponentialWithEqualJitter()
    {
        RetryPolicy p;
        p.baseMs = 1000;
        p.maxMs = 60000;
        // The fixed half of each step doubles; the random half stays under the step.
        for (int attempt = 1; attempt <= 6; ++attempt) {
            const qint64 step = qMin<qint64>(60000, 1000LL << (attempt - 1));
            QCOMPARE(p.delayMs(attempt, 0.0), step / 2);
            QCOMPARE(p.delayMs(attempt, 0.999999), step - 1);
            for (int i = 0; i < 50; ++i) {
                const qint64 d = p.delayMs(attempt);
                QVERIFY(d >= step / 2 && d <= step);
            }
        }
    }

    void capped()
    {
        RetryPolicy p;
        p.baseMs = 1000;
        p.maxMs = 60000;
        QCOMPARE(p.delayMs(30, 0.0), qint64(30000));
        QCOMPARE(p.delayMs(1000, 0.5), qint64(45000)); // no overflow for absurd attempt counts
        QCOMPARE(p.delayMs(0, 0.0), qint64(500));      // attempt 0 reads as the first
    }

    void jitterSpreadsClients()
    {
        RetryPolicy p;
        QSet<qint64> seen;
        for (int i = 0; i < 40; ++i)
            seen.insert(p.delayMs(4));
        QVERIFY(seen.size() > 20);
    }

    void retryAfterWins()
    {
        RetryPolicy p;
        ApiError e;
        e.kind = ApiError::Kind::Http;
        e.status = 429;
        e.retryAfterSeconds = 3;
        for (int i = 0; i < 20; ++i) {
            const qint64 d = p.delayAfter(e, 1);
            QVERIFY(d >= 3000 && d <= 3300);
        }
        e.retryAfterSeconds = -1;
        QVERIFY(p.delayAfter(e, 1) <= p.baseMs);
    }

    void environmentShortensSteps()
    {
        qputenv("PITCHSIDE_RETRY_BASE_MS", "50");
        const RetryPolicy p = RetryPolicy::fromEnvironment();
        qunsetenv("PITCHSIDE_RETRY_BASE_MS");
        QCOMPARE(p.baseMs, qint64(50));
        QCOMPARE(p.maxMs, qint64(3000));
        QCOMPARE(RetryPolicy::fromEnvironment().baseMs, RetryPolicy().baseMs);
    }
};

QTEST_GUILESS_MAIN(TstSyncBackoff)
#include "tst_sync_backoff.moc"
