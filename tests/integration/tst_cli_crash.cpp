// kill -9 a syncing pitchside-cli 20 times at random moments while it
// creates and edits posts. Afterwards the store is intact, and every post
// the CLI reported as saved is on the server exactly once, with its last
// content (or a later one whose report the kill swallowed).
#include "CliRunner.h"
#include "SyncFixture.h"

#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace pitchside;
using namespace pitchside::test;

class TstCliCrash : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestServer m_server;

private Q_SLOTS:
    void cleanupTestCase() { m_server.stop(); }

    void killedTwentyTimes()
    {
        QVERIFY(m_server.start(m_dir.filePath(QStringLiteral("server"))));
        // A little latency, so that kills land in the middle of requests too.
        m_server.latency(20, 40);
        RemoteUser web(m_server, QStringLiteral("crash@club.test"));
        QVERIFY(web.registerUser());
        const CliRunner cli(m_dir.filePath(QStringLiteral("cli")));
        QCOMPARE(cli.run({QStringLiteral("--server"), m_server.url().toString(), QStringLiteral("login"), web.email()},
                         {}, {QStringLiteral("PITCHSIDE_PASSWORD=") + web.password()})
                     .exitCode,
                 0);

        // What the CLI reported, and what it may have saved without saying.
        QMap<QString, QString> reported;    // id -> last content reported saved
        QMap<QString, QSet<QString>> later; // id -> contents tried after that report
        QRandomGenerator random(20260120);
        int kills = 0;
        for (int round = 0; kills < 20 && round < 200; ++round) {
            QStringList args;
            QString content;
            QString editedId;
            const int pick = int(random.bounded(10));
            if (reported.isEmpty() || pick < 6) {
                content = QStringLiteral("crash round %1").arg(round);
                args = {QStringLiteral("posts"), QStringLiteral("create"), QStringLiteral("--platform"),
                        QStringLiteral("facebook"), QStringLiteral("--content"), content, QStringLiteral("--sync")};
            } else if (pick < 9) {
                editedId = reported.keys().at(int(random.bounded(quint32(reported.size()))));
                content = QStringLiteral("crash round %1 (edit)").arg(round);
                args = {QStringLiteral("posts"), QStringLiteral("edit"), editedId, QStringLiteral("--content"), content,
                        QStringLiteral("--sync")};
                later[editedId].insert(content);
            } else {
                args = {QStringLiteral("sync")};
            }
            QProcess p;
            cli.start(p, args);
            const int delay = int(random.bounded(450));
            if (!p.waitForFinished(delay)) {
                p.kill(); // SIGKILL
                p.waitForFinished(5000);
                ++kills;
            }
            const QString printed = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
            if (printed.isEmpty() || args.first() == u"sync")
                continue;
            // The id comes out only once the change is in the store and its outbox.
            const QString id = editedId.isEmpty() ? printed : editedId;
            QCOMPARE(printed, id);
            reported[id] = content;
            later[id].clear();
        }
        QCOMPARE(kills, 20);
        QVERIFY(reported.size() >= 5);

        // A last, uninterrupted sync (a few, if the server was mid-answer).
        m_server.latency(0);
        int code = -1;
        for (int i = 0; i < 10 && code != 0; ++i)
            code = cli.run({QStringLiteral("sync")}, {}, {QStringLiteral("PITCHSIDE_RETRY_BASE_MS=1")}).exitCode;
        QCOMPARE(code, 0);

        const json status = cli.run({QStringLiteral("status"), QStringLiteral("--json")}).json();
        QCOMPARE(status.value("pending", -1), 0);
        const QString storePath = QString::fromStdString(status.value("store", std::string()));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(storePath);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));

        const PostSnapshot server = web.posts();
        QMap<QString, int> byContent;
        for (auto it = server.cbegin(); it != server.cend(); ++it)
            ++byContent[it.value().content];
        for (auto it = byContent.cbegin(); it != byContent.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(QStringLiteral("on the server %1 times: %2").arg(it.value()).arg(it.key())));
        for (auto it = reported.cbegin(); it != reported.cend(); ++it) {
            QVERIFY2(server.contains(it.key()), qPrintable(QStringLiteral("lost: %1").arg(it.key())));
            const QString now = server.value(it.key()).content;
            QVERIFY2(now == it.value() || later.value(it.key()).contains(now),
                     qPrintable(QStringLiteral("%1 has \"%2\", reported \"%3\"").arg(it.key(), now, it.value())));
        }
        // And the CLI's store agrees with the server.
        const json local = cli.run({QStringLiteral("posts"), QStringLiteral("list"), QStringLiteral("--json")}).json();
        QCOMPARE(int(local.size()), int(server.size()));
        for (const json &p : local)
            QCOMPARE(server.value(QString::fromStdString(p.at("id").get<std::string>())).content,
                     QString::fromStdString(p.at("content").get<std::string>()));
    }
};

QTEST_GUILESS_MAIN(TstCliCrash)
#include "tst_cli_crash.moc"
