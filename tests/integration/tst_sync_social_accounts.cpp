// Social accounts (issue 13; API.md §9): connecting LinkedIn, Facebook or
// Instagram through the backend's OAuth flow — the app's loopback
// listener and state, the reference server playing the network — then the
// account as a synced type: its expiry and `needs_reconnect` from the
// server's shortened lifetimes, renewing, disconnecting through the
// outbox. Tokens are sealed (AES-256-GCM) on the server and never reach
// the app's store, settings or logs.
#include "Browser.h"
#include "SyncFixture.h"
#include "models/SocialAccountHealth.h"
#include "models/store/SocialAccountRepository.h"
#include "sync/auth/SocialConnect.h"

#include <QDirIterator>
#include <QTest>
#include <QUrlQuery>

using namespace pitchside;
using namespace pitchside::test;
using sync::auth::SocialConnect;

namespace {

QString capturedLog;
void captureLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    capturedLog += QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message
                   + QLatin1Char('\n');
}

} // namespace

class TstSyncSocialAccounts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestServer m_server;
    std::unique_ptr<RemoteUser> m_web;
    std::unique_ptr<SyncClient> m_client;

    SocialConnect::Result connectWith(SocialConnect &connect, const QString &platform, Browser &browser)
    {
        bool done = false;
        SocialConnect::Result result;
        connect.connectAccount(
            platform,
            [&](const QUrl &url) {
                browser.open(url);
                return true;
            },
            [&](const SocialConnect::Result &r) {
                result = r;
                done = true;
            });
        waitFor([&] { return done; }, 20000);
        return result;
    }

    std::optional<SocialAccount> stored(const QString &id)
    {
        return m_client->store().socialAccounts().find(id);
    }

    HttpResult test(const QString &path, const json &body, const QByteArray &method = "POST")
    {
        return m_server.http().request(method, path, body);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_web = startServerWithUser(m_server, m_dir, QStringLiteral("social"));
        QVERIFY(m_web);
        m_client = signedInClient(m_server, m_dir, QStringLiteral("social"), *m_web);
        QVERIFY(m_client);
    }

    void connectsEachNetworkThroughTheBrowser_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::newRow("linkedin") << "linkedin";
        QTest::newRow("facebook") << "facebook";
        QTest::newRow("instagram") << "instagram";
    }

    void connectsEachNetworkThroughTheBrowser()
    {
        QFETCH(QString, platform);
        SocialConnect connect(m_server.url(), "en", &m_client->tokens());
        Browser browser;
        capturedLog.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureLog);
        const SocialConnect::Result r = connectWith(connect, platform, browser);
        qInstallMessageHandler(previous);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(!r.accountId.isEmpty());
        // The browser ended on the app's listener, bound to 127.0.0.1, which said so.
        QVERIFY(waitFor([&] { return !browser.pages.empty(); }));
        const Browser::Page &last = browser.pages.back();
        QCOMPARE(last.url.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(last.status, 200);
        QVERIFY(last.body.contains("close this tab"));
        const QString state = QUrlQuery(last.url).queryItemValue(QStringLiteral("state"));
        QVERIFY(state.size() >= 32);
        QVERIFY2(!capturedLog.contains(state), qPrintable(capturedLog));
        QVERIFY(!connect.redirectUri().isValid() || connect.redirectUri().port() <= 0 || !connect.isRunning());

        // The account comes with the next sync, without any token.
        QVERIFY(m_client->syncUntilClean());
        const std::optional<SocialAccount> a = stored(r.accountId);
        QVERIFY(a);
        QCOMPARE(a->platform, platform);
        QVERIFY(!a->profileName.isEmpty());
        QVERIFY(!a->scopes.isEmpty());
        QVERIFY(!a->needsReconnect);
        const qint64 days = Clock::nowUtc().daysTo(a->expiresAt);
        QVERIFY2(days >= 59 && days <= 60, qPrintable(QString::number(days)));
        QCOMPARE(SocialAccountHealth::of(*a, Clock::nowUtc()).state, SocialAccountHealth::State::Healthy);

        // On the server, the tokens are sealed: the record does not hold the token in clear.
        const HttpResult sealed = m_server.http().request(
            "GET", QStringLiteral("/api/test/social/accounts/%1/sealed").arg(r.accountId));
        QCOMPARE(sealed.status, 200);
        QVERIFY(sealed.data()["opens"].get<bool>());
        const std::string token = sealed.data()["access_token"].get<std::string>();
        const QByteArray record = QByteArray::fromBase64(QByteArray::fromStdString(sealed.data()["sealed_base64"].get<std::string>()));
        QVERIFY(record.size() > 28);
        QVERIFY(!record.contains(QByteArray::fromStdString(token)));
        // ...and the token is nowhere in the app's folder.
        QDirIterator files(m_client->store().path().section(u'/', 0, -2), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(QByteArray::fromStdString(token)), qPrintable(f.fileName()));
        }
        QVERIFY(!capturedLog.contains(QString::fromStdString(token)));
    }

    void reconnectingRenewsTheSameAccount()
    {
        SocialConnect connect(m_server.url(), "en", &m_client->tokens());
        Browser first, second;
        const SocialConnect::Result a = connectWith(connect, QStringLiteral("facebook"), first);
        const SocialConnect::Result b = connectWith(connect, QStringLiteral("facebook"), second);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(b.accountId, a.accountId); // one account per network
    }

    void aWrongStateIsIgnoredAndASecondCallbackFindsNothing()
    {
        SocialConnect connect(m_server.url(), "en", &m_client->tokens());
        bool done = false;
        SocialConnect::Result result;
        QUrl authorization;
        connect.connectAccount(
            QStringLiteral("linkedin"),
            [&](const QUrl &url) {
                authorization = url;
                return true;
            },
            [&](const SocialConnect::Result &r) {
                result = r;
                done = true;
            });
        QVERIFY(waitFor([&] { return authorization.isValid(); }));
        const QUrl listener = connect.redirectUri();
        QVERIFY(listener.isValid());
        Browser stranger;
        QUrl forged = listener;
        forged.setQuery(QStringLiteral("state=not-ours&result=connected&account_id=x"));
        QCOMPARE(stranger.get(forged).status, 400);
        QVERIFY(!done);
        Browser browser;
        browser.open(authorization);
        QVERIFY(waitFor([&] { return done; }, 20000));
        QVERIFY2(result.ok(), qPrintable(result.message));
        // The listener is closed: nothing answers there any more.
        const Browser::Page late = stranger.get(forged);
        QVERIFY(late.error != QNetworkReply::NoError);
    }

    void cancelAndTimeoutSayWhatHappened()
    {
        SocialConnect connect(m_server.url(), "en", &m_client->tokens());
        bool done = false;
        SocialConnect::Result result;
        auto finished = [&](const SocialConnect::Result &r) {
            result = r;
            done = true;
        };
        connect.connectAccount(QStringLiteral("instagram"), [](const QUrl &) { return true; }, finished);
        QVERIFY(waitFor([&] { return connect.redirectUri().isValid(); }));
        connect.cancel();
        QVERIFY(done);
        QCOMPARE(result.problem, SocialConnect::Result::Problem::Cancelled);

        done = false;
        connect.setBrowserWaitMs(1500);
        connect.connectAccount(QStringLiteral("instagram"), [](const QUrl &) { return true; }, finished);
        QVERIFY(waitFor([&] { return done; }, 10000));
        QCOMPARE(result.problem, SocialConnect::Result::Problem::TimedOut);
        QVERIFY2(result.message.contains(QStringLiteral("browser")), qPrintable(result.message));
    }

    void expiryMakesTheAccountNeedReconnectingAndRenewIsRefused()
    {
        QCOMPARE(test(QStringLiteral("/api/test/social/token-lifetime"), {{"seconds", 3}}, "PUT").status, 200);
        SocialConnect connect(m_server.url(), "en", &m_client->tokens());
        Browser browser;
        const SocialConnect::Result r = connectWith(connect, QStringLiteral("instagram"), browser);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(m_client->syncUntilClean());
        QCOMPARE(SocialAccountHealth::of(*stored(r.accountId), Clock::nowUtc()).state,
                 SocialAccountHealth::State::ExpiresSoon);
        // The server's job marks it within seconds of the end.
        QVERIFY(waitFor(
            [&] {
                m_client->sync();
                const auto a = stored(r.accountId);
                return a && a->needsReconnect;
            },
            20000));
        QCOMPARE(stored(r.accountId)->reconnectReason, QStringLiteral("expired"));
        bool done = false;
        SocialConnect::Result renewed;
        connect.renew(r.accountId, QStringLiteral("instagram"), [&](const SocialConnect::Result &x) {
            renewed = x;
            done = true;
        });
        QVERIFY(waitFor([&] { return done; }));
        QCOMPARE(renewed.problem, SocialConnect::Result::Problem::Refused);
        QVERIFY2(renewed.message.contains(QStringLiteral("reconnect")), qPrintable(renewed.message));
        QCOMPARE(test(QStringLiteral("/api/test/social/token-lifetime"), {{"seconds", 0}}, "PUT").status, 200);

        // Reconnecting brings it back.
        const SocialConnect::Result again = connectWith(connect, QStringLiteral("instagram"), browser);
        QVERIFY(again.ok());
        QVERIFY(m_client->syncUntilClean());
        QVERIFY(!stored(r.accountId)->needsReconnect);
    }

    void renewExtendsAndRevokedNeedsReconnecting()
    {
        SocialConnect connect(m_server.url(), "en", &m_client->tokens());
        Browser browser;
        const SocialConnect::Result r = connectWith(connect, QStringLiteral("linkedin"), browser);
        QVERIFY(r.ok());
        bool done = false;
        SocialConnect::Result renewed;
        connect.renew(r.accountId, QStringLiteral("linkedin"), [&](const SocialConnect::Result &x) {
            renewed = x;
            done = true;
        });
        QVERIFY(waitFor([&] { return done; }));
        QVERIFY2(renewed.ok(), qPrintable(renewed.message));
        QCOMPARE(test(QStringLiteral("/api/test/social/accounts/%1/revoke").arg(r.accountId), json::object()).status,
                 200);
        QVERIFY(m_client->syncUntilClean());
        const auto a = stored(r.accountId);
        QVERIFY(a && a->needsReconnect);
        QCOMPARE(a->reconnectReason, QStringLiteral("revoked"));
        QVERIFY(!SocialAccountHealth::canPublishAt(*a, Clock::nowUtc().addDays(1), Clock::nowUtc()));
    }

    void disconnectGoesThroughTheOutbox()
    {
        SocialConnect connect(m_server.url(), "en", &m_client->tokens());
        Browser browser;
        const SocialConnect::Result r = connectWith(connect, QStringLiteral("facebook"), browser);
        QVERIFY(r.ok());
        QVERIFY(m_client->syncUntilClean());
        QVERIFY(!m_client->store().socialAccounts().disconnect(r.accountId));
        QVERIFY(m_client->waiting() > 0);
        QVERIFY(m_client->syncUntilClean());
        QVERIFY(!stored(r.accountId));
        QCOMPARE(m_server.http().request("GET", QStringLiteral("/api/social/accounts/%1").arg(r.accountId), json(),
                                         m_web->token()).status,
                 404);
        QCOMPARE(m_server.http().request("GET", QStringLiteral("/api/test/social/accounts/%1/sealed").arg(r.accountId)).status,
                 404); // the tokens are gone too
    }

    void theConsentPageIsARealFormOutsideTestMode()
    {
        // A server without test mode asks: a form with Allow and Deny.
        TestServer plain;
        TestServer::Options options;
        options.testMode = false;
        QVERIFY(plain.start(m_dir.filePath(QStringLiteral("plain")), options));
        RemoteUser user(plain, QStringLiteral("consent@pitchside.test"));
        QVERIFY(user.registerUser());
        const HttpResult start = plain.http().request(
            "POST", QStringLiteral("/api/social/instagram/connect"),
            {{"return_to", "http://127.0.0.1:9/callback"}, {"state", "a-state-of-the-test"},
             {"code_challenge", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"}, {"code_challenge_method", "S256"}},
            user.token());
        QCOMPARE(start.status, 200);
        Browser browser;
        QUrl next;
        const QUrl authorize(QString::fromStdString(start.data()["authorization_url"].get<std::string>()));
        const Browser::Page page = browser.getOnce(authorize, &next);
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("<form"));
        QVERIFY(page.body.contains("name=consent value=allow"));
        QVERIFY(page.body.contains("name=consent value=deny"));
        // Deny: the app hears access_denied.
        QUrl deny = authorize;
        QUrlQuery q(deny);
        q.addQueryItem(QStringLiteral("consent"), QStringLiteral("deny"));
        deny.setQuery(q);
        QCOMPARE(browser.getOnce(deny, &next).status, 302);
        QCOMPARE(browser.getOnce(next, &next).status, 302);
        QCOMPARE(QUrlQuery(next).queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
    }
};

QTEST_GUILESS_MAIN(TstSyncSocialAccounts)
#include "tst_sync_social_accounts.moc"
