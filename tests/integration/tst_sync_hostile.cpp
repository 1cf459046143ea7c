// Sync against a hostile or broken server (issue 12): nothing written
// outside the data folder, nothing lost, no false conflict, every request
// with an overall deadline, and a clear word when something is not sent.
// Each test is a real client against pitchside-server over HTTP, with the
// server's test-mode faults playing the hostile part.
#include "CliRunner.h"
#include "SyncFixture.h"
#include "models/OutboxListModel.h"
#include "models/store/FtsDeferral.h"
#include "models/store/PushQueue.h"
#include "models/store/UnreadableItems.h"
#include "sync/auth/SignIn.h"
#include "sync/downloads/VariantDownloader.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <sys/stat.h>

using namespace pitchside;
using namespace pitchside::test;

namespace {

// Sets the umask for a scope (most desktops use 022: group and others read).
class UmaskOverride
{
public:
    explicit UmaskOverride(mode_t mask) : m_old(::umask(mask)) {}
    ~UmaskOverride() { ::umask(m_old); }

private:
    mode_t m_old;
};

// Files and folders under `root` that group or others may read or enter.
QStringList notPrivate(const QString &root)
{
    QStringList out;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        struct stat st {};
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0 || S_ISLNK(st.st_mode))
            continue;
        const mode_t mode = st.st_mode & 0777;
        if (S_ISDIR(st.st_mode) ? mode != 0700 : mode != 0600)
            out << QStringLiteral("%1 %2").arg(QString::number(mode, 8), path);
    }
    return out;
}

QStringList filesUnder(const QString &root)
{
    QStringList out;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    return out;
}

} // namespace

class TstSyncHostile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestServer m_server;
    std::unique_ptr<RemoteUser> m_web;
    std::unique_ptr<SyncClient> m_client;
    QString m_tag;

    void start(int posts = 3)
    {
        m_tag = QString::fromLatin1(QTest::currentTestFunction()) + QString::fromLatin1(QTest::currentDataTag());
        QVERIFY(m_server.start(m_dir.filePath(m_tag + QStringLiteral("-server"))));
        m_web = std::make_unique<RemoteUser>(m_server, m_tag + QStringLiteral("@club.test"));
        QVERIFY(m_web->registerUser());
        for (int i = 0; i < posts; ++i)
            m_web->createPost({{"platforms", {"facebook"}}, {"content", "post " + std::to_string(i)}});
        QDir().mkpath(m_dir.filePath(m_tag));
        m_client = std::make_unique<SyncClient>(m_server, m_dir.filePath(m_tag));
        QVERIFY(m_client->signIn(m_web->email(), m_web->password()));
    }

    HttpResult test(const QString &route, const json &body)
    {
        return m_server.http().request("POST", route, body);
    }

    int unreadable() { return store::UnreadableItems(m_client->store().database().sql()).count(); }

