// The pitchside executable as users and scripts start it.
#include "models/store/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pitchside;

namespace {

struct Run
{
    int exitCode = -1;
    QString err;
};

Run runApp(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PITCHSIDE_APP), args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        return {};
    }
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
}

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

QString storeFile(const QTemporaryDir &dir)
{
    return dir.filePath(QStringLiteral("accounts/local/pitchside.sqlite"));
}

} // namespace

class TestAppProcess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void screenshotOfEachPage_data()
    {
        QTest::addColumn<QString>("page");
        for (const char *page : {"calendar", "editor", "media", "inbox", "campaigns", "analytics", "accounts",
                                 "settings"})
            QTest::newRow(page) << QString::fromLatin1(page);
    }

    void screenshotOfEachPage()
    {
        QFETCH(QString, page);
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("shot.png"));
        const Run run = runApp({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--page"), page,
                                QStringLiteral("--screenshot"), png});
        QCOMPARE(run.exitCode, 0);
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1366, 768));
        QVERIFY(QFile::exists(storeFile(dir)));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("logs/pitchside.log"))));
    }

    void invalidArgumentsAreExplained()
    {
        QTemporaryDir dir;
        Run run = runApp({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--server"),
                          QStringLiteral("http://api.monclub.fr")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("https://")), qPrintable(run.err));
        run = runApp({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--server"), QStringLiteral("not a url")});
        QCOMPARE(run.exitCode, 2);
        run = runApp({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--lang"), QStringLiteral("de")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("fr or en")));
        run = runApp({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--page"), QStringLiteral("nowhere")});
        QCOMPARE(run.exitCode, 2);
        // Nothing was created for a refused command line.
        QVERIFY(!QFile::exists(storeFile(dir)));
    }

    void corruptStoreIsExplainedAndKept()
    {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral("accounts/local")));
        QFile f(storeFile(dir));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, '\x5a'));
        f.close();
        const QByteArray before = hashOf(storeFile(dir));
        const QString png = dir.filePath(QStringLiteral("error.png"));
        const Run run = runApp({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--screenshot"), png});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("damaged")), qPrintable(run.err));
        QCOMPARE(hashOf(storeFile(dir)), before);
        QVERIFY(!QImage(png).isNull()); // the error window, not a crash
    }

    void storeFromANewerVersionIsExplainedAndKept()
    {
        QTemporaryDir dir;
        {
            store::StoreError error;
            auto db = store::Database::open(storeFile(dir), &error);
            QVERIFY(db);
            QSqlQuery(db->sql()).exec(QStringLiteral("PRAGMA user_version = 42"));
            QSqlQuery(db->sql()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        const QByteArray before = hashOf(storeFile(dir));
        const Run run = runApp({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--screenshot"),
                                dir.filePath(QStringLiteral("x.png"))});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("newer version")), qPrintable(run.err));
        QCOMPARE(hashOf(storeFile(dir)), before);
    }

    void unwritableDataDirIsExplained()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        // A data dir below a file can never be written, whoever runs the test.
        const Run run = runApp({QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("blocker/data")),
                                QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png"))});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("--data-dir")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestAppProcess)
#include "tst_app_process.moc"
