// --seed demo and --seed bench:N: sign-in details printed after the URL,
// the demo's content (profiles, ~300 posts in every status over three
// months, real images with variants, templates, fixtures with scores,
// events, documents, publications), the events route, and no duplicates
// when the seed runs again on the same data dir.
#include "server_harness.h"

#include <QImage>
#include <QtTest>

class TestServerSeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void printsSignInDetails();
    void clubAccount();
    void postsCoverThreeMonthsInEveryStatus();
    void imagesAreRealWithVariants();
    void fixturesEventsTemplatesDocuments();
    void agencyManagesTwoClubs();
    void seedingAgainAddsNothing();
    void benchSeed();

private:
    int countAll(Http &http, const QString &path);
    QTemporaryDir m_dir;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Http> m_club;
};

void TestServerSeed::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringList{QStringLiteral("--seed"), QStringLiteral("demo"), QStringLiteral("--rate-limit"),
                                                        QStringLiteral("100000"), QStringLiteral("--publish-interval"), QStringLiteral("0")},
                                            m_dir.path());
    QVERIFY(m_server->start(120000));
    m_club = std::make_unique<Http>(m_server->url());
    QVERIFY(m_club->signIn(QStringLiteral("claire.martin@us-riviere.fr"), QStringLiteral("Riviere2026!")).contains("access_token"));
}

int TestServerSeed::countAll(Http &http, const QString &path)
{
    return http.get(path + (path.contains(QLatin1Char('?')) ? QStringLiteral("&limit=1") : QStringLiteral("?limit=1")))
        .doc()["meta"]["total"];
}

void TestServerSeed::printsSignInDetails()
{
    const QStringList lines = m_server->stdoutLines();
    QVERIFY(lines.value(0).startsWith(QLatin1String("http://127.0.0.1:")));
    QVERIFY(lines.join(QLatin1Char('\n')).contains(QLatin1String("claire.martin@us-riviere.fr / Riviere2026!")));
    QVERIFY(lines.join(QLatin1Char('\n')).contains(QLatin1String("agence@tribune-media.fr / Tribune2026!")));
}

void TestServerSeed::clubAccount()
{
    const json me = m_club->get(QStringLiteral("/api/users/me")).data();
    QCOMPARE(me["name"], "Claire Martin");
    const json profiles = me["profiles"];
    QCOMPARE(profiles.size(), size_t(3));
    QCOMPARE(profiles[0]["type"], "club");
    QCOMPARE(profiles[0]["name"], "US Rivière");
    QCOMPARE(profiles[1]["type"], "equipe");
    QCOMPARE(profiles[1]["club_id"], profiles[0]["id"]);
    QCOMPARE(profiles[2]["type"], "sponsor");
}

void TestServerSeed::postsCoverThreeMonthsInEveryStatus()
{
    const int total = countAll(*m_club, QStringLiteral("/api/content/posts"));
    QVERIFY2(total >= 280 && total <= 320, qPrintable(QString::number(total)));
    for (const char *status : {"draft", "scheduled", "publishing", "published", "failed"})
        QVERIFY2(countAll(*m_club, QStringLiteral("/api/content/posts?status=") + QLatin1String(status)) > 0, status);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int past = countAll(*m_club, QStringLiteral("/api/content/posts?from=") + now.addDays(-50).toString(Qt::ISODate)
                                           + QStringLiteral("&to=") + now.toString(Qt::ISODate));
    const int ahead = countAll(*m_club, QStringLiteral("/api/content/posts?from=") + now.toString(Qt::ISODate)
                                            + QStringLiteral("&to=") + now.addDays(50).toString(Qt::ISODate));
    QVERIFY(past > 100);
    QVERIFY(ahead > 100);
    // French, football, hashtags; every Instagram post has a picture.
    const json page = m_club->get(QStringLiteral("/api/content/posts?platform=instagram&limit=100")).data();
    for (const auto &p : page)
        QVERIFY(!p["media_ids"].empty());
    const std::string text = page.dump();
    QVERIFY(text.find("match") != std::string::npos);
    QVERIFY(text.find("USRiviere") != std::string::npos);
    const json calendar = m_club->get(QStringLiteral("/api/calendar/posts?month=") + now.toString(QStringLiteral("yyyy-MM"))).doc();
    QVERIFY(calendar["meta"]["total_posts"].get<int>() > 30);
    // The feed carries it all.
    const json feed = m_club->get(QStringLiteral("/api/sync/changes?since=0&limit=1000")).data();
    QSet<std::string> types;
    for (const auto &c : feed["changes"])
        types.insert(c["type"].get<std::string>());
    for (const char *t : {"profile", "post", "template", "media", "document", "publication", "match", "event"})
        QVERIFY2(types.contains(t), t);
}

void TestServerSeed::imagesAreRealWithVariants()
{
    QCOMPARE(countAll(*m_club, QStringLiteral("/api/media?type=image")), 60);
    const json items = m_club->get(QStringLiteral("/api/media?limit=5")).data();
    for (const auto &m : items) {
        const Reply original = m_club->get(QString::fromStdString(m["variants"]["original"]["url"]));
        QCOMPARE(original.header("content-type"), QByteArray("image/jpeg"));
        const QImage img = QImage::fromData(original.body);
        QVERIFY(!img.isNull());
        QCOMPARE(img.width(), 1080);
        QCOMPARE(QImage::fromData(m_club->get(QString::fromStdString(m["variants"]["thumbnail"]["url"])).body).width(), 150);
        QCOMPARE(m["variants"]["blur_hash"].get<std::string>().size(), size_t(28));
    }
}

