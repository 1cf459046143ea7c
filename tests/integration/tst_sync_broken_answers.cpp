// Answers that are not what the contract promises (malformed, truncated,
// cut short), the RFC 7807 error style, and rate limits: a clear error,
// nothing lost, and the sync carries on later.
#include "models/Clock.h"
#include "SyncFixture.h"
#include "models/store/PushQueue.h"

#include <QElapsedTimer>
#include <QTest>

using namespace pitchside;
using namespace pitchside::test;

class TstSyncBrokenAnswers : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestServer m_server;
    std::unique_ptr<RemoteUser> m_web;
    std::unique_ptr<SyncClient> m_client;

    void start(const QStringList &serverArgs = {})
    {
        const QString tag = QString::fromLatin1(QTest::currentTestFunction()) + QString::fromLatin1(QTest::currentDataTag());
        TestServer::Options options;
        options.extraArgs = serverArgs;
        QVERIFY(m_server.start(m_dir.filePath(tag + QStringLiteral("-server")), options));
        m_web = std::make_unique<RemoteUser>(m_server, tag + QStringLiteral("@club.test"));
        QVERIFY(m_web->registerUser());
        for (int i = 0; i < 5; ++i)
            m_web->createPost({{"platforms", {"facebook"}}, {"content", "post " + std::to_string(i)}});
        QDir().mkpath(m_dir.filePath(tag));
        m_client = std::make_unique<SyncClient>(m_server, m_dir.filePath(tag));
        QVERIFY(m_client->signIn(m_web->email(), m_web->password()));
    }

private Q_SLOTS:
    void cleanup()
    {
        m_client.reset();
        m_web.reset();
        m_server.stop();
    }

    void brokenFeed_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("malformed") << QStringLiteral("malformed");
        QTest::newRow("truncated") << QStringLiteral("truncated");
        QTest::newRow("short_read") << QStringLiteral("short_read");
    }

    void brokenFeed()
    {
        QFETCH(QString, mode);
        start();
        m_server.corrupt(QStringLiteral("GET /api/sync/changes"), mode);
        const sync::SyncReport r = m_client->sync();
        QVERIFY(!r.ok());
        if (mode == u"short_read") {
            // The connection closed before the promised length: the network
            // failed, not the server's JSON. Offline, retried later.
            QCOMPARE(r.result, sync::SyncReport::Result::Offline);
            QCOMPARE(r.error.kind, sync::api::ApiError::Kind::Network);
        } else {
            // A whole answer that is not the contract's: said where it broke.
            QCOMPARE(r.result, sync::SyncReport::Result::Failed);
            QCOMPARE(r.error.kind, sync::api::ApiError::Kind::Parse);
            QVERIFY2(r.error.jsonPath.startsWith(QStringLiteral("$")), qPrintable(r.error.jsonPath));
        }
        QVERIFY(!m_client->controller().status().message.isEmpty()); // said, in words
        QCOMPARE(int(m_client->posts().size()), 0);
        // The next try reads a good answer and catches up.
        QVERIFY(m_client->sync().ok());
        QCOMPARE(m_client->posts(), m_web->posts());
    }

    void brokenAnswerToACreateMakesNoDuplicate()
    {
        start();
        QVERIFY(m_client->sync().ok());
        const QString id = m_client->createPost(QStringLiteral("answered with garbage"));
        // The server creates the post, then its answer arrives broken.
        m_server.corrupt(QStringLiteral("POST /api/content/posts"), QStringLiteral("truncated"));
        m_client->sync();
        QCOMPARE(m_client->waiting(), 1);
        QVERIFY(m_client->syncUntilClean());
        const PostSnapshot server = m_web->posts();
        QCOMPARE(int(server.size()), 6);
        QVERIFY(server.contains(id));
        QCOMPARE(m_client->posts(), server);
    }

    void rateLimitedWaitsRetryAfter()
    {
        start();
        QVERIFY(m_client->sync().ok());
        m_client->createPost(QStringLiteral("sent after the pause"));
        m_server.rateLimit(1, 2, QStringLiteral("POST /api/content/posts"));
        QElapsedTimer timer;
        timer.start();
        const sync::SyncReport r = m_client->sync();
        QCOMPARE(r.error.status, 429);
        QCOMPARE(r.error.retryAfterSeconds, 2);
        QCOMPARE(m_web->postCount(), 5);
        // Not before Retry-After…
        QVERIFY(!waitFor([&] { return m_web->postCount() == 6; }, 1500));
        // …but soon after, by itself.
        QVERIFY(waitFor([&] { return m_client->waiting() == 0; }, 10000));
        QVERIFY(timer.elapsed() >= 2000);
        QCOMPARE(m_web->postCount(), 6);
    }

    void problemDetailsRefusalIsParkedWithItsReason()
    {
        start({QStringLiteral("--error-style"), QStringLiteral("rfc7807")});
        QVERIFY(m_client->sync().ok());
        // Instagram without a photo, scheduled: a business rule the server
        // enforces on a post that is to go out (a draft is kept as typed).
        const QString refused = m_client->createPost(QStringLiteral("no photo"), Platform::Instagram);
        QVERIFY(!m_client->store().posts().update(refused, [](Post &p) {
            p.status = PostStatus::Scheduled;
            p.scheduledAt = Clock::nowUtc().addDays(2);
        }));
        const sync::SyncReport r = m_client->sync();
        QVERIFY(r.ok());
        QCOMPARE(r.parked, 1);
        const auto items = store::PushQueue(m_client->store().database().sql()).all();
        QCOMPARE(int(items.size()), 1);
        QCOMPARE(items[0].entry.state, store::Outbox::State::Parked);
        QCOMPARE(items[0].errorCode, QStringLiteral("BUSINESS_RULE/instagram_needs_media"));
        QVERIFY2(!items[0].entry.lastError.isEmpty(), "a refusal says why");
        // A parked change does not block the others.
        const QString ok = m_client->createPost(QStringLiteral("fine"), Platform::Facebook);
        QVERIFY(m_client->sync().ok());
        QVERIFY(m_web->posts().contains(ok));
        // Fixing it sends it again.
        QVERIFY(!m_client->store().posts().update(items[0].entry.entityId, [](Post &p) { p.platforms = Platform::Facebook; }));
        QVERIFY(m_client->syncUntilClean());
        QVERIFY(m_web->posts().contains(items[0].entry.entityId));
        QCOMPARE(m_client->parked(), 0);
    }
};

QTEST_GUILESS_MAIN(TstSyncBrokenAnswers)
#include "tst_sync_broken_answers.moc"
