// Two devices edit one post: the conflict is detected (on push or on
// pull), both copies are kept, and each of the three ways out converges.
#include "SyncFixture.h"
#include "sync/ConflictResolver.h"
#include "sync/entities/EntityRegistry.h"

#include <QTest>

using namespace pitchside;
using namespace pitchside::test;
using Choice = sync::ConflictResolver::Choice;

class TstSyncConflicts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestServer m_server;
    std::unique_ptr<RemoteUser> m_user;
    std::unique_ptr<SyncClient> m_laptop;
    std::unique_ptr<SyncClient> m_desktop;
    QString m_postId;

    sync::ConflictResolver resolver(SyncClient &c)
    {
        return sync::ConflictResolver(c.store().database(), &c.store().hub(), sync::EntityRegistry::builtin());
    }

    // Both devices have the post at version 1, then each edits it: the
    // desktop syncs first, so the laptop's push meets a stale If-Match.
    void editOnBothDevices()
    {
        QVERIFY(m_laptop->sync().ok());
        QVERIFY(m_desktop->sync().ok());
        QVERIFY(m_laptop->editPost(m_postId, QStringLiteral("laptop version")));
        QVERIFY(m_desktop->editPost(m_postId, QStringLiteral("desktop version")));
        QVERIFY(m_desktop->sync().ok());
        const sync::SyncReport r = m_laptop->sync();
        QVERIFY(r.ok());
        QCOMPARE(r.conflicts, 1);
        QCOMPARE(m_laptop->conflicts(), 1);
        // Nothing is dropped: both copies are here, the local one untouched.
        QCOMPARE(m_laptop->posts().value(m_postId).content, QStringLiteral("laptop version"));
        QVERIFY(m_laptop->store().posts().find(m_postId)->sync.conflict);
        QCOMPARE(m_user->posts().value(m_postId).content, QStringLiteral("desktop version"));
        // Further syncs leave it alone until the user decides.
        QVERIFY(m_laptop->sync().ok());
        QCOMPARE(m_user->posts().value(m_postId).content, QStringLiteral("desktop version"));
    }

