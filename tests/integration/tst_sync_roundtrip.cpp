// Initial and incremental sync, pushing every kind of change, the live
// hint, and the demo account with every module's data.
#include "SyncFixture.h"
#include "models/Clock.h"
#include "models/store/ConflictRepository.h"
#include "models/store/SyncStateRepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace pitchside;
using namespace pitchside::test;

namespace {

json newPost(const QString &content)
{
    return {{"platforms", {"facebook"}}, {"content", content.toStdString()}};
}

int countRows(store::Store &s, const QString &table)
{
    QSqlQuery q(s.database().sql());
    return q.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(table)) && q.next() ? q.value(0).toInt()
                                                                                                        : -1;
}

} // namespace

class TstSyncRoundtrip : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestServer m_server;
    std::unique_ptr<RemoteUser> m_other; // the same user on another device
    std::unique_ptr<SyncClient> m_client;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString tag = QString::fromLatin1(QTest::currentTestFunction());
        const bool demo = tag == u"demoAccount";
        TestServer::Options options;
        if (demo)
            options.seed = QStringLiteral("demo");
        QVERIFY(m_server.start(m_dir.filePath(tag + QStringLiteral("-server")), options));
        if (demo) {
            m_other = std::make_unique<RemoteUser>(m_server, QStringLiteral("claire.martin@us-riviere.fr"),
                                                   QStringLiteral("Riviere2026!"));
            QVERIFY(m_other->login());
        } else {
            m_other = std::make_unique<RemoteUser>(m_server, tag + QStringLiteral("@club.test"));
            QVERIFY(m_other->registerUser());
        }
        QDir().mkpath(m_dir.filePath(tag));
        m_client = std::make_unique<SyncClient>(m_server, m_dir.filePath(tag));
        QVERIFY(m_client->signIn(m_other->email(), m_other->password()));
    }

    void cleanup()
    {
        m_client.reset();
        m_other.reset();
        m_server.stop();
    }

    void initialAndIncremental()
    {
        QStringList ids;
        for (int i = 0; i < 25; ++i)
            ids << QString::fromStdString(m_other->createPost(newPost(QStringLiteral("Post %1").arg(i))).data().at("id").get<std::string>());
        QVERIFY(m_client->sync().ok());
        QCOMPARE(m_client->posts(), m_other->posts());
        const qint64 seq = m_client->store().syncState().value(store::SyncStateRepository::lastSeqKey()).toLongLong();
        QVERIFY(seq > 0);

        // Incremental: only what changed comes, and the result matches.
        QCOMPARE(m_other->patchPost(ids[3], {{"content", "Edited elsewhere"}}).status, 200);
        QCOMPARE(m_other->deletePost(ids[4]).status, 204);
        m_other->createPost(newPost(QStringLiteral("One more")));
        const sync::SyncReport r = m_client->sync();
        QVERIFY(r.ok());
        QCOMPARE(r.pulled, 3);
        QCOMPARE(m_client->posts(), m_other->posts());
        QCOMPARE(m_client->posts().value(ids[3]).content, QStringLiteral("Edited elsewhere"));
        QVERIFY(!m_client->posts().contains(ids[4]));
        QVERIFY(m_client->store().syncState().value(store::SyncStateRepository::lastSyncAtKey()).toLongLong() > 0);
    }

    void pushEveryKindOfChange()
    {
        const QString remoteId =
            QString::fromStdString(m_other->createPost(newPost(QStringLiteral("from the web"))).data().at("id").get<std::string>());
        QVERIFY(m_client->sync().ok());
        const QString a = m_client->createPost(QStringLiteral("written offline A"));
        const QString b = m_client->createPost(QStringLiteral("written offline B"), Platform::LinkedIn | Platform::Facebook);
        QVERIFY(m_client->editPost(a, QStringLiteral("written offline A, edited")));
        QVERIFY(m_client->editPost(remoteId, QStringLiteral("from the web, edited here")));
        QVERIFY(m_client->deletePost(b));
        const QString c = m_client->createPost(QStringLiteral("C"));
        QVERIFY(m_client->deletePost(c)); // never reached the server: nothing to send
        QVERIFY(m_client->sync().ok());
        QCOMPARE(m_client->waiting(), 0);
        QCOMPARE(m_client->posts(), m_other->posts());
        QCOMPARE(m_other->post(a).value("content", std::string()), std::string("written offline A, edited"));
        QCOMPARE(m_other->post(remoteId).value("version", 0), 2);
        const Post local = *m_client->store().posts().find(a);
        QVERIFY(!local.sync.dirty);
        QCOMPARE(local.sync.version, qint64(m_other->post(a).value("version", 0)));
        // The server filled what the client left out (the active profile): the row took it.
        const json serverProfile = m_other->post(a).value("profile_id", json());
        QCOMPARE(local.profileId, serverProfile.is_string() ? QString::fromStdString(serverProfile.get<std::string>()) : QString());
        // One request per create: the server saw no duplicate.
        QCOMPARE(m_other->postCount(), 2);
    }

    void templatesAndMatches()
    {
        PostTemplate t;
        t.name = QStringLiteral("Jour de match");
        t.category = QStringLiteral("actualite");
        t.platforms = Platform::Instagram;
        t.content = QStringLiteral("{{equipe}} reçoit {{adversaire}}");
        t.variables = QJsonObject{{QStringLiteral("equipe"), QStringLiteral("U17")}};
        QVERIFY(!m_client->store().templates().create(t));
        Match m;
        m.home.name = QStringLiteral("US Rivière");
        m.away.name = QStringLiteral("FC Illkirch");
        m.matchDate = Clock::nowUtc().addDays(3);
        m.status = Match::Status::Finished;
        m.scoreHome = 3;
        m.scoreAway = 1;
        // A match needs a profile on the server: the user's first one.
        const HttpResult me = m_server.http().request("PUT", QStringLiteral("/api/users/me/profiles"),
                                                      {{"profiles", {{{"type", "club"}, {"name", "US Rivière"}}}}},
                                                      m_other->token());
        QCOMPARE(me.status, 200);
        m.profileId = QString::fromStdString(me.data().at("profiles").at(0).at("id").get<std::string>());
        QVERIFY(!m_client->store().matches().create(m));
        QVERIFY(m_client->sync().ok());
        QCOMPARE(m_client->waiting(), 0);
        const json tpl = m_server.http().request("GET", QStringLiteral("/api/templates/") + t.id, json(), m_other->token()).data();
        QCOMPARE(tpl.value("name", std::string()), std::string("Jour de match"));
        const json match = m_server.http().request("GET", QStringLiteral("/api/matches/") + m.id, json(), m_other->token()).data();
        QCOMPARE(match.value("score_home", -1), 3); // sent through the score route after the create
        QCOMPARE(match.value("status", std::string()), std::string("finished"));
        // The profile arrived through the feed and users/me, in order.
        QCOMPARE(int(m_client->store().profiles().all().size()), 1);

        // An edit of the score alone goes through the score route.
        QVERIFY(!m_client->store().matches().update(m.id, [](Match &x) { x.scoreAway = 2; }));
        QVERIFY(m_client->sync().ok());
        const json after = m_server.http().request("GET", QStringLiteral("/api/matches/") + m.id, json(), m_other->token()).data();
        QCOMPARE(after.value("score_away", -1), 2);
        QCOMPARE(m_client->store().calendar().findMatch(m.id)->sync.version, after.value("version", qint64(0)));
    }

    void demoAccount()
    {
        // The demo club: every module has data, and all of it arrives.
        const sync::SyncReport r = m_client->sync();
        QVERIFY(r.ok());
        // The demo seed has two media items with the same bytes (sha256),
        // which the store's dedupe index refuses: that one item is skipped
        // (and logged), the rest of the account syncs.
        QVERIFY(r.skippedItems <= 1);
        QCOMPARE(m_client->posts(), m_other->posts());
        store::Store &s = m_client->store();
        const auto profiles = s.profiles().all();
        QVERIFY(profiles.size() >= 2);
        for (int i = 0; i < profiles.size(); ++i)
            QCOMPARE(profiles[i].position, i); // users/me's order
        for (const char *table : {"templates", "media", "matches", "events"})
            QVERIFY2(countRows(s, QString::fromLatin1(table)) > 0, table);
        QCOMPARE(m_client->conflicts(), 0);
        // A second sync brings nothing new.
        QCOMPARE(m_client->sync().pulled, 0);
    }

    void liveHintPullsAtOnce()
    {
        m_client->setLive(true);
        QVERIFY(m_client->sync().ok()); // the first good sync opens the event stream
        QVERIFY(waitFor([&] { return m_server.openStreams() == 1; }));
        const QString id =
            QString::fromStdString(m_other->createPost(newPost(QStringLiteral("live!"))).data().at("id").get<std::string>());
        // No sync call: the hint makes the engine pull by itself.
        QVERIFY(waitFor([&] { return m_client->posts().contains(id); }, 10000));
        QVERIFY(m_client->controller().status().live);
    }
};

QTEST_GUILESS_MAIN(TstSyncRoundtrip)
#include "tst_sync_roundtrip.moc"