void TestServerSeed::fixturesEventsTemplatesDocuments()
{
    const json finished = m_club->get(QStringLiteral("/api/matches?status=finished&limit=50")).data();
    QVERIFY(finished.size() >= 8);
    for (const auto &m : finished)
        QVERIFY(m["score_home"].is_number() && m["score_away"].is_number());
    QVERIFY(m_club->get(QStringLiteral("/api/matches/upcoming")).doc()["pagination"]["total"].get<int>() >= 8);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const json events = m_club->get(QStringLiteral("/api/events?from=") + now.addDays(-60).toString(Qt::ISODate)
                                    + QStringLiteral("&to=") + now.addDays(60).toString(Qt::ISODate)).data();
    QCOMPARE(events.size(), size_t(8));
    QSet<std::string> names;
    for (const auto &e : events) {
        names.insert(e["name"].get<std::string>());
        QVERIFY(e["signature_count"].get<int>() <= e["total_signature_needed"].get<int>());
        QVERIFY(e["start"].get<std::string>() <= e["end"].get<std::string>());
    }
    QVERIFY(names.contains("Assemblée générale du club"));
    QVERIFY(names.contains("Stage U13 — vacances de printemps"));
    const json soon = m_club->get(QStringLiteral("/api/events?from=") + now.toString(Qt::ISODate) + QStringLiteral("&to=")
                                  + now.addDays(15).toString(Qt::ISODate)).data();
    QVERIFY(soon.size() >= 1 && soon.size() < 8);

    const json templates = m_club->get(QStringLiteral("/api/templates?limit=50")).data();
    QCOMPARE(templates.size(), size_t(8));
    QVERIFY(templates.dump().find("{{adversaire}}") != std::string::npos);
    QVERIFY(m_club->get(QStringLiteral("/api/documents")).doc()["pagination"]["total"].get<int>() >= 10);
    QVERIFY(m_club->get(QStringLiteral("/api/publications/stats")).data()["metrics"]["reach"].get<int>() > 0);
    QVERIFY(m_club->post(QStringLiteral("/api/ai/generate-ideas"), json::object()).doc()["meta"]["quota_used"].get<int>() > 10);
}

void TestServerSeed::agencyManagesTwoClubs()
{
    Http agency(m_server->url());
    QVERIFY(agency.signIn(QStringLiteral("agence@tribune-media.fr"), QStringLiteral("Tribune2026!")).contains("access_token"));
    const json profiles = agency.get(QStringLiteral("/api/users/me")).data()["profiles"];
    QCOMPARE(profiles.size(), size_t(2));
    QCOMPARE(profiles[0]["type"], "club");
    QCOMPARE(profiles[1]["type"], "club");
    for (const auto &p : profiles)
        QVERIFY(countAll(agency, QStringLiteral("/api/content/posts?profile_id=") + QString::fromStdString(p["id"])) > 20);
}

void TestServerSeed::seedingAgainAddsNothing()
{
    const int posts = countAll(*m_club, QStringLiteral("/api/content/posts"));
    const int media = countAll(*m_club, QStringLiteral("/api/media"));
    m_server->stop();
    QCOMPARE(m_server->exitCode(), 0);
    QVERIFY(m_server->start(60000));
    QVERIFY(m_server->stdoutLines().join(QLatin1Char('\n')).contains(QLatin1String("claire.martin@us-riviere.fr")));
    Http http(m_server->url());
    QVERIFY(http.signIn(QStringLiteral("claire.martin@us-riviere.fr"), QStringLiteral("Riviere2026!")).contains("access_token"));
    QCOMPARE(countAll(http, QStringLiteral("/api/content/posts")), posts);
    QCOMPARE(countAll(http, QStringLiteral("/api/media")), media);
    QCOMPARE(http.get(QStringLiteral("/api/users/me")).data()["profiles"].size(), size_t(3));
}

void TestServerSeed::benchSeed()
{
    TestServer server({QStringLiteral("--seed"), QStringLiteral("bench:500")});
    QVERIFY(server.start());
    QVERIFY(server.stdoutLines().join(QLatin1Char('\n')).contains(QLatin1String("bench@pitchside.test / Bench2026!")));
    Http http(server.url());
    QVERIFY(http.signIn(QStringLiteral("bench@pitchside.test"), QStringLiteral("Bench2026!")).contains("access_token"));
    QCOMPARE(countAll(http, QStringLiteral("/api/content/posts")), 500);
    QCOMPARE(countAll(http, QStringLiteral("/api/media")), 50);
    const json feed = http.get(QStringLiteral("/api/sync/changes?since=0&limit=1000")).data();
    QCOMPARE(feed["changes"].size(), size_t(551));   // profile + 50 media + 500 posts
    QCOMPARE(feed["has_more"], false);
    const json media = http.get(QStringLiteral("/api/media?limit=1")).data()[0];
    QVERIFY(!QImage::fromData(http.get(QString::fromStdString(media["url"])).body).isNull());
}

QTEST_GUILESS_MAIN(TestServerSeed)
#include "tst_server_seed.moc"
