// Sign-in with Google, Meta or LinkedIn (issue 13; API.md §2 and §9): the
// app's loopback listener, state and PKCE, against the reference server,
// which plays the provider. The "browser" is a plain HTTP client that
// follows redirects, as a browser would: server's authorize page -> its
// callback -> the app's listener on 127.0.0.1.
#include "Browser.h"
#include "SyncFixture.h"
#include "sync/auth/ProviderSignIn.h"

#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <optional>

using namespace pitchside;
using namespace pitchside::test;
using sync::auth::ProviderSignIn;
using sync::auth::SignInResult;
using Problem = SignInResult::Problem;

namespace {

QString capturedLog;
void captureLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    capturedLog += QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message
                   + QLatin1Char('\n');
}

// A server that answers the start of a sign-in with an address that is not a web page.
class HostileServer : public QTcpServer
{
public:
    HostileServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *s = nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [s] {
                s->readAll();
                const QByteArray body = R"({"success":true,"data":{"authorization_url":"file:///etc/passwd"}})";
                s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                         + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                s->disconnectFromHost();
            });
        });
        listen(QHostAddress(QHostAddress::LocalHost));
    }
};

} // namespace

class TstSyncProviderSignIn : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestServer m_server;

    // Runs a provider sign-in to its end; `open` plays the browser.
    SignInResult run(ProviderSignIn &signIn, const QString &provider, ProviderSignIn::OpenBrowser open,
                     const std::function<void()> &whileWaiting = {})
    {
        std::optional<SignInResult> result;
        if (whileWaiting)
            connect(&signIn, &ProviderSignIn::waitingForBrowser, this,
                    [this, whileWaiting] { QTimer::singleShot(0, this, whileWaiting); });
        signIn.start(m_server.url().toString(), provider, std::move(open),
                     [&](const SignInResult &r) { result = r; });
        waitFor([&] { return result.has_value(); }, 30000);
        disconnect(&signIn, &ProviderSignIn::waitingForBrowser, this, nullptr);
        return result.value_or(SignInResult{Problem::Timeout, QStringLiteral("no result"), {}, {}, {}});
    }

    static QString queryValue(const QUrl &url, const char *key)
    {
        return QUrlQuery(url).queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start(m_dir.filePath(QStringLiteral("server")))); }
    void cleanupTestCase() { m_server.stop(); }

    void signsInWithEachProvider_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::newRow("google") << "google";
        QTest::newRow("meta") << "meta";
        QTest::newRow("linkedin") << "linkedin";
    }

    void signsInWithEachProvider()
    {
        QFETCH(QString, provider);
        Browser browser;
        ProviderSignIn signIn;
        capturedLog.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureLog);
        QUrl authorization;
        const SignInResult r = run(signIn, provider, [&](const QUrl &url) {
            authorization = url;
            browser.open(url);
            return true;
        });
        qInstallMessageHandler(previous);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.session.user.email, provider + QStringLiteral(".demo@pitchside.test"));
        QVERIFY(!r.session.accessToken.isEmpty());
        // The session works.
        QCOMPARE(m_server.http().request("GET", QStringLiteral("/api/users/me"), json(), r.session.accessToken).status, 200);
        // The browser came back to the listener on 127.0.0.1, which said it was done.
        QVERIFY(waitFor([&] { return !browser.pages.empty(); }));
        const Browser::Page &last = browser.pages.back();
        QCOMPARE(last.url.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(last.url.path(), QStringLiteral("/callback"));
        QCOMPARE(last.status, 200);
        QVERIFY(last.body.contains("close this tab"));
        // It went there with a code and our state; neither, nor the
        // provider's flow id, is in any log line.
        const QString code = queryValue(last.url, "code");
        const QString state = queryValue(last.url, "state");
        QVERIFY(!code.isEmpty() && state.size() >= 32);
        QVERIFY2(!capturedLog.contains(code), qPrintable(capturedLog));
        QVERIFY2(!capturedLog.contains(state), qPrintable(capturedLog));
        QVERIFY(!capturedLog.contains(queryValue(authorization, "state")));
        // The challenge sent was S256 of a verifier the server checked (the
        // code was exchanged); a code cannot be exchanged twice.
        const HttpResult again = m_server.http().request(
            "POST", QStringLiteral("/api/auth/oauth/complete"),
            {{"code", code.toStdString()}, {"code_verifier", std::string(43, 'a')}});
        QCOMPARE(again.status, 401);
    }

    void pkcePairIsS256()
    {
        // RFC 7636 appendix B's example.
        QCOMPARE(sync::auth::LoopbackRedirect::challengeOf(QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")),
                 QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        const QString a = sync::auth::LoopbackRedirect::makeVerifier();
        const QString b = sync::auth::LoopbackRedirect::makeVerifier();
        QCOMPARE(a.size(), 43);
        QVERIFY(a != b);
        static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._~-]{43,128}$"));
        QVERIFY(allowed.match(a).hasMatch());
    }

    void listensOnLoopbackOnly()
    {
        ProviderSignIn signIn;
        QUrl redirect;
        QList<QHostAddress> others;
        for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
            if (!a.isLoopback() && a.protocol() == QAbstractSocket::IPv4Protocol)
                others << a;
        }
        bool reachedElsewhere = false;
        const SignInResult r = run(
            signIn, QStringLiteral("google"), [](const QUrl &) { return true; },
            [&] {
                redirect = signIn.redirectUri();
                for (const QHostAddress &a : others) {
                    QTcpSocket probe;
                    probe.connectToHost(a, quint16(redirect.port()));
                    reachedElsewhere = reachedElsewhere || probe.waitForConnected(2000);
                }
                signIn.cancel();
            });
        QCOMPARE(r.problem, Problem::Cancelled);
        QCOMPARE(redirect.scheme(), QStringLiteral("http"));
        QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(redirect.port() > 0);
        QVERIFY2(!reachedElsewhere, "the listener answered on an address other than 127.0.0.1");
        // Cancelled: nothing listens any more.
        QTcpSocket after;
        after.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
        QVERIFY(!after.waitForConnected(2000));
    }

    void aWrongStateIsIgnored()
    {
        Browser browser;
        ProviderSignIn signIn;
        Browser::Page stray;
        const SignInResult r = run(signIn, QStringLiteral("meta"), [&](const QUrl &url) {
            // A stale tab, or another site, knocks first.
            QUrl wrong = signIn.redirectUri();
            wrong.setQuery(QStringLiteral("state=not-this-one&code=stolen"));
            stray = browser.get(wrong);
            QUrl none = signIn.redirectUri();
            none.setQuery(QStringLiteral("code=stolen"));
            browser.get(none);
            browser.open(url);
            return true;
        });
        QCOMPARE(stray.status, 400);
        QVERIFY(stray.body.contains("does not belong"));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.session.user.email, QStringLiteral("meta.demo@pitchside.test"));
    }

    void aSecondCallbackFindsNothing()
    {
        Browser browser;
        ProviderSignIn signIn;
        const SignInResult r = run(signIn, QStringLiteral("linkedin"), [&](const QUrl &url) {
            browser.open(url);
            return true;
        });
        QVERIFY(r.ok());
        QVERIFY(waitFor([&] { return !browser.pages.empty(); }));
        const QUrl callback = browser.pages.back().url;
        const Browser::Page second = browser.get(callback);
        QCOMPARE(second.error, QNetworkReply::ConnectionRefusedError);
    }

    void theProviderSaysNo()
    {
        Browser browser;
        ProviderSignIn signIn;
        const SignInResult r = run(signIn, QStringLiteral("google"), [&](const QUrl &url) {
            // The provider answers its callback with a code it never gave:
            // the server sends the browser back with error=access_denied.
            QUrl callback = url;
            callback.setPath(QStringLiteral("/oauth/google/callback"));
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("state"), queryValue(url, "state"));
            q.addQueryItem(QStringLiteral("code"), QStringLiteral("forged"));
            callback.setQuery(q);
            browser.open(callback);
            return true;
        });
        QCOMPARE(r.problem, Problem::ProviderRefused);
        QVERIFY2(r.message.contains(QStringLiteral("Google")), qPrintable(r.message));
    }

    void theBrowserNeverComesBack()
    {
        ProviderSignIn signIn;
        signIn.setBrowserWaitMs(400);
        QUrl redirect;
        const SignInResult r = run(
            signIn, QStringLiteral("google"), [](const QUrl &) { return true; },
            [&] { redirect = signIn.redirectUri(); });
        QCOMPARE(r.problem, Problem::BrowserTimedOut);
        QVERIFY(!r.message.isEmpty());
        QTcpSocket after;
        after.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
        QVERIFY(!after.waitForConnected(2000));
    }

    void noBrowserIsSaid()
    {
        ProviderSignIn signIn;
        const SignInResult r = run(signIn, QStringLiteral("meta"), [](const QUrl &) { return false; });
        QCOMPARE(r.problem, Problem::NoBrowser);
        QVERIFY(!r.message.isEmpty());
    }

    void onlyWebPagesAreOpened()
    {
        HostileServer hostile;
        ProviderSignIn signIn;
        bool opened = false;
        std::optional<SignInResult> result;
        signIn.start(QStringLiteral("http://127.0.0.1:%1").arg(hostile.serverPort()), QStringLiteral("google"),
                     [&](const QUrl &) { return opened = true; }, [&](const SignInResult &r) { result = r; });
        QVERIFY(waitFor([&] { return result.has_value(); }));
        QVERIFY(!opened);
        QCOMPARE(result->problem, Problem::NotPitchside);
        QVERIFY(!ProviderSignIn::isBrowsable(QUrl(QStringLiteral("javascript:alert(1)"))));
        QVERIFY(!ProviderSignIn::isBrowsable(QUrl(QStringLiteral("pitchside://x"))));
        QVERIFY(ProviderSignIn::isBrowsable(QUrl(QStringLiteral("https://accounts.example.com/o/oauth2"))));
    }

    void anUnknownProviderIsRefused()
    {
        ProviderSignIn signIn;
        const SignInResult r = run(signIn, QStringLiteral("myspace"), [](const QUrl &) { return true; });
        QCOMPARE(r.problem, Problem::Refused);
    }
};

QTEST_GUILESS_MAIN(TstSyncProviderSignIn)
#include "tst_sync_provider_signin.moc"
