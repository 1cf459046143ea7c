// Opening stores: fresh, reopened, corrupt, newer, unwritable; migrations.
#include "models/store/Database.h"
#include "models/store/Migrator.h"
#include "models/store/Store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace pitchside::store;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QStringList tables(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name"));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace

class TestStoreOpen : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void freshStoreHasTheSchemaAndPrivateFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a/b/pitchside.sqlite"));
        StoreError error;
        auto db = Database::open(path, &error);
        QVERIFY2(db, qPrintable(error.detail));
        QCOMPARE(db->schemaVersion(), Migrator().latestVersion());
        QVERIFY(Migrator().latestVersion() >= 1);
        const QStringList t = tables(db->sql());
        for (const char *name : {"profiles", "posts", "post_media", "templates", "media", "matches", "events",
                                 "outbox", "conflicts", "sync_state", "posts_fts", "media_fts"})
            QVERIFY2(t.contains(QString::fromLatin1(name)), name);
        QCOMPARE(QFile(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                              QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());

        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next());
        QVERIFY(q.value(0).toInt() >= 1000);
    }

    void reopeningKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pitchside.sqlite"));
        QString id;
        {
            StoreError error;
            auto store = Store::open(path, &error);
            QVERIFY(store);
            pitchside::Post post;
            post.content = QStringLiteral("Victoire 3-1 !");
            QVERIFY(!store->posts().create(post));
            id = post.id;
        }
        StoreError error;
        auto store = Store::open(path, &error);
        QVERIFY(store);
        QCOMPARE(store->posts().find(id)->content, QStringLiteral("Victoire 3-1 !"));
    }

    void corruptFileIsRefusedAndLeftUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pitchside.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("this is not a database, but someone's precious file\n").repeated(200));
        f.close();
        const QByteArray before = fileHash(path);

        StoreError error;
        QVERIFY(!Database::open(path, &error));
        QCOMPARE(error.kind, StoreError::Kind::NotADatabase);
        QVERIFY(error.userMessage().contains(path));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) || QFile(path + QStringLiteral("-wal")).size() == 0);
    }

    void newerSchemaIsRefusedAndLeftUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pitchside.sqlite"));
        {
            StoreError error;
            auto db = Database::open(path, &error);
            QVERIFY(db);
            QSqlQuery(db->sql()).exec(QStringLiteral("PRAGMA user_version = 999"));
            QSqlQuery(db->sql()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        const QByteArray before = fileHash(path);
        StoreError error;
        QVERIFY(!Database::open(path, &error));
        QCOMPARE(error.kind, StoreError::Kind::NewerSchema);
        QCOMPARE(error.fileVersion, 999);
        QVERIFY(error.userMessage().contains(QStringLiteral("999")));
        QCOMPARE(fileHash(path), before);
    }

    void failedMigrationLeavesThePreviousVersion()
    {
        // A migration set whose second step fails half-way.
        QTemporaryDir migrations;
        QFile::copy(QStringLiteral(":/migrations/0001_initial.sql"), migrations.filePath(QStringLiteral("0001_initial.sql")));
        QFile broken(migrations.filePath(QStringLiteral("0002_broken.sql")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("CREATE TABLE half_done (x INTEGER);\nINSERT INTO no_such_table VALUES (1);\n");
        broken.close();

        QTemporaryDir firstOnly;
        QFile::copy(QStringLiteral(":/migrations/0001_initial.sql"), firstOnly.filePath(QStringLiteral("0001_initial.sql")));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pitchside.sqlite"));
        auto sqlite = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("migration-test"));
        sqlite.setDatabaseName(path);
        QVERIFY(sqlite.open());
        QVERIFY(!Migrator(firstOnly.path()).migrate(sqlite, path)); // version 1
        QSqlQuery(sqlite).exec(QStringLiteral("INSERT INTO sync_state (key, value) VALUES ('k', 'kept')"));

        const Migrator twoSteps(migrations.path());
        QCOMPARE(twoSteps.latestVersion(), 2);
        const StoreError failure = twoSteps.migrate(sqlite, path);
        QCOMPARE(failure.kind, StoreError::Kind::MigrationFailed);
        QVERIFY(failure.userMessage().contains(QStringLiteral("no_such_table")));
        QCOMPARE(Migrator::currentVersion(sqlite), 1);
        QVERIFY(!tables(sqlite).contains(QStringLiteral("half_done")));
        QSqlQuery q(sqlite);
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM sync_state WHERE key = 'k'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("kept"));
        q = QSqlQuery();
        sqlite.close();
        sqlite = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("migration-test"));
    }

    void unwritableLocationsAreExplained()
    {
        QTemporaryDir dir;
        // A "directory" whose parent is a file can never be created, root or not.
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        StoreError error;
        QVERIFY(!Database::open(dir.filePath(QStringLiteral("file/sub/pitchside.sqlite")), &error));
        QCOMPARE(error.kind, StoreError::Kind::CannotCreateDirectory);
        QVERIFY(!error.userMessage().isEmpty());

        if (::geteuid() == 0)
            QSKIP("permission bits do not bind root; the rest needs an ordinary user");
        const QString readOnly = dir.filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(readOnly));
        QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        QVERIFY(!Database::open(readOnly + QStringLiteral("/pitchside.sqlite"), &error));
        QCOMPARE(error.kind, StoreError::Kind::DirectoryNotWritable);
        QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    void readOnlyFileIsRefused()
    {
        if (::geteuid() == 0)
            QSKIP("permission bits do not bind root");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pitchside.sqlite"));
        {
            StoreError error;
            QVERIFY(Database::open(path, &error));
        }
        QFile::setPermissions(path, QFileDevice::ReadOwner);
        StoreError error;
        QVERIFY(!Database::open(path, &error));
        QCOMPARE(error.kind, StoreError::Kind::FileNotWritable);
    }
};

QTEST_GUILESS_MAIN(TestStoreOpen)
#include "tst_store_open.moc"
