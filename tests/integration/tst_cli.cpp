// pitchside-cli as scripts use it: every command, its output and its exit
// code (0 ok, 2 usage, 3 auth, 4 network, 5 conflict, 6 refused), on the
// same store, keychain and account directory as the app.
#include "CliRunner.h"
#include "TestServer.h"
#include "SyncFixture.h"

#include <QRegularExpression>
#include <QSettings>
#include <QTcpServer>
#include <QTest>

using namespace pitchside;
using namespace pitchside::test;

class TstCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestServer m_server;
    std::unique_ptr<RemoteUser> m_web;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start(m_dir.filePath(QStringLiteral("server"))));
        m_web = std::make_unique<RemoteUser>(m_server, QStringLiteral("cli@club.test"));
        QVERIFY(m_web->registerUser());
    }

    void cleanupTestCase() { m_server.stop(); }

    void usage()
    {
        const CliRunner cli(m_dir.filePath(QStringLiteral("usage")));
        QCOMPARE(cli.run({}).exitCode, 2);
        QCOMPARE(cli.run({QStringLiteral("fly")}).exitCode, 2);
        QCOMPARE(cli.run({QStringLiteral("posts"), QStringLiteral("create"), QStringLiteral("--content"), QStringLiteral("x")}).exitCode, 2);
        QCOMPARE(cli.run({QStringLiteral("posts"), QStringLiteral("create"), QStringLiteral("--platform"),
                          QStringLiteral("myspace"), QStringLiteral("--content"), QStringLiteral("x")})
                     .exitCode,
                 2);
        const CliResult insecure = cli.run({QStringLiteral("--server"), QStringLiteral("http://example.com"),
                                            QStringLiteral("login"), QStringLiteral("a@b.c")});
        QCOMPARE(insecure.exitCode, 2);
        QVERIFY(insecure.err.contains("https://"));
        QCOMPARE(cli.run({QStringLiteral("--help")}).exitCode, 0);
    }

    void loginErrors()
    {
        const CliRunner cli(m_dir.filePath(QStringLiteral("errors")));
        const QStringList server{QStringLiteral("--server"), m_server.url().toString()};
        const CliResult wrong = cli.run(server + QStringList{QStringLiteral("login"), m_web->email()}, "not the password\n");
        QCOMPARE(wrong.exitCode, 3);
        QVERIFY2(wrong.err.contains("not right"), wrong.err.constData());
        QTcpServer closed; // a port nobody listens on
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        const CliResult unreachable =
            cli.run({QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:%1").arg(port), QStringLiteral("login"),
                     m_web->email()},
                    {}, {QStringLiteral("PITCHSIDE_PASSWORD=") + m_web->password()});
        QCOMPARE(unreachable.exitCode, 4);
        QVERIFY(unreachable.err.contains("cannot reach"));
        QCOMPARE(cli.run({QStringLiteral("sync")}).exitCode, 3); // never signed in
    }

    void fullCycle()
    {
        const CliRunner cli(m_dir.filePath(QStringLiteral("cycle")));
        const CliResult login = cli.run({QStringLiteral("--server"), m_server.url().toString(), QStringLiteral("login"),
                                         m_web->email()},
                                        m_web->password().toUtf8() + '\n');
        QCOMPARE(login.exitCode, 0);
        QVERIFY(login.line().startsWith(QStringLiteral("Signed in as")));
        json status = cli.run({QStringLiteral("status"), QStringLiteral("--json")}).json();
        QVERIFY2(status.value("secure_storage", false),
                 "no Secret Service: run the tests under dbus-run-session with gnome-keyring (TOOLCHAIN.md)");
        QVERIFY(status.value("signed_in", false));

        const CliResult created = cli.run({QStringLiteral("posts"), QStringLiteral("create"), QStringLiteral("--platform"),
                                           QStringLiteral("facebook,linkedin"), QStringLiteral("--content"),
                                           QStringLiteral("Written in a terminal")});
        QCOMPARE(created.exitCode, 0);
        const QString id = created.line();
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f-]{36}$")).match(id).hasMatch());
        QCOMPARE(cli.run({QStringLiteral("status"), QStringLiteral("--json")}).json().value("pending", -1), 1);
        QCOMPARE(cli.run({QStringLiteral("sync")}).exitCode, 0);
        QCOMPARE(m_web->posts().value(id).content, QStringLiteral("Written in a terminal"));
        QCOMPARE(m_web->posts().value(id).platforms, QStringList({QStringLiteral("facebook"), QStringLiteral("linkedin")}));

        QCOMPARE(cli.run({QStringLiteral("posts"), QStringLiteral("edit"), id, QStringLiteral("--content"),
                          QStringLiteral("Edited in a terminal"), QStringLiteral("--sync")})
                     .exitCode,
                 0);
        QCOMPARE(m_web->posts().value(id).content, QStringLiteral("Edited in a terminal"));
        const json list = cli.run({QStringLiteral("posts"), QStringLiteral("list"), QStringLiteral("--json")}).json();
        QCOMPARE(int(list.size()), 1);
        QCOMPARE(QString::fromStdString(list.at(0).value("id", std::string())), id);
        QVERIFY(!list.at(0).value("pending", true));

        // A conflict: exit code 5 until someone chooses (in the app).
        QCOMPARE(m_web->patchPost(id, {{"content", "edited on the web"}}).status, 200);
        QCOMPARE(cli.run({QStringLiteral("posts"), QStringLiteral("edit"), id, QStringLiteral("--content"),
                          QStringLiteral("edited in the terminal again")})
                     .exitCode,
                 0);
        QCOMPARE(cli.run({QStringLiteral("sync")}).exitCode, 5);
        QCOMPARE(cli.run({QStringLiteral("status")}).exitCode, 5);
        QCOMPARE(cli.run({QStringLiteral("posts"), QStringLiteral("edit"), QStringLiteral("no-such-id"),
                          QStringLiteral("--content"), QStringLiteral("x")})
                     .exitCode,
                 2);

        // An Instagram draft without a photo goes up (the network's rules
        // wait for its schedule), but the conflict still waits: exit code 5.
        QCOMPARE(cli.run({QStringLiteral("posts"), QStringLiteral("create"), QStringLiteral("--platform"),
                          QStringLiteral("instagram"), QStringLiteral("--content"), QStringLiteral("no photo"),
                          QStringLiteral("--sync")})
                     .exitCode,
                 5); // the conflict still waits, and outranks the refusal

        QCOMPARE(cli.run({QStringLiteral("logout")}).exitCode, 0);
        status = cli.run({QStringLiteral("status"), QStringLiteral("--json")}).json();
        QVERIFY(status.value("account", json()).is_null());
        QCOMPARE(cli.run({QStringLiteral("sync")}).exitCode, 3);
    }

    void refusedChangeExitCode()
    {
        const CliRunner cli(m_dir.filePath(QStringLiteral("refused")));
        QCOMPARE(cli.run({QStringLiteral("--server"), m_server.url().toString(), QStringLiteral("login"), m_web->email()},
                         {}, {QStringLiteral("PITCHSIDE_PASSWORD=") + m_web->password()})
                     .exitCode,
                 0);
        // A draft is never refused by the rules of today's server, so the
        // server plays one whose rules are newer than this client's: it
        // refuses the create with a business rule the client does not know.
        const json refusal = {{"success", false},
                              {"error", {{"code", "BUSINESS_RULE"},
                                         {"message", "Ce brouillon ne respecte pas une règle du club."},
                                         {"details", {{"rule", "club_rule_newer_than_client"}, {"field", "content"}}}}}};
        QCOMPARE(m_server.http()
                     .request("POST", QStringLiteral("/api/test/faults/answer"),
                              {{"match", "POST /api/content/posts"}, {"status", 422}, {"count", 100}, {"body", refusal}})
                     .status,
                 200);
        QCOMPARE(cli.run({QStringLiteral("posts"), QStringLiteral("create"), QStringLiteral("--platform"),
                          QStringLiteral("facebook"), QStringLiteral("--content"), QStringLiteral("refused"),
                          QStringLiteral("--sync")})
                     .exitCode,
                 6);
        QCOMPARE(m_server.http().request("POST", QStringLiteral("/api/test/reset-faults"), json::object()).status, 200);
        const json status = cli.run({QStringLiteral("status"), QStringLiteral("--json")}).json();
        QCOMPARE(status.value("refused", -1), 1);
    }

    void appAndCliAgreeOnTheActiveAccount()
    {
        // The CLI writes the account directory in the data dir's settings,
        // where the app reads it.
        const QString dir = m_dir.filePath(QStringLiteral("cycle2"));
        const CliRunner cli(dir);
        QCOMPARE(cli.run({QStringLiteral("--server"), m_server.url().toString(), QStringLiteral("login"), m_web->email()},
                         {}, {QStringLiteral("PITCHSIDE_PASSWORD=") + m_web->password()})
                     .exitCode,
                 0);
        QSettings settings(dir + QStringLiteral("/settings.ini"), QSettings::IniFormat);
        const QString active = settings.value(QStringLiteral("accountsActive")).toString();
        QVERIFY(!active.isEmpty());
        QCOMPARE(settings.value(QStringLiteral("accounts/%1/email").arg(active)).toString(), m_web->email());
        QCOMPARE(settings.value(QStringLiteral("accounts/%1/server").arg(active)).toString(), m_server.url().toString());
    }
};

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
