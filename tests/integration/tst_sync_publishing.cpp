// Publishing (issue 13; API.md §4 and §9): "Publier maintenant" and a
// scheduled post handed to the reference server's worker, one publication
// per network through the user's connected accounts, refusals the server
// plays as the providers would (with their reason explained and a
// notification), and the warnings before a post would fail: no account, an
// account to reconnect, a token that ends before the post's time (with the
// server's shortened lifetimes). Real client, real server, real SQLite.
#include "SyncFixture.h"
#include "models/Clock.h"
#include "models/PostPlanner.h"
#include "models/PublishingMonitor.h"
#include "models/PublishingRisk.h"
#include "models/store/PublicationRepository.h"
#include "models/store/SocialAccountRepository.h"

#include <QSignalSpy>
#include <QTest>

using namespace pitchside;
using namespace pitchside::test;

class TstSyncPublishing : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestServer m_server;
    std::unique_ptr<RemoteUser> m_web;
    std::unique_ptr<SyncClient> m_client;
    int m_posts = 0;

    HttpResult test(const QString &path, const json &body, const QByteArray &method = "POST")
    {
        return m_server.http().request(method, path, body);
    }

    QString newPost(Platforms platforms)
    {
        ++m_posts;
        return m_client->createPost(QStringLiteral("Match de samedi, venez nombreux ! (%1)").arg(m_posts), platforms);
    }

    // Syncs until the post leaves "publishing" (the server publishes right
    // after it accepts the change, or at its time).
    std::optional<Post> syncUntilSettled(const QString &id, int ms = 20000)
    {
        std::optional<Post> post;
        waitFor(
            [&] {
                m_client->sync();
                post = m_client->store().posts().find(id);
                return post && post->status != PostStatus::Publishing && post->status != PostStatus::Scheduled
                       && !post->sync.dirty;
            },
            ms);
        return post;
    }

    std::optional<Publication> publicationOn(const QString &postId, const QString &platform)
    {
        for (const Publication &p : m_client->store().publications().forPost(postId))
            if (p.platform == platform)
                return p;
        return std::nullopt;
    }

    std::optional<SocialAccount> accountOn(const QString &platform)
    {
        for (const SocialAccount &a : m_client->store().socialAccounts().all())
            if (a.platform == platform)
                return a;
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TestServer::Options options;
        options.extraArgs = {QStringLiteral("--publish-interval"), QStringLiteral("1")};
        QVERIFY(m_server.start(m_dir.filePath(QStringLiteral("server")), options));
        m_web = std::make_unique<RemoteUser>(m_server, QStringLiteral("publish@club.test"));
        QVERIFY(m_web->registerUser());
        m_client = signedInClient(m_server, m_dir, QStringLiteral("publish"), *m_web);
        QVERIFY(m_client);
        QVERIFY(!m_web->connectSocialAccount(QStringLiteral("facebook")).isEmpty());
        QVERIFY(!m_web->connectSocialAccount(QStringLiteral("linkedin")).isEmpty());
        QVERIFY(m_client->syncUntilClean());
        QCOMPARE(m_client->store().socialAccounts().all().size(), 2);
    }

    void publishNowGoesOutOnEveryNetwork()
    {
        const QString id = newPost(Platform::Facebook | Platform::LinkedIn);
        QVERIFY(!id.isEmpty());
        const PostCommandResult r = PostPlanner(m_client->store()).publishNow(id);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        // Written locally first (with its outbox entry): offline it would wait.
        QCOMPARE(m_client->store().posts().find(id)->status, PostStatus::Publishing);
        QVERIFY(m_client->store().posts().find(id)->sync.dirty);

        const std::optional<Post> post = syncUntilSettled(id);
        QVERIFY(post);
        QCOMPARE(post->status, PostStatus::Published);
        QVERIFY(post->publishedAt.isValid());
        for (const char *network : {"facebook", "linkedin"}) {
            const std::optional<Publication> p = publicationOn(id, QString::fromLatin1(network));
            QVERIFY2(p, network);
            QCOMPARE(p->status, QStringLiteral("published"));
            QVERIFY(!p->platformPostId.isEmpty());
            QVERIFY2(safePostUrl(*p).isValid(), qPrintable(p->postUrl));
            QCOMPARE(p->accountId, accountOn(QString::fromLatin1(network))->id);
        }
        // Published: nothing more to send, and it cannot be sent twice.
        QCOMPARE(PostPlanner(m_client->store()).publishNow(id).outcome, PostCommandResult::Outcome::Refused);
        QCOMPARE(m_client->waiting(), 0);
        QCOMPARE(m_client->conflicts(), 0);
    }

    void scheduledPostGoesOutAtItsTime()
    {
        const QString id = newPost(Platform::Facebook);
        const QDateTime when = Clock::nowUtc().addSecs(3);
        const PostCommandResult r = PostPlanner(m_client->store()).schedule(id, when);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QVERIFY(m_client->syncUntilClean());
        QCOMPARE(m_client->store().posts().find(id)->status, PostStatus::Scheduled);
        QVERIFY(!publicationOn(id, QStringLiteral("facebook"))); // not before its time
        const std::optional<Post> post = syncUntilSettled(id, 30000);
        QVERIFY(post);
        QCOMPARE(post->status, PostStatus::Published);
        QVERIFY(post->publishedAt >= when.addMSecs(-1000));
        QCOMPARE(publicationOn(id, QStringLiteral("facebook"))->status, QStringLiteral("published"));
    }

    void aRefusalIsExplainedNotifiedAndTriedAgain()
    {
        PublishingMonitor monitor(m_client->store());
        monitor.refresh();
        QSignalSpy failed(&monitor, &PublishingMonitor::publicationFailed);
        QCOMPARE(test(QStringLiteral("/api/test/social/facebook/fail-next"), {{"error", "media_rejected"}}).status, 200);

        const QString id = newPost(Platform::Facebook | Platform::LinkedIn);
        QVERIFY(PostPlanner(m_client->store()).publishNow(id).ok());
        std::optional<Post> post = syncUntilSettled(id);
        QVERIFY(post);
        QCOMPARE(post->status, PostStatus::Failed);
        const std::optional<Publication> facebook = publicationOn(id, QStringLiteral("facebook"));
        QVERIFY(facebook);
        QCOMPARE(facebook->status, QStringLiteral("failed"));
        QCOMPARE(facebook->errorCode, QStringLiteral("media_rejected"));
        QVERIFY(failureText(*facebook).contains(QStringLiteral("Facebook")));
        QVERIFY(!failureText(*facebook).contains(facebook->errorMessage)); // explained, not the provider's words
        // The other network went out.
        QCOMPARE(publicationOn(id, QStringLiteral("linkedin"))->status, QStringLiteral("published"));

        // Told once, with the post to open.
        QVERIFY(waitFor([&] { return failed.count() >= 1; }, 5000));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).toString(), id);
        QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("Facebook")));

        // "Réessayer": only the refused network is sent again.
        const QString linkedInPostId = publicationOn(id, QStringLiteral("linkedin"))->platformPostId;
        QVERIFY(PostPlanner(m_client->store()).publishNow(id).ok());
        post = syncUntilSettled(id);
        QCOMPARE(post->status, PostStatus::Published);
        QCOMPARE(publicationOn(id, QStringLiteral("facebook"))->status, QStringLiteral("published"));
        QCOMPARE(publicationOn(id, QStringLiteral("facebook"))->attempts, 2);
        QCOMPARE(publicationOn(id, QStringLiteral("linkedin"))->platformPostId, linkedInPostId);
        QCOMPARE(publicationOn(id, QStringLiteral("linkedin"))->attempts, 1);
        QCOMPARE(failed.count(), 1);
    }

    void warnsBeforeAPostWouldFail()
    {
        const QDateTime now = Clock::nowUtc();
        const QVector<SocialAccount> accounts = m_client->store().socialAccounts().all();
        // No Instagram account: an Instagram post would fail.
        QVector<PublishingRisk> risks = publishingRisks(Platform::Instagram | Platform::Facebook, now.addDays(3), accounts, now);
        QCOMPARE(risks.size(), 1);
        QCOMPARE(risks.first().platform, Platform::Instagram);
        QCOMPARE(risks.first().reason, PublishingRisk::Reason::NoAccount);

        // Tokens that live an hour (the server's test switch): a post in two
        // hours would fail, one in half an hour would not.
        QCOMPARE(test(QStringLiteral("/api/test/social/token-lifetime"), {{"seconds", 3600}}, "PUT").status, 200);
        QVERIFY(!m_web->connectSocialAccount(QStringLiteral("linkedin")).isEmpty()); // renewed with the short lifetime
        QVERIFY(m_client->syncUntilClean());
        const QVector<SocialAccount> renewed = m_client->store().socialAccounts().all();
        risks = publishingRisks(Platform::LinkedIn, now.addSecs(2 * 3600), renewed, now);
        QCOMPARE(risks.size(), 1);
        QCOMPARE(risks.first().reason, PublishingRisk::Reason::ExpiresBefore);
        QVERIFY(publishingRisks(Platform::LinkedIn, now.addSecs(1800), renewed, now).isEmpty());

        // The tray's outlook gathers the scheduled posts that would fail.
        for (int i = 0; i < 3; ++i) {
            const QString id = newPost(Platform::LinkedIn);
            QVERIFY(PostPlanner(m_client->store()).schedule(id, now.addDays(2).addSecs(i * 3600)).ok());
        }
        PublishingMonitor monitor(m_client->store());
        QSignalSpy alerts(&monitor, &PublishingMonitor::newAlerts);
        monitor.refresh();
        QCOMPARE(monitor.outlook().level, PublishingOutlook::Level::Error);
        QCOMPARE(monitor.outlook().alerts.size(), 1);
        const PublishingAlert alert = monitor.outlook().alerts.first();
        QCOMPARE(alert.platform, Platform::LinkedIn);
        QCOMPARE(alert.count, 3);
        QCOMPARE(alert.reason, PublishingRisk::Reason::ExpiresBefore);
        QCOMPARE(alert.firstDay, now.addDays(2).toLocalTime().date());
        QCOMPARE(alerts.count(), 1);
        monitor.refresh(); // told once
        QCOMPARE(alerts.count(), 1);
        QCOMPARE(test(QStringLiteral("/api/test/social/token-lifetime"), {{"seconds", 0}}, "PUT").status, 200);
        QVERIFY(!m_web->connectSocialAccount(QStringLiteral("linkedin")).isEmpty());
        QVERIFY(m_client->syncUntilClean());
        monitor.refresh();
        QVERIFY(monitor.outlook().alerts.isEmpty());
        QCOMPARE(monitor.outlook().level, PublishingOutlook::Level::Healthy);
    }

    void aRevokedAccountIsFlaggedThenRefused()
    {
        const QString facebook = accountOn(QStringLiteral("facebook"))->id;
        QCOMPARE(test(QStringLiteral("/api/test/social/accounts/%1/revoke").arg(facebook), json::object()).status, 200);
        QVERIFY(m_client->syncUntilClean());
        const QDateTime now = Clock::nowUtc();
        const QVector<PublishingRisk> risks =
            publishingRisks(Platform::Facebook, now.addDays(1), m_client->store().socialAccounts().all(), now);
        QCOMPARE(risks.size(), 1);
        QCOMPARE(risks.first().reason, PublishingRisk::Reason::NeedsReconnect);
        QVERIFY(risks.first().text().contains(QStringLiteral("Facebook")));

        const QString id = newPost(Platform::Facebook);
        QVERIFY(PostPlanner(m_client->store()).publishNow(id).ok());
        const std::optional<Post> post = syncUntilSettled(id);
        QCOMPARE(post->status, PostStatus::Failed);
        QCOMPARE(publicationOn(id, QStringLiteral("facebook"))->errorCode, QStringLiteral("needs_reconnect"));
        QVERIFY(!m_web->connectSocialAccount(QStringLiteral("facebook")).isEmpty());
        QVERIFY(m_client->syncUntilClean());
    }

    void metricsGrowAfterPublishing()
    {
        const QString id = newPost(Platform::LinkedIn);
        QVERIFY(PostPlanner(m_client->store()).publishNow(id).ok());
        QCOMPARE(syncUntilSettled(id)->status, PostStatus::Published);
        qint64 first = 0;
        QVERIFY(waitFor(
            [&] {
                m_client->sync();
                first = publicationOn(id, QStringLiteral("linkedin"))->reach;
                return first > 0;
            },
            20000));
        QVERIFY(waitFor(
            [&] {
                m_client->sync();
                return publicationOn(id, QStringLiteral("linkedin"))->reach > first;
            },
            20000));
        const Publication p = *publicationOn(id, QStringLiteral("linkedin"));
        QVERIFY(p.impressions >= p.reach);
        QVERIFY(p.metricsUpdatedAt.isValid());
    }

    void theBackendsPublishRouteSendsOneNetwork()
    {
        // POST /api/social/{platform}/publish (API.md §9), as another client would.
        const HttpResult made = m_web->createPost(
            {{"content", "Résultat du match : 2-1 !"}, {"platforms", json::array({"facebook", "linkedin"})}});
        QCOMPARE(made.status, 201);
        const std::string id = made.data()["id"].get<std::string>();
        const HttpResult r = m_server.http().request("POST", QStringLiteral("/api/social/linkedin/publish"),
                                                     {{"post_id", id}}, m_web->token());
        QCOMPARE(r.status, 201);
        QVERIFY(r.data()["status"] == "published");
        QVERIFY(r.data()["platform"] == "linkedin");
        QVERIFY(r.data()["post_url"].is_string());
        // Not planned for Instagram: refused. Facebook not sent yet: the post is not published as a whole.
        QCOMPARE(m_server.http().request("POST", QStringLiteral("/api/social/instagram/publish"), {{"post_id", id}},
                                         m_web->token()).status, 400);
        QVERIFY(m_client->syncUntilClean());
        const QString postId = QString::fromStdString(id);
        QCOMPARE(m_client->store().posts().find(postId)->status, PostStatus::Draft);
        QCOMPARE(publicationOn(postId, QStringLiteral("linkedin"))->status, QStringLiteral("published"));
        QVERIFY(!publicationOn(postId, QStringLiteral("facebook")));
    }

    void aBrokenRuleIsRefusedBeforeAnythingIsSent()
    {
        // Instagram without a photo: refused here, nothing written.
        const QString id = newPost(Platform::Instagram);
        const int waitingBefore = m_client->waiting();
        const PostCommandResult r = PostPlanner(m_client->store()).publishNow(id);
        QCOMPARE(r.outcome, PostCommandResult::Outcome::Refused);
        QVERIFY(!r.plan.violations.isEmpty());
        QCOMPARE(m_client->store().posts().find(id)->status, PostStatus::Draft);
        QCOMPARE(m_client->waiting(), waitingBefore);
    }

    void onlyTheNetworksOwnHttpsLinksAreOpened()
    {
        Publication p;
        p.platform = QStringLiteral("facebook");
        p.postUrl = QStringLiteral("https://www.facebook.com/123/posts/456");
        QVERIFY(safePostUrl(p).isValid());
        for (const char *hostile : {"javascript:alert(1)", "file:///etc/passwd", "http://www.facebook.com/1",
                                    "https://facebook.com.evil.example/1", "https://user@www.facebook.com/1",
                                    "https://www.instagram.com/p/1/"}) {
            p.postUrl = QString::fromLatin1(hostile);
            QVERIFY2(!safePostUrl(p).isValid(), hostile);
        }
    }
};

QTEST_GUILESS_MAIN(TstSyncPublishing)
#include "tst_sync_publishing.moc"
