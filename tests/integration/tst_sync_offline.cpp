// Working without the server: changes wait, then go when it is back (also
// by themselves, without a click); and a 410 full resync keeps them.
#include "SyncFixture.h"
#include "models/store/SyncStateRepository.h"

#include <QElapsedTimer>
#include <QTest>

using namespace pitchside;
using namespace pitchside::test;

class TstSyncOffline : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestServer m_server;
    std::unique_ptr<RemoteUser> m_web;
    std::unique_ptr<SyncClient> m_client;
    QStringList m_ids;

private Q_SLOTS:
    void init()
    {
        const QString tag = QString::fromLatin1(QTest::currentTestFunction());
        m_web = startServerWithUser(m_server, m_dir, tag);
        QVERIFY(m_web);
        m_ids.clear();
        for (int i = 0; i < 10; ++i)
            m_ids << QString::fromStdString(
                m_web->createPost({{"platforms", {"facebook"}}, {"content", "post " + std::to_string(i)}})
                    .data()
                    .at("id")
                    .get<std::string>());
        m_client = signedInClient(m_server, m_dir, tag, *m_web);
        QVERIFY(m_client);
        QVERIFY(m_client->sync().ok());
    }

    void cleanup()
    {
        m_client.reset();
        m_web.reset();
        m_server.stop();
    }

    void offlineEditsThenReconnect()
    {
        m_server.stop();
        for (int i = 0; i < 5; ++i)
            QVERIFY(m_client->editPost(m_ids[i], QStringLiteral("edited on the train %1").arg(i)));
        QVERIFY(m_client->editPost(m_ids[0], QStringLiteral("edited twice on the train")));
        QVERIFY(m_client->deletePost(m_ids[9]));
        const QString fresh = m_client->createPost(QStringLiteral("written on the train"));
        const sync::SyncReport r = m_client->sync();
        QCOMPARE(r.result, sync::SyncReport::Result::Offline);
        QCOMPARE(r.error.kind, sync::api::ApiError::Kind::Network);
        QCOMPARE(m_client->controller().status().state, sync::SyncStatus::State::Offline);
        QCOMPARE(m_client->waiting(), 7); // two edits of one post coalesced
        QCOMPARE(m_client->posts().value(m_ids[0]).content, QStringLiteral("edited twice on the train"));

        QVERIFY(m_server.restart());
        QVERIFY(m_client->syncUntilClean());
        QCOMPARE(m_client->posts(), m_web->posts());
        QCOMPARE(m_web->posts().value(m_ids[0]).content, QStringLiteral("edited twice on the train"));
        QVERIFY(m_web->posts().contains(fresh));
        QVERIFY(!m_web->posts().contains(m_ids[9]));
    }

    void reconnectsByItself()
    {
        m_server.stop();
        QVERIFY(m_client->editPost(m_ids[1], QStringLiteral("sent when the server is back")));
        QCOMPARE(m_client->sync().result, sync::SyncReport::Result::Offline);
        QVERIFY(m_server.restart());
        // No sync call: the failure schedules the next try (a few seconds).
        QVERIFY(waitFor([&] { return m_client->waiting() == 0; }, 20000));
        QCOMPARE(m_web->posts().value(m_ids[1]).content, QStringLiteral("sent when the server is back"));
        // The outbox empties when the push ends; the same run still pulls.
        QVERIFY(waitFor([&] { return m_client->controller().status().state == sync::SyncStatus::State::Idle; }, 10000));
    }

    // Issue 11, defect 6: the strip said "Online" after the server went
    // away, until something was edited.
    void noticesTheServerGoingAwayByItself()
    {
        const QString tag = QStringLiteral("live-client");
        QDir().mkpath(m_dir.filePath(tag));
        auto client = std::make_unique<SyncClient>(m_server, m_dir.filePath(tag));
        client->setLive(true);
        QVERIFY(client->signIn(m_web->email(), m_web->password()));
        QVERIFY(client->sync().ok());
        QVERIFY(waitFor([&] { return client->controller().status().live; }, 10000));
        QCOMPARE(client->controller().status().state, sync::SyncStatus::State::Idle);

        m_server.stop(); // no edit, no sync call: the broken stream is the signal
        QVERIFY(waitFor([&] { return client->controller().status().state == sync::SyncStatus::State::Offline; },
                        10000));
        const sync::SyncStatus offline = client->controller().status();
        QVERIFY(offline.lastAttemptAtMs > 0);
        QVERIFY(offline.nextAttemptAtMs > offline.lastAttemptAtMs); // the strip says when it tries again
        QVERIFY(!offline.message.isEmpty());

        // Asking again while it is still away ends with a newer check time
        // (what the strip shows after Ctrl+R).
        QTest::qWait(20);
        QCOMPARE(client->sync().result, sync::SyncReport::Result::Offline);
        QVERIFY(client->controller().status().lastAttemptAtMs > offline.lastAttemptAtMs);
        QVERIFY(m_server.restart());
    }

    // Issue 11, defect 6: back online, the strip said "synced just now"
    // while a change that had failed before the cut still waited out its
    // backoff.
    void aChangeWaitingOutItsBackoffGoesAtReconnect()
    {
        QVERIFY(m_client->editPost(m_ids[3], QStringLiteral("failed once, then the Wi-Fi went")));
        // A 503 asking to come back in a minute: the change backs off.
        QCOMPARE(m_server.http()
                     .request("PUT", QStringLiteral("/api/test/faults/errors"),
                              {{"rate", 1.0}, {"status", 503}, {"retry_after", 60}, {"match", "/api/content/posts"}})
                     .status,
                 200);
        const sync::SyncReport failedOnce = m_client->sync();
        QVERIFY(failedOnce.ok()); // the pull went; the push waits for a retry
        QCOMPARE(failedOnce.retrying, 1);
        m_server.stop();
        QCOMPARE(m_client->sync().result, sync::SyncReport::Result::Offline);
        QVERIFY(m_server.restart());
        m_server.reset();
        QVERIFY(m_client->sync().ok()); // the reconnecting run…
        // …and the run it starts at once for what waited: no click, no minutes.
        QVERIFY(waitFor([&] { return m_client->waiting() == 0; }, 5000));
        QCOMPARE(m_web->posts().value(m_ids[3]).content, QStringLiteral("failed once, then the Wi-Fi went"));
    }

    void resyncAfterGoneKeepsLocalChanges()
    {
        // Local changes the server has not seen…
        QVERIFY(m_client->editPost(m_ids[0], QStringLiteral("kept through the resync")));
        const QString fresh = m_client->createPost(QStringLiteral("new, kept through the resync"));
        // …while the server deletes and edits, then forgets its history.
        QCOMPARE(m_web->deletePost(m_ids[7]).status, 204);
        QCOMPARE(m_web->deletePost(m_ids[8]).status, 204);
        QCOMPARE(m_web->patchPost(m_ids[2], {{"content", "edited on the web"}}).status, 200);
        QVERIFY(m_server.compactFeed() > 0);
        // Pushing fails for now, so the resync runs with the changes pending.
        m_server.errors(1.0, 503, QStringLiteral("/api/content/posts"));
        const sync::SyncReport r = m_client->sync();
        QVERIFY(r.ok());
        QVERIFY(r.resynced);
        QCOMPARE(m_client->waiting(), 2);
        const PostSnapshot local = m_client->posts();
        QCOMPARE(local.value(m_ids[0]).content, QStringLiteral("kept through the resync"));
        QVERIFY(local.contains(fresh));
        QVERIFY(!local.contains(m_ids[7])); // gone on the server, swept here
        QVERIFY(!local.contains(m_ids[8]));
        QCOMPARE(local.value(m_ids[2]).content, QStringLiteral("edited on the web"));
        m_server.reset();
        QVERIFY(m_client->syncUntilClean());
        QCOMPARE(m_client->posts(), m_web->posts());
        QCOMPARE(m_client->conflicts(), 0);
    }
};

QTEST_GUILESS_MAIN(TstSyncOffline)
#include "tst_sync_offline.moc"
