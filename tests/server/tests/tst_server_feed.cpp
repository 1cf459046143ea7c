// The replication feed and live events: global seq, latest change only,
// tombstones, per-user feeds, paging, 410 GONE (compaction, reset server),
// the SSE stream (change hints, post.status, keep-alive), clean SIGTERM and
// a database that survives kill -9.
#include "server_harness.h"

#include <QNetworkReply>
#include <QtTest>

class TestServerFeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void seqLatestOnlyAndTombstones();
    void feedsArePerUser();
    void pagingWithLimitAndHasMore();
    void goneAfterCompactionOrReset();
    void liveStream();
    void sigtermStopsCleanly();
    void survivesKill9();

private:
    std::unique_ptr<TestServer> m_server;
};

void TestServerFeed::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringList{QStringLiteral("--test-mode"), QStringLiteral("--rate-limit"),
                                                        QStringLiteral("100000"), QStringLiteral("--publish-interval"),
                                                        QStringLiteral("1"), QStringLiteral("--sse-keepalive"), QStringLiteral("1")});
    QVERIFY(m_server->start());
}

void TestServerFeed::seqLatestOnlyAndTombstones()
{
    Http http(m_server->url());
    http.signUp();
    const std::string a = http.post(QStringLiteral("/api/content/posts"), {{"platforms", {"facebook"}}, {"content", "A"}}).data()["id"];
    const std::string b = http.post(QStringLiteral("/api/content/posts"), {{"platforms", {"facebook"}}, {"content", "B"}}).data()["id"];
    http.patch(QStringLiteral("/api/content/posts/") + QString::fromStdString(a), {{"content", "A2"}});
    http.del(QStringLiteral("/api/content/posts/") + QString::fromStdString(b));
    const Reply r = http.get(QStringLiteral("/api/sync/changes?since=0"));
    QCOMPARE(r.status, 200);
    const json changes = r.data()["changes"];
    QCOMPARE(changes.size(), size_t(2));   // each entity once, at its latest seq
    QCOMPARE(changes[0]["id"], a);
    QCOMPARE(changes[0]["op"], "upsert");
    QCOMPARE(changes[0]["version"], 2);
    QCOMPARE(changes[0]["item"]["content"], "A2");
    QCOMPARE(changes[0]["item"], http.get(QStringLiteral("/api/content/posts/") + QString::fromStdString(a)).data());
    QCOMPARE(changes[1]["id"], b);
    QCOMPARE(changes[1]["op"], "delete");
    QCOMPARE(changes[1]["type"], "post");
    QVERIFY(!changes[1].contains("item"));
    QVERIFY(changes[0]["seq"].get<qint64>() < changes[1]["seq"].get<qint64>());
    QCOMPARE(r.data()["last_seq"], changes[1]["seq"]);
    QCOMPARE(r.data()["has_more"], false);
    const Reply after = http.get(QStringLiteral("/api/sync/changes?since=") + QString::number(changes[1]["seq"].get<qint64>()));
    QCOMPARE(after.data()["changes"].size(), size_t(0));
    QCOMPARE(after.data()["last_seq"], changes[1]["seq"]);
}

void TestServerFeed::feedsArePerUser()
{
    Http a(m_server->url()), b(m_server->url());
    a.signUp();
    b.signUp();
    const qint64 before = b.get(QStringLiteral("/api/sync/changes?since=0")).data()["last_seq"];
    a.post(QStringLiteral("/api/content/posts"), {{"platforms", {"facebook"}}, {"content", "privé"}});
    const std::string mine = b.post(QStringLiteral("/api/content/posts"), {{"platforms", {"facebook"}}, {"content", "moi"}}).data()["id"];
    const json changes = b.get(QStringLiteral("/api/sync/changes?since=") + QString::number(before)).data()["changes"];
    QCOMPARE(changes.size(), size_t(1));
    QCOMPARE(changes[0]["id"], mine);
}

void TestServerFeed::pagingWithLimitAndHasMore()
{
    Http http(m_server->url());
    http.signUp();
    for (int i = 0; i < 7; ++i)
        http.post(QStringLiteral("/api/content/posts"), {{"platforms", {"facebook"}}, {"content", std::to_string(i)}});
    qint64 since = 0;
    int pages = 0, items = 0;
    bool more = true;
    while (more) {
        const json d = http.get(QStringLiteral("/api/sync/changes?limit=3&since=") + QString::number(since)).data();
        items += int(d["changes"].size());
        more = d["has_more"];
        since = d["last_seq"];
        ++pages;
    }
    QCOMPARE(items, 7);
    QCOMPARE(pages, 3);
    QCOMPARE(http.get(QStringLiteral("/api/sync/changes?limit=1001")).status, 400);
    QCOMPARE(http.get(QStringLiteral("/api/sync/changes?since=-1")).status, 400);
    QCOMPARE(http.get(QStringLiteral("/api/sync/changes?since=abc")).status, 400);
}

