// Tokens in the OS keychain (gnome-keyring inside dbus-run-session, as
// .ci/test runs it): stored at sign-in, found at the next start, rotated
// on refresh, gone at sign-out; and without a Secret Service, nothing on disk.
#include "CliRunner.h"
#include "SyncFixture.h"
#include "models/store/AccountLocation.h"
#include "sync/api/ApiClient.h"
#include "sync/auth/Keychain.h"
#include "sync/auth/Session.h"
#include "sync/auth/SignIn.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QTest>

using namespace pitchside;
using namespace pitchside::test;
using sync::auth::Keychain;

class TstKeychain : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestServer m_server;
    std::unique_ptr<RemoteUser> m_user;
    Keychain m_keychain{QStringLiteral("Pitchside")};

    sync::auth::SignInResult signIn()
    {
        sync::auth::SignIn s;
        sync::auth::SignInResult result;
        bool done = false;
        s.start(m_server.url().toString(), m_user->email(), m_user->password(), [&](const sync::auth::SignInResult &r) {
            result = r;
            done = true;
        });
        waitFor([&] { return done; }, 30000);
        return result;
    }

    std::unique_ptr<sync::auth::Session> session(const AccountInfo &account)
    {
        return std::make_unique<sync::auth::Session>(account, m_dir.path(), &m_keychain);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start(m_dir.filePath(QStringLiteral("server"))));
        m_user = std::make_unique<RemoteUser>(m_server, QStringLiteral("keychain@club.test"));
        QVERIFY(m_user->registerUser());
        const Keychain::Result probe = m_keychain.writeNow(QStringLiteral("pitchside-probe"), "x");
        QVERIFY2(probe.status == Keychain::Status::Ok,
                 qPrintable(QStringLiteral("no usable Secret Service (%1): run the tests under dbus-run-session with "
                                           "gnome-keyring, see TOOLCHAIN.md")
                                .arg(probe.error)));
    }

    void cleanupTestCase() { m_server.stop(); }

    void readWriteDelete()
    {
        QElapsedTimer t;
        t.start();
        QCOMPARE(m_keychain.writeNow(QStringLiteral("k1"), "secret bytes").status, Keychain::Status::Ok);
        const Keychain::Result r = m_keychain.readNow(QStringLiteral("k1"));
        QCOMPARE(r.status, Keychain::Status::Ok);
        QCOMPARE(r.data, QByteArray("secret bytes"));
        QCOMPARE(m_keychain.removeNow(QStringLiteral("k1")).status, Keychain::Status::Ok);
        QCOMPARE(m_keychain.readNow(QStringLiteral("k1")).status, Keychain::Status::NotFound);
        QVERIFY(t.elapsed() < 5000);
    }

    void signInSurvivesARestartAndSignOutForgets()
    {
        const sync::auth::SignInResult result = signIn();
        QVERIFY(result.ok());
        const AccountInfo account = sync::auth::Session::accountFrom(result);
        {
            auto first = session(account);
            bool stored = false;
            bool done = false;
            first->adopt(result.session, [&](bool ok) {
                stored = ok;
                done = true;
            });
            QVERIFY(waitFor([&] { return done; }));
            QVERIFY(stored);
            QVERIFY(first->hasSecureStorage());
        }
        // "Next start": a new session finds the tokens and they work.
        auto second = session(account);
        bool restored = false;
        second->restore([&](sync::auth::Session::State) { restored = true; });
        QVERIFY(waitFor([&] { return restored; }));
        QCOMPARE(second->state(), sync::auth::Session::State::SignedIn);
        QCOMPARE(second->tokens().tokens().refresh, result.session.refreshToken);

        // Rotation lands in the keychain before the new access token is used.
        m_server.expireAccessTokens();
        sync::api::ApiConfig config;
        config.baseUrl = m_server.url();
        sync::api::ApiClient api(config, &second->tokens());
        sync::api::ApiRequest req;
        req.path = QStringLiteral("/api/users/me");
        bool ok = false;
        bool answered = false;
        api.send(req, this, [&](const sync::api::ApiResponse &r) {
            ok = r.ok();
            answered = true;
        });
        QVERIFY(waitFor([&] { return answered; }, 20000));
        QVERIFY(ok);
        const QString rotated = second->tokens().tokens().refresh;
        QVERIFY(rotated != result.session.refreshToken);
        const auto stored = sync::auth::Tokens::fromKeychainData(m_keychain.readNow(account.key).data);
        QCOMPARE(stored.refresh, rotated);

        // Sign out: the server forgets the session, the keychain the tokens.
        bool out = false;
        second->signOut([&] { out = true; });
        QVERIFY(waitFor([&] { return out; }, 20000));
        QCOMPARE(m_keychain.readNow(account.key).status, Keychain::Status::NotFound);
        const HttpResult refresh = m_server.http().request("POST", QStringLiteral("/api/auth/refresh"),
                                                           {{"refresh_token", rotated.toStdString()}});
        QCOMPARE(refresh.status, 401);
    }

    void withoutSecretServiceNothingIsWritten()
    {
        const QString dir = m_dir.filePath(QStringLiteral("nokeychain"));
        const CliRunner cli(dir);
        const QStringList noKeychain{QStringLiteral("DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/bus"),
                                     QStringLiteral("PITCHSIDE_PASSWORD=") + m_user->password()};
        const CliResult login =
            cli.run({QStringLiteral("--server"), m_server.url().toString(), QStringLiteral("login"), m_user->email()}, {},
                    noKeychain);
        QCOMPARE(login.exitCode, 0);
        QVERIFY2(login.err.contains("No secure storage available"), login.err.constData());
        // No token anywhere under the data directory (JWTs start with "eyJ").
        QDirIterator files(dir, QDir::Files, QDirIterator::Subdirectories);
        int scanned = 0;
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains("eyJ") && !bytes.contains("refresh_token"), qPrintable(f.fileName()));
            ++scanned;
        }
        QVERIFY(scanned > 0);
        const json status = cli.run({QStringLiteral("status"), QStringLiteral("--json")}, {}, noKeychain).json();
        QVERIFY(!status.value("secure_storage", true));
        QVERIFY(!status.value("signed_in", true));
        QCOMPARE(cli.run({QStringLiteral("sync")}, {}, noKeychain).exitCode, 3);
    }
};

QTEST_GUILESS_MAIN(TstKeychain)
#include "tst_keychain.moc"
