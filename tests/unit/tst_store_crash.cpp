// Kill a writing process at random moments: the store stays consistent and
// every change it confirmed is there, each with its outbox entry.
#include "models/store/Store.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace pitchside;
using namespace pitchside::store;

class TestStoreCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedWritersLoseNothingTheyConfirmed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
        QHash<QString, QString> confirmed; // id -> last confirmed content
        QHash<QString, int> roundOf;       // id -> the round that wrote it
        QVector<int> lastConfirmedStep;    // per round: the writer's last printed step
        int kills = 0;

        for (int round = 0; round < 20; ++round) {
            QProcess writer;
            writer.setProcessChannelMode(QProcess::SeparateChannels);
            writer.start(QStringLiteral(STORE_WRITER), {path});
            QVERIFY(writer.waitForStarted());
            QTest::qWait(80 + QRandomGenerator::global()->bounded(250));
            ::kill(pid_t(writer.processId()), SIGKILL);
            QVERIFY(writer.waitForFinished());
            ++kills;
            int last = -1;
            for (const QByteArray &line : writer.readAllStandardOutput().split('\n')) {
                const QList<QByteArray> parts = line.split(' ');
                if (parts.size() != 3)
                    continue;
                const QString id = QString::fromUtf8(parts[1]);
                confirmed.insert(id, QString::fromUtf8(parts[2]));
                roundOf.insert(id, round);
                last = QString::fromUtf8(parts[2]).section(u'-', 1).toInt();
            }
            lastConfirmedStep << last;
        }
        QCOMPARE(kills, 20);
        QVERIFY2(confirmed.size() > 20, "the writer confirmed too little to prove anything");

        StoreError error;
        auto store = Store::open(path, &error);
        QVERIFY2(store, qPrintable(error.userMessage()));
        QSqlQuery q(store->database().sql());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));

        // Each confirmed post holds its last confirmed content, except that a
        // kill between a commit and its confirmation leaves one newer edit
        // (committed, never confirmed) per round.
        QVector<int> newerEdits(lastConfirmedStep.size(), 0);
        for (auto it = confirmed.cbegin(); it != confirmed.cend(); ++it) {
            const std::optional<Post> post = store->posts().find(it.key());
            QVERIFY2(post, qPrintable(it.key()));
            if (post->content.startsWith(it.value()))
                continue;
            const int round = roundOf.value(it.key());
            const int step = post->content.section(u'-', 1).toInt();
            QVERIFY2(post->content.startsWith(QStringLiteral("edit-")) && step > lastConfirmedStep.at(round),
                     qPrintable(post->content.left(40) + " vs " + it.value()));
            ++newerEdits[round];
        }
        for (int n : newerEdits)
            QVERIFY(n <= 1);
        // Nothing half-written: every post has its create entry and every
        // entry its post; every post kept its media.
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM posts p WHERE NOT EXISTS "
                                      "(SELECT 1 FROM outbox o WHERE o.entity_id = p.id AND o.op = 'create')")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM outbox o WHERE NOT EXISTS "
                                      "(SELECT 1 FROM posts p WHERE p.id = o.entity_id)")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM posts p WHERE NOT EXISTS "
                                      "(SELECT 1 FROM post_media m WHERE m.post_id = p.id)")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStoreCrash)
#include "tst_store_crash.moc"