private Q_SLOTS:
    void cleanup()
    {
        m_client.reset();
        m_web.reset();
        m_server.stop();
    }

    // Defect 1: a media id made of "../" segments.
    void idThatIsNotAUuidIsRefusedAndReported()
    {
        start();
        QVERIFY(m_client->sync().ok());
        const QString evil = QStringLiteral("../../../../escape");
        const json item = {{"id", evil.toStdString()}, {"type", "image"}, {"filename", "x.png"},
                           {"mime_type", "image/png"}, {"size_bytes", 10}, {"version", 1},
                           {"created_at", "2026-01-20T14:00:00Z"}, {"updated_at", "2026-01-20T14:00:00Z"}};
        QCOMPARE(test(QStringLiteral("/api/test/feed/raw"),
                      {{"email", m_web->email().toStdString()}, {"type", "media"}, {"id", evil.toStdString()},
                       {"version", 1}, {"item", item}})
                     .status,
                 200);
        const sync::SyncReport r = m_client->sync();
        QVERIFY(r.ok()); // one bad item does not stop the account
        QCOMPARE(r.skippedItems, 1);
        QVERIFY(!m_client->store().media().find(evil));
        const auto kept = store::UnreadableItems(m_client->store().database().sql()).all();
        QCOMPARE(int(kept.size()), 1);
        QCOMPARE(kept[0].entityId, evil); // shown as it came, never used as a key
        QVERIFY2(kept[0].reason.contains(QStringLiteral("UUID")), qPrintable(kept[0].reason));
        QCOMPARE(m_client->posts(), m_web->posts());
    }

    void downloadedFilesStayInTheCacheAndArePrivate()
    {
        start(0);
        const QString good = m_web->uploadImage(QStringLiteral("poster.png"), 7);
        QVERIFY(!good.isEmpty());
        QVERIFY(m_client->sync().ok());
        const UmaskOverride umask(022);
        // Deep, so that an escape from the cache still lands in this test's folder.
        const QString root = m_dir.filePath(m_tag + QStringLiteral("-cache"));
        const QString cacheDir = root + QStringLiteral("/a/b/c/d/cache/variants");
        sync::downloads::VariantDownloader::Config config;
        config.api.baseUrl = m_server.url();
        config.tokens = &m_client->tokens();
        config.cacheDir = cacheDir;
        sync::downloads::VariantDownloader downloader(config, m_client->store().database());
        QSignalSpy available(&downloader, &media::RemoteVariantSource::available);
        QSignalSpy unavailable(&downloader, &media::RemoteVariantSource::unavailable);

        // A hostile server answers bytes to any path.
        QCOMPARE(test(QStringLiteral("/api/test/faults/answer"),
                      {{"match", "/"}, {"count", 5}, {"content_type", "image/png"},
                       {"body_base64", QByteArray("\x89PNG\r\n\x1a\nhostile").toBase64().toStdString()}})
                     .status,
                 200);
        downloader.request(QStringLiteral("../../../escape"), QStringLiteral("thumbnail"));
        QVERIFY(waitFor([&] { return available.size() + unavailable.size() > 0; }, 10000));
        QCOMPARE(available.size(), 0);
        for (const QString &f : filesUnder(root))
            QVERIFY2(f.startsWith(cacheDir + u'/'), qPrintable(QStringLiteral("written outside the cache: ") + f));
        m_server.reset();

        // A real variant: in the cache, under a name that is not the id, 0600.
        downloader.request(good, QStringLiteral("thumbnail"));
        QVERIFY(waitFor([&] { return available.size() > 0; }, 10000));
        const QString path = available.constFirst().at(2).toString();
        QVERIFY2(path.startsWith(cacheDir + u'/'), qPrintable(path));
        QVERIFY2(!path.contains(good), qPrintable(path));
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(notPrivate(cacheDir), QStringList());
    }

    // Defect 2: the answer to an update is lost.
    void lostAnswerToAnUpdateIsNoConflict_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("malformed") << QStringLiteral("malformed");
        QTest::newRow("truncated") << QStringLiteral("truncated");
        QTest::newRow("drop_then_500") << QStringLiteral("drop");
    }

    void lostAnswerToAnUpdateIsNoConflict()
    {
        QFETCH(QString, how);
        start();
        QVERIFY(m_client->sync().ok());
        const QString id = m_client->posts().firstKey();
        QVERIFY(m_client->editPost(id, QStringLiteral("edited here, answer lost")));
        const QString route = QStringLiteral("PATCH /api/content/posts/{id}");
        if (how == u"drop") {
            QCOMPARE(m_server.http()
                         .request("PUT", QStringLiteral("/api/test/faults/drops"),
                                  {{"rate", 1}, {"mode", "after_write"}, {"count", 2}, {"match", route.toStdString()}})
                         .status,
                     200);
            // Applied, then the connection drops (twice: Qt re-sends once by itself).
            QVERIFY(!m_client->sync().ok());
            QCOMPARE(m_web->posts().value(id).content, QStringLiteral("edited here, answer lost"));
            QCOMPARE(m_client->waiting(), 1);
            QCOMPARE(m_server.http()
                         .request("PUT", QStringLiteral("/api/test/faults/errors"),
                                  {{"rate", 1}, {"status", 500}, {"count", 1}, {"match", route.toStdString()}})
                         .status,
                     200);
            QVERIFY(store::PushQueue(m_client->store().database().sql()).retryNow(0, false).ok());
        } else {
            m_server.corrupt(route, how);
        }
        m_client->sync(); // the retry fails (500) or the answer breaks; the feed brings our edit back
        QCOMPARE(m_client->conflicts(), 0);
        QVERIFY(m_client->syncUntilClean());
        QCOMPARE(m_client->conflicts(), 0);
        QCOMPARE(m_client->waiting(), 0);
        QCOMPARE(m_client->posts().value(id).content, QStringLiteral("edited here, answer lost"));
        QCOMPARE(m_client->posts(), m_web->posts());
        // Later syncs stay clean.
        QVERIFY(m_client->sync().ok());
        QCOMPARE(m_client->conflicts(), 0);
    }

    void lostAnswerToAnUpdateThenAnotherEdit()
    {
        // Edited again before the retry: the first edit came back from the
        // server; the second goes on top of it.
        start();
        QVERIFY(m_client->sync().ok());
        const QString id = m_client->posts().firstKey();
        QVERIFY(m_client->editPost(id, QStringLiteral("first edit")));
        m_server.corrupt(QStringLiteral("PATCH /api/content/posts/{id}"), QStringLiteral("truncated"));
        m_client->sync();
        QVERIFY(m_client->editPost(id, QStringLiteral("second edit")));
        QVERIFY(m_client->syncUntilClean());
        QCOMPARE(m_client->conflicts(), 0);
        QCOMPARE(m_web->posts().value(id).content, QStringLiteral("second edit"));
        QCOMPARE(m_client->posts(), m_web->posts());
    }

    void lostAnswerToADeleteIsNoConflict()
    {
        start();
        QVERIFY(m_client->sync().ok());
        const QString id = m_client->posts().firstKey();
        QVERIFY(m_client->deletePost(id));
        const std::string route = "DELETE /api/content/posts/{id}";
        m_server.http().request("PUT", QStringLiteral("/api/test/faults/drops"),
                                {{"rate", 1}, {"mode", "after_write"}, {"count", 2}, {"match", route}});
        m_client->sync();
        m_server.http().request("PUT", QStringLiteral("/api/test/faults/errors"),
                                {{"rate", 1}, {"status", 500}, {"count", 1}, {"match", route}});
        QVERIFY(m_client->syncUntilClean());
        QCOMPARE(m_client->conflicts(), 0);
        QVERIFY(!m_web->posts().contains(id));
        QCOMPARE(m_client->posts(), m_web->posts());
    }

    // Found by the soak: an edit's answer is lost, and the post is deleted
    // before the edit's retry: the delete's If-Match is older than the
    // server's copy, which is our own edit. Deleted, not a conflict.
    void lostAnswerToAnUpdateThenADelete()
    {
        start();
        QVERIFY(m_client->sync().ok());
        const QString id = m_client->posts().firstKey();
        QVERIFY(m_client->editPost(id, QStringLiteral("edited, answer lost, then deleted")));
        const std::string patch = "PATCH /api/content/posts/{id}";
        m_server.http().request("PUT", QStringLiteral("/api/test/faults/drops"),
                                {{"rate", 1}, {"mode", "after_write"}, {"count", 2}, {"match", patch}});
        m_server.http().request("PUT", QStringLiteral("/api/test/faults/errors"),
                                {{"rate", 1}, {"status", 500}, {"count", 1}, {"match", "GET /api/sync/changes"}});
        m_client->sync(); // applied, answer lost; the feed does not bring it back yet
        QCOMPARE(m_web->posts().value(id).content, QStringLiteral("edited, answer lost, then deleted"));
        QVERIFY(m_client->deletePost(id));
        m_server.http().request("PUT", QStringLiteral("/api/test/faults/errors"),
                                {{"rate", 1}, {"status", 500}, {"count", 1}, {"match", "GET /api/sync/changes"}});
        m_client->sync();
        QVERIFY(m_client->syncUntilClean());
        QCOMPARE(m_client->conflicts(), 0);
        QCOMPARE(m_client->waiting(), 0);
        QVERIFY(!m_web->posts().contains(id));
        QCOMPARE(m_client->posts(), m_web->posts());
    }

    // The same, but the delete itself meets a 5xx while the feed, read in
    // the same run, brings our own lost edit back: not a conflict.
    void lostAnswerToAnUpdateThenADeleteThatFails()
    {
        start();
        QVERIFY(m_client->sync().ok());
        const QString id = m_client->posts().firstKey();
        QVERIFY(m_client->editPost(id, QStringLiteral("edited, answer lost, deleted, delete refused")));
        m_server.http().request("PUT", QStringLiteral("/api/test/faults/drops"),
                                {{"rate", 1}, {"mode", "after_write"}, {"count", 2},
                                 {"match", "PATCH /api/content/posts/{id}"}});
        m_server.http().request("PUT", QStringLiteral("/api/test/faults/errors"),
                                {{"rate", 1}, {"status", 500}, {"count", 1}, {"match", "GET /api/sync/changes"}});
        m_client->sync();
        QVERIFY(m_client->deletePost(id));
        m_server.http().request("PUT", QStringLiteral("/api/test/faults/errors"),
                                {{"rate", 1}, {"status", 503}, {"count", 1},
                                 {"match", "DELETE /api/content/posts/{id}"}});
        m_client->sync();
        QCOMPARE(m_client->conflicts(), 0);
        QVERIFY(m_client->syncUntilClean());
        QCOMPARE(m_client->conflicts(), 0);
        QCOMPARE(m_client->waiting(), 0);
        QVERIFY(!m_web->posts().contains(id));
        QCOMPARE(m_client->posts(), m_web->posts());
    }

    // Found by the soak: a create's answer is lost and the feed of that run
    // fails; the post is edited (or deleted) before the create's retry is
    // due, and the next feed brings the created post back. It is our own
    // create, not a conflict: the edit (or the delete) goes on over it.
    void lostAnswerToACreateThenAChange_data()
    {
        QTest::addColumn<bool>("thenDelete");
        QTest::newRow("edit") << false;
        QTest::newRow("delete") << true;
    }

    void lostAnswerToACreateThenAChange()
    {
        QFETCH(bool, thenDelete);
        start();
        QVERIFY(m_client->sync().ok());
        const QString id = m_client->createPost(QStringLiteral("created, answer lost"));
        QVERIFY(!id.isEmpty());
        m_server.corrupt(QStringLiteral("POST /api/content/posts"), QStringLiteral("truncated"));
        m_server.http().request("PUT", QStringLiteral("/api/test/faults/errors"),
                                {{"rate", 1}, {"status", 500}, {"count", 1}, {"match", "GET /api/sync/changes"}});
        QVERIFY(!m_client->sync().ok());
        QCOMPARE(m_web->posts().value(id).content, QStringLiteral("created, answer lost"));
        if (thenDelete)
            QVERIFY(m_client->deletePost(id));
        else
            QVERIFY(m_client->editPost(id, QStringLiteral("created, answer lost, then edited")));
        m_client->sync(); // the create's retry is not due yet; the feed brings it back
        QCOMPARE(m_client->conflicts(), 0);
        QVERIFY(m_client->syncUntilClean());
        QCOMPARE(m_client->conflicts(), 0);
        QCOMPARE(m_client->waiting(), 0);
        if (thenDelete)
            QVERIFY(!m_web->posts().contains(id));
        else
            QCOMPARE(m_web->posts().value(id).content, QStringLiteral("created, answer lost, then edited"));
        QCOMPARE(m_client->posts(), m_web->posts());
    }

    // Defect 3: headers, then a byte now and then.
    void tricklingServerMeetsTheDeadline()
    {
        start();
        QCOMPARE(test(QStringLiteral("/api/test/faults/corrupt"),
                      {{"match", "POST /api/auth/login"}, {"mode", "trickle"}, {"interval_ms", 300}})
                     .status,
                 200);
        sync::auth::SignIn signIn;
        signIn.setLanguage("en");
        signIn.setDeadlineMs(2000);
        bool done = false;
        sync::auth::SignInResult result;
        QElapsedTimer timer;
        timer.start();
        signIn.start(m_server.url().toString(), m_web->email(), m_web->password(),
                     [&](const sync::auth::SignInResult &r) {
                         result = r;
                         done = true;
                     });
        QVERIFY2(waitFor([&] { return done; }, 15000), "sign-in never returns");
        QVERIFY(timer.elapsed() < 8000);
        QCOMPARE(result.problem, sync::auth::SignInResult::Problem::Timeout);
        QVERIFY2(result.message.contains(QStringLiteral("2 second")), qPrintable(result.message));

        QCOMPARE(test(QStringLiteral("/api/test/faults/corrupt"),
                      {{"match", "GET /api/sync/changes"}, {"mode", "trickle"}, {"interval_ms", 300}})
                     .status,
                 200);
        m_client->setRequestDeadlineMs(2000);
        timer.restart();
        const sync::SyncReport r = m_client->sync(20000);
        QVERIFY(timer.elapsed() < 10000);
        QCOMPARE(r.error.kind, sync::api::ApiError::Kind::Timeout);
        QCOMPARE(r.error.deadlineSeconds, 2);
        const QString message = m_client->controller().status().message;
        QVERIFY2(message.contains(QStringLiteral("2 second")), qPrintable(message));
        // The next sync, with a sane server, catches up.
        QVERIFY(m_client->sync().ok());
        QCOMPARE(m_client->posts(), m_web->posts());
    }

    // Defect 4: one wrong-typed field.
    void wrongTypedItemIsKeptAndFetchedAgain()
    {
        start();
        const QString id = m_web->posts().firstKey();
        const json original = m_web->post(id);
        QVERIFY(original.is_object());
        QCOMPARE(test(QStringLiteral("/api/test/entities/raw"),
                      {{"id", id.toStdString()}, {"merge", {{"hashtags", "#not-a-list"}}}})
                     .status,
                 200);
        sync::SyncReport r = m_client->sync();
        QVERIFY(r.ok());
        QCOMPARE(r.skippedItems, 1);
        QCOMPARE(int(m_client->posts().size()), 2);
        auto kept = store::UnreadableItems(m_client->store().database().sql()).all();
        QCOMPARE(int(kept.size()), 1);
        QCOMPARE(kept[0].entityType, QStringLiteral("post"));
        QCOMPARE(kept[0].entityId, id);
        QVERIFY2(kept[0].reason.contains(QStringLiteral("hashtags")), qPrintable(kept[0].reason));
        // Listed with the changes waiting, with its reason.
        OutboxListModel pending(m_client->store(), nullptr);
        bool listed = false;
        for (int row = 0; row < pending.rowCount(); ++row) {
            const QModelIndex i = pending.index(row);
            if (i.data(OutboxListModel::StateRole).toString() == u"unreadable"
                && i.data(OutboxListModel::EntityIdRole).toString() == id
                && i.data(OutboxListModel::LastErrorRole).toString().contains(QStringLiteral("hashtags")))
                listed = true;
        }
        QVERIFY(listed);

        // Still broken: asked again by id, still kept.
        QVERIFY(m_client->sync().ok());
        kept = store::UnreadableItems(m_client->store().database().sql()).all();
        QCOMPARE(int(kept.size()), 1);
        QVERIFY(kept[0].attempts >= 2);

        // The server is fixed (no new feed entry): the next sync brings it.
        QCOMPARE(test(QStringLiteral("/api/test/entities/raw"),
                      {{"id", id.toStdString()}, {"merge", {{"hashtags", original.at("hashtags")}}}})
                     .status,
                 200);
        r = m_client->sync();
        QVERIFY(r.ok());
        QCOMPARE(unreadable(), 0);
        QCOMPARE(m_client->posts(), m_web->posts());
        pending.reload();
        QCOMPARE(pending.rowCount(), 0);
    }

    // The first-sync target: a full pull sets the search triggers aside and
    // rebuilds each index once at the end; search works after, and keeps
    // working for local edits (the triggers are back).
    void fullPullBuildsSearchOnce()
    {
        start(30);
        m_client->setPageSize(7); // five pages
        QSqlDatabase &db = m_client->store().database().sql();
        auto scalar = [&db](const QString &sql) {
            QSqlQuery q(db);
            return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
        };
        const QString triggers =
            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%fts%'");
        const int before = scalar(triggers);
        QVERIFY(before > 0);
        QVERIFY(m_client->sync().ok());
        QCOMPARE(int(m_client->posts().size()), 30);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM posts_fts WHERE posts_fts MATCH 'post'")), 30);
        QCOMPARE(scalar(triggers), before);
        QVERIFY(!store::FtsDeferral(db).suspended());
        m_client->createPost(QStringLiteral("zèbre rayé"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM posts_fts WHERE posts_fts MATCH 'zebre'")), 1);
    }

    // Defect 5: an unreadable answer to a create, from the command line.
    void unreadableCreateAnswerExitsNonZero()
    {
        start(0);
        const CliRunner cli(m_dir.filePath(m_tag + QStringLiteral("-cli")));
        QCOMPARE(cli.run({QStringLiteral("--server"), m_server.url().toString(), QStringLiteral("login"),
                          m_web->email()},
                         m_web->password().toUtf8() + '\n')
                     .exitCode,
                 0);
        QCOMPARE(cli.run({QStringLiteral("posts"), QStringLiteral("create"), QStringLiteral("--platform"),
                          QStringLiteral("facebook"), QStringLiteral("--content"), QStringLiteral("answered badly")})
                     .exitCode,
                 0);
        m_server.corrupt(QStringLiteral("POST /api/content/posts"), QStringLiteral("malformed"));
        const CliResult r = cli.run({QStringLiteral("sync")});
        QVERIFY2(r.exitCode != 0, r.out.constData());
        QVERIFY2(!r.err.trimmed().isEmpty(), "says why");
        // Then it goes through, once, and says so.
        const CliResult again = cli.run({QStringLiteral("sync")});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(m_web->postCount(), 1);
    }

    // Defect 6: with umask 022, nothing Pitchside writes is readable by others.
    void everythingWrittenIsPrivate()
    {
        start(2);
        const UmaskOverride umask(022); // inherited by the CLI's process
        const QString dataDir = m_dir.filePath(m_tag + QStringLiteral("-data"));
        const CliRunner cli(dataDir);
        QCOMPARE(cli.run({QStringLiteral("--server"), m_server.url().toString(), QStringLiteral("login"),
                          m_web->email()},
                         m_web->password().toUtf8() + '\n')
                     .exitCode,
                 0);
        QCOMPARE(cli.run({QStringLiteral("posts"), QStringLiteral("create"), QStringLiteral("--platform"),
                          QStringLiteral("facebook"), QStringLiteral("--content"), QStringLiteral("private")})
                     .exitCode,
                 0);
        QCOMPARE(cli.run({QStringLiteral("sync")}).exitCode, 0);
        QVERIFY(QFileInfo::exists(dataDir + QStringLiteral("/settings.ini")));
        QCOMPARE(notPrivate(dataDir), QStringList());
        QCOMPARE(QFileInfo(dataDir).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    }
};

QTEST_GUILESS_MAIN(TstSyncHostile)
#include "tst_sync_hostile.moc"