private Q_SLOTS:
    void init()
    {
        const QString tag = QString::fromLatin1(QTest::currentTestFunction());
        QVERIFY(m_server.start(m_dir.filePath(tag + QStringLiteral("-server"))));
        m_user = std::make_unique<RemoteUser>(m_server, tag + QStringLiteral("@club.test"));
        QVERIFY(m_user->registerUser());
        for (const char *device : {"laptop", "desktop"})
            QDir().mkpath(m_dir.filePath(tag + QLatin1Char('-') + QLatin1String(device)));
        m_laptop = std::make_unique<SyncClient>(m_server, m_dir.filePath(tag + QStringLiteral("-laptop")));
        m_desktop = std::make_unique<SyncClient>(m_server, m_dir.filePath(tag + QStringLiteral("-desktop")));
        QVERIFY(m_laptop->signIn(m_user->email(), m_user->password()));
        QVERIFY(m_desktop->signIn(m_user->email(), m_user->password()));
        m_postId = QString::fromStdString(m_user->createPost({{"platforms", {"facebook"}}, {"content", "original"}})
                                              .data()
                                              .at("id")
                                              .get<std::string>());
    }

    void cleanup()
    {
        m_laptop.reset();
        m_desktop.reset();
        m_user.reset();
        m_server.stop();
    }

    void keepMine()
    {
        editOnBothDevices();
        auto r = resolver(*m_laptop);
        const auto view = r.view(QStringLiteral("post"), m_postId);
        QVERIFY(view);
        QVERIFY(!view->remoteDeleted && !view->localDeleted && view->canKeepBoth);
        QVERIFY(!r.resolve(QStringLiteral("post"), m_postId, Choice::KeepMine));
        QVERIFY(m_laptop->sync().ok());
        QVERIFY(m_desktop->sync().ok());
        QCOMPARE(m_user->posts().value(m_postId).content, QStringLiteral("laptop version"));
        QCOMPARE(m_laptop->posts(), m_user->posts());
        QCOMPARE(m_desktop->posts(), m_user->posts());
        QCOMPARE(m_laptop->conflicts(), 0);
        QCOMPARE(m_laptop->waiting(), 0);
    }

    void takeTheirs()
    {
        editOnBothDevices();
        auto r = resolver(*m_laptop);
        QVERIFY(!r.resolve(QStringLiteral("post"), m_postId, Choice::TakeTheirs));
        QCOMPARE(m_laptop->posts().value(m_postId).content, QStringLiteral("desktop version"));
        QVERIFY(m_laptop->sync().ok());
        QCOMPARE(m_laptop->posts(), m_user->posts());
        QCOMPARE(m_user->posts().value(m_postId).content, QStringLiteral("desktop version"));
        QCOMPARE(m_laptop->waiting(), 0);
    }

    void keepBoth()
    {
        editOnBothDevices();
        auto r = resolver(*m_laptop);
        QString copy;
        QVERIFY(!r.resolve(QStringLiteral("post"), m_postId, Choice::KeepBoth, &copy));
        QVERIFY(m_laptop->sync().ok());
        QVERIFY(m_desktop->sync().ok());
        const PostSnapshot server = m_user->posts();
        QCOMPARE(int(server.size()), 2);
        QCOMPARE(server.value(m_postId).content, QStringLiteral("desktop version"));
        QCOMPARE(server.value(copy).content, QStringLiteral("laptop version"));
        QCOMPARE(server.value(copy).status, QStringLiteral("draft"));
        QCOMPARE(m_laptop->posts(), server);
        QCOMPARE(m_desktop->posts(), server);
    }

    void pullDetectsAConflictBeforePushing()
    {
        // The laptop edits offline; the server moves on; the next pull must
        // keep both copies even if the push never ran.
        QVERIFY(m_laptop->sync().ok());
        QVERIFY(m_laptop->editPost(m_postId, QStringLiteral("offline edit")));
        QCOMPARE(m_user->patchPost(m_postId, {{"content", "web edit"}}).status, 200);
        m_server.errors(1.0, 503, QStringLiteral("PATCH /api/content/posts/{id}")); // the push fails…
        QVERIFY(m_laptop->sync().ok());                                              // …the pull runs
        QCOMPARE(m_laptop->conflicts(), 1);
        QCOMPARE(m_laptop->posts().value(m_postId).content, QStringLiteral("offline edit"));
        m_server.reset();
        QVERIFY(!resolver(*m_laptop).resolve(QStringLiteral("post"), m_postId, Choice::KeepMine));
        QVERIFY(m_laptop->syncUntilClean());
        QCOMPARE(m_user->posts().value(m_postId).content, QStringLiteral("offline edit"));
    }

    void deletedOnTheServerWhileEditedHere()
    {
        QVERIFY(m_laptop->sync().ok());
        QVERIFY(m_laptop->editPost(m_postId, QStringLiteral("still wanted")));
        QCOMPARE(m_user->deletePost(m_postId).status, 204);
        QVERIFY(m_laptop->sync().ok());
        QCOMPARE(m_laptop->conflicts(), 1);
        auto r = resolver(*m_laptop);
        const auto view = r.view(QStringLiteral("post"), m_postId);
        QVERIFY(view && view->remoteDeleted && !view->canKeepBoth);
        QVERIFY(!r.resolve(QStringLiteral("post"), m_postId, Choice::KeepMine)); // put it back
        QVERIFY(m_laptop->syncUntilClean());
        QCOMPARE(m_user->posts().value(m_postId).content, QStringLiteral("still wanted"));
        QCOMPARE(m_laptop->posts(), m_user->posts());
    }

    void deletedHereWhileEditedOnTheServer()
    {
        QVERIFY(m_laptop->sync().ok());
        QVERIFY(m_laptop->deletePost(m_postId));
        QCOMPARE(m_user->patchPost(m_postId, {{"content", "edited on the web"}}).status, 200);
        QVERIFY(m_laptop->sync().ok());
        QCOMPARE(m_laptop->conflicts(), 1);
        auto r = resolver(*m_laptop);
        QVERIFY(r.view(QStringLiteral("post"), m_postId)->localDeleted);
        QVERIFY(!r.resolve(QStringLiteral("post"), m_postId, Choice::TakeTheirs)); // get it back
        QCOMPARE(m_laptop->posts().value(m_postId).content, QStringLiteral("edited on the web"));
        QVERIFY(m_laptop->syncUntilClean());
        QCOMPARE(m_laptop->posts(), m_user->posts());
    }
};

QTEST_GUILESS_MAIN(TstSyncConflicts)
#include "tst_sync_conflicts.moc"
