// Tokens: access tokens that expire in the middle of a sync, exactly one
// refresh for many refused requests, and a stolen refresh token (reuse
// detection) that ends the session without losing a change.
#include "SyncFixture.h"
#include "sync/api/ApiClient.h"

#include <QSignalSpy>
#include <QTest>

using namespace pitchside;
using namespace pitchside::test;

class TstSyncAuth : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestServer m_server;
    std::unique_ptr<RemoteUser> m_web;
    std::unique_ptr<SyncClient> m_client;

    int refreshes() { return m_server.requestCounts().value("POST /api/auth/refresh", 0); }

private Q_SLOTS:
    void init()
    {
        const QString tag = QString::fromLatin1(QTest::currentTestFunction());
        m_web = startServerWithUser(m_server, m_dir, tag);
        QVERIFY(m_web);
        m_client = signedInClient(m_server, m_dir, tag, *m_web);
        QVERIFY(m_client);
    }

    void cleanup()
    {
        m_client.reset();
        m_web.reset();
        m_server.stop();
    }

    void accessTokenExpiresMidSync()
    {
        for (int i = 0; i < 20; ++i)
            m_client->createPost(QStringLiteral("post %1").arg(i));
        m_server.reset(); // zeroes the request counts
        m_server.latency(40);
        const QString before = m_client->tokens().accessToken();
        m_client->controller().start(); // syncs at once, in the background
        // Once a few posts are in, every access token dies.
        QVERIFY(waitFor([&] { return m_web->postCount() >= 5; }, 20000));
        m_server.expireAccessTokens();
        QVERIFY(m_web->login()); // the web device needs a new token too
        QVERIFY(waitFor([&] { return m_client->waiting() == 0; }, 30000));
        QCOMPARE(refreshes(), 1);
        QVERIFY(m_client->tokens().accessToken() != before);
        QVERIFY(m_client->sync().ok());
        QCOMPARE(m_client->posts(), m_web->posts());
        QCOMPARE(m_web->postCount(), 20);
    }

    void oneRefreshForManyRefusedRequests()
    {
        m_server.expireAccessTokens();
        m_server.reset();
        sync::api::ApiConfig config;
        config.baseUrl = m_server.url();
        sync::api::ApiClient api(config, &m_client->tokens());
        int ok = 0;
        for (int i = 0; i < 12; ++i) {
            sync::api::ApiRequest req;
            req.path = QStringLiteral("/api/users/me");
            api.send(req, this, [&ok](const sync::api::ApiResponse &r) { ok += r.ok() ? 1 : 0; });
        }
        QVERIFY(waitFor([&] { return ok == 12; }, 20000));
        QCOMPARE(refreshes(), 1);
    }

    void stolenRefreshTokenEndsTheSessionKeepingChanges()
    {
        QVERIFY(m_client->sync().ok());
        const QString a = m_client->createPost(QStringLiteral("written before the theft"));
        m_client->createPost(QStringLiteral("another one"));
        // Someone else uses the client's refresh token first (rotation)…
        const HttpResult stolen = m_server.http().request(
            "POST", QStringLiteral("/api/auth/refresh"),
            {{"refresh_token", m_client->tokens().tokens().refresh.toStdString()}});
        QCOMPARE(stolen.status, 200);
        // …so when the client refreshes with it, the server sees a reuse and
        // revokes the whole session.
        m_server.expireAccessTokens();
        QSignalSpy signInRequired(&m_client->controller(), &sync::SyncController::signInRequired);
        const sync::SyncReport r = m_client->sync();
        QCOMPARE(r.result, sync::SyncReport::Result::SignInRequired);
        QCOMPARE(signInRequired.count(), 1);
        QCOMPARE(m_client->controller().status().state, sync::SyncStatus::State::SignInRequired);
        QVERIFY(m_client->tokens().tokens().isEmpty());
        // The thief's tokens died with the session.
        const HttpResult after = m_server.http().request(
            "POST", QStringLiteral("/api/auth/refresh"),
            {{"refresh_token", QString::fromStdString(stolen.data().value("refresh_token", std::string())).toStdString()}});
        QCOMPARE(after.status, 401);
        // Nothing was lost: the changes wait, and go after a new sign-in.
        QCOMPARE(m_client->waiting(), 2);
        QVERIFY(m_client->store().posts().find(a));
        QVERIFY(m_client->signIn(m_web->email(), m_web->password()));
        QVERIFY(m_client->syncUntilClean());
        QVERIFY(m_web->login());
        QCOMPARE(m_web->postCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TstSyncAuth)
#include "tst_sync_auth.moc"