void TestServerFeed::goneAfterCompactionOrReset()
{
    Http http(m_server->url());
    http.signUp();
    http.post(QStringLiteral("/api/content/posts"), {{"platforms", {"facebook"}}, {"content", "x"}});
    const qint64 old = http.get(QStringLiteral("/api/sync/changes?since=0")).data()["last_seq"];
    http.post(QStringLiteral("/api/content/posts"), {{"platforms", {"facebook"}}, {"content", "y"}});
    const Reply compact = http.post(QStringLiteral("/api/test/feed/compact"), json::object());
    QCOMPARE(compact.status, 200);
    const qint64 horizon = compact.data()["horizon"];
    Reply r = http.get(QStringLiteral("/api/sync/changes?since=") + QString::number(old));
    QCOMPARE(r.status, 410);
    QCOMPARE(r.code(), "GONE");
    QCOMPARE(r.doc()["error"]["details"]["reason"], "since_too_old");
    QCOMPARE(http.get(QStringLiteral("/api/sync/changes?since=0")).status, 200);   // a full resync always works
    QCOMPARE(http.get(QStringLiteral("/api/sync/changes?since=") + QString::number(horizon)).status, 200);
    r = http.get(QStringLiteral("/api/sync/changes?since=") + QString::number(horizon + 1000000));
    QCOMPARE(r.status, 410);
    QCOMPARE(r.doc()["error"]["details"]["reason"], "since_ahead");
}

void TestServerFeed::liveStream()
{
    Http http(m_server->url());
    http.signUp();
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(m_server->url() + QStringLiteral("/api/events/stream")));
    req.setRawHeader("Authorization", "Bearer " + http.token().toLatin1());
    req.setRawHeader("Accept", "text/event-stream");
    QNetworkReply *stream = nam.get(req);
    QByteArray received;
    connect(stream, &QNetworkReply::readyRead, this, [&] { received += stream->readAll(); });
    QTRY_VERIFY_WITH_TIMEOUT(received.contains("event: change"), 5000);
    QVERIFY(stream->header(QNetworkRequest::ContentTypeHeader).toString().startsWith(QLatin1String("text/event-stream")));
    received.clear();

    const json post = http.post(QStringLiteral("/api/content/posts"),
                                {{"platforms", {"facebook"}}, {"content", "Bientôt"}, {"status", "scheduled"},
                                 {"scheduled_at", QDateTime::currentDateTimeUtc().addSecs(2).toString(Qt::ISODate).toStdString()}}).data();
    const qint64 seq = http.get(QStringLiteral("/api/sync/changes?since=0")).data()["last_seq"];
    QTRY_VERIFY_WITH_TIMEOUT(received.contains("\"last_seq\":" + QByteArray::number(seq)), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(received.contains(": keep-alive"), 3000);
    // The publisher picks the due post: publishing, then its outcome. This
    // user connected no Facebook account, so Facebook refuses it (the
    // publication says why: no_social_account).
    QTRY_VERIFY_WITH_TIMEOUT(received.contains("event: post.status") && received.contains("\"status\":\"failed\""), 8000);
    QVERIFY(received.contains("\"status\":\"publishing\""));
    QCOMPARE(http.get(QStringLiteral("/api/content/posts/") + QString::fromStdString(post["id"])).data()["status"], "failed");
    const json pubs = http.get(QStringLiteral("/api/publications")).data();
    QCOMPARE(pubs.size(), size_t(1));
    QCOMPARE(pubs[0]["error_code"], "no_social_account");
    QCOMPARE(http.get(QStringLiteral("/api/test/streams")).data()["open"], 1);

    // Signing out ends the session's streams.
    http.post(QStringLiteral("/api/auth/logout"), nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(stream->isFinished(), 5000);
    stream->deleteLater();
    Http anonymous(m_server->url());
    QCOMPARE(anonymous.get(QStringLiteral("/api/events/stream")).status, 401);
}

void TestServerFeed::sigtermStopsCleanly()
{
    TestServer server;
    QVERIFY(server.start());
    server.stop();
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.exitCode(), 0);
}

void TestServerFeed::survivesKill9()
{
    QTemporaryDir dir;
    QString email;
    std::string id;
    {
        TestServer server({}, dir.path());
        QVERIFY(server.start());
        Http http(server.url());
        http.signUp(QStringLiteral("Crash"), &email);
        for (int i = 0; i < 20; ++i)
            id = http.post(QStringLiteral("/api/content/posts"), {{"platforms", {"facebook"}}, {"content", "avant " + std::to_string(i)}}).data()["id"];
        server.kill();
        QCOMPARE(server.exitStatus(), QProcess::CrashExit);
    }
    TestServer again({}, dir.path());
    QVERIFY(again.start());
    Http http(again.url());
    QVERIFY(http.signIn(email, QStringLiteral("Motdepasse2026")).contains("access_token"));
    QCOMPARE(http.get(QStringLiteral("/api/content/posts/") + QString::fromStdString(id)).data()["content"], "avant 19");
    QCOMPARE(http.get(QStringLiteral("/api/content/posts")).doc()["meta"]["total"], 20);
    QCOMPARE(http.get(QStringLiteral("/api/sync/changes?since=0")).data()["changes"].size(), size_t(20));
}

QTEST_GUILESS_MAIN(TestServerFeed)
#include "tst_server_feed.moc"
