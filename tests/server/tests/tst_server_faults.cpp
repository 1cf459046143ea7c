// Test-mode fault injection: latency, 500/503 answers, dropped connections
// before and after a write is applied, forced 429s, expired access tokens,
// revoked refresh tokens, corrupted bodies, request counts, SSE control,
// reset — and none of it without --test-mode.
#include "server_harness.h"

#include <QElapsedTimer>
#include <QtTest>

class TestServerFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void testRoutesNeedTestMode();
    void latency();
    void serverErrors();
    void dropBeforeHandling();
    void dropAfterTheWriteApplied();
    void forcedRateLimit();
    void expireAccessTokens();
    void revokeRefreshTokens();
    void corruptedBodies();
    void requestCountsAndReset();
    void closeStreams();

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Http> m_http;
    QString m_email;
};

void TestServerFaults::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringList{QStringLiteral("--test-mode"), QStringLiteral("--rate-limit"), QStringLiteral("100000")});
    QVERIFY(m_server->start());
    m_http = std::make_unique<Http>(m_server->url());
    m_http->signUp(QStringLiteral("Faults"), &m_email);
}

void TestServerFaults::init()
{
    QCOMPARE(m_http->post(QStringLiteral("/api/test/reset-faults"), json::object()).status, 200);
    // A fresh session: expireAccessTokens() ends everyone's access tokens.
    QVERIFY(m_http->signIn(m_email, QStringLiteral("Motdepasse2026")).contains("access_token"));
}

void TestServerFaults::testRoutesNeedTestMode()
{
    TestServer plain;
    QVERIFY(plain.start());
    Http http(plain.url());
    QCOMPARE(http.post(QStringLiteral("/api/test/reset-faults"), json::object()).status, 404);
    QCOMPARE(http.get(QStringLiteral("/api/test/faults")).status, 404);
    // In test mode they need no token.
    Http anonymous(m_server->url());
    QCOMPARE(anonymous.get(QStringLiteral("/api/test/faults")).status, 200);
}

void TestServerFaults::latency()
{
    m_http->put(QStringLiteral("/api/test/faults/latency"), {{"ms", 300}, {"jitter_ms", 50}, {"match", "GET /api/users/me"}});
    QElapsedTimer t;
    t.start();
    QCOMPARE(m_http->get(QStringLiteral("/api/users/me")).status, 200);
    QVERIFY(t.elapsed() >= 300);
    t.restart();
    QCOMPARE(m_http->get(QStringLiteral("/api/content/posts")).status, 200);   // other routes unaffected
    QVERIFY(t.elapsed() < 300);
}

void TestServerFaults::serverErrors()
{
    m_http->put(QStringLiteral("/api/test/faults/errors"), {{"rate", 1.0}, {"count", 2}, {"status", 503}, {"retry_after", 7}, {"match", "/api/content"}});
    Reply r = m_http->get(QStringLiteral("/api/content/posts"));
    QCOMPARE(r.status, 503);
    QCOMPARE(r.code(), "UNAVAILABLE");
    QCOMPARE(r.header("retry-after"), QByteArray("7"));
    QCOMPARE(m_http->get(QStringLiteral("/api/users/me")).status, 200);
    QCOMPARE(m_http->get(QStringLiteral("/api/content/posts")).status, 503);
    QCOMPARE(m_http->get(QStringLiteral("/api/content/posts")).status, 200);   // count used up
    m_http->put(QStringLiteral("/api/test/faults/errors"), {{"rate", 1.0}, {"count", 1}});
    r = m_http->get(QStringLiteral("/api/content/posts"));
    QCOMPARE(r.status, 500);
    QCOMPARE(r.code(), "SERVER_ERROR");
    // A rate: some fail, some pass.
    m_http->put(QStringLiteral("/api/test/faults/errors"), {{"rate", 0.5}, {"status", 0}});
    QSet<int> statuses;
    for (int i = 0; i < 40; ++i)
        statuses.insert(m_http->get(QStringLiteral("/api/users/me")).status);
    QVERIFY(statuses.contains(200));
    QVERIFY(statuses.contains(500));
    QVERIFY(statuses.contains(503));
}

void TestServerFaults::dropBeforeHandling()
{
    m_http->put(QStringLiteral("/api/test/faults/drops"), {{"rate", 1.0}, {"count", 1}, {"match", "POST /api/content/posts"}});
    bool closed = false;
    const QByteArray bytes = m_http->rawRequest("POST", QStringLiteral("/api/content/posts"),
                                                R"({"platforms":["facebook"],"content":"perdu"})", 3000, &closed);
    QVERIFY(closed);
    QVERIFY(bytes.isEmpty());
    QCOMPARE(m_http->get(QStringLiteral("/api/content/posts?search=perdu")).data().size(), size_t(0));
}

void TestServerFaults::dropAfterTheWriteApplied()
{
    m_http->put(QStringLiteral("/api/test/faults/drops"), {{"rate", 1.0}, {"count", 1}, {"mode", "after_write"},
                                                           {"match", "POST /api/content/posts"}});
    const QByteArray body = R"({"id":"5b0a6c1e-2f3d-4e5f-8a9b-0c1d2e3f4a5b","platforms":["facebook"],"content":"appliqué"})";
    bool closed = false;
    const QByteArray bytes = m_http->rawRequest("POST", QStringLiteral("/api/content/posts"), body, 3000, &closed,
                                                {{"Idempotency-Key", "drop-after-1"}});
    QVERIFY(closed);
    QVERIFY(bytes.isEmpty());
    // The write happened; the client's retry with the same key gets the answer.
    QCOMPARE(m_http->get(QStringLiteral("/api/content/posts/5b0a6c1e-2f3d-4e5f-8a9b-0c1d2e3f4a5b")).status, 200);
    const Reply retry = m_http->request("POST", QStringLiteral("/api/content/posts"), body, {{"Idempotency-Key", "drop-after-1"}});
    QCOMPARE(retry.status, 201);
    QCOMPARE(retry.header("idempotent-replayed"), QByteArray("true"));
    QCOMPARE(m_http->get(QStringLiteral("/api/content/posts?search=applique")).data().size(), size_t(1));
}

void TestServerFaults::forcedRateLimit()
{
    m_http->post(QStringLiteral("/api/test/faults/rate-limit"), {{"count", 2}, {"retry_after", 3}});
    Reply r = m_http->get(QStringLiteral("/api/users/me"));
    QCOMPARE(r.status, 429);
    QCOMPARE(r.code(), "RATE_LIMITED");
    QCOMPARE(r.header("retry-after"), QByteArray("3"));
    QCOMPARE(m_http->get(QStringLiteral("/api/content/posts")).status, 429);
    QCOMPARE(m_http->get(QStringLiteral("/api/users/me")).status, 200);
}

void TestServerFaults::expireAccessTokens()
{
    Http http(m_server->url());
    const json session = http.signUp();
    QCOMPARE(http.get(QStringLiteral("/api/users/me")).status, 200);
    QCOMPARE(http.post(QStringLiteral("/api/test/tokens/expire"), json::object()).status, 200);
    Reply r = http.get(QStringLiteral("/api/users/me"));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.doc()["error"]["details"]["reason"], "token_expired");
    r = http.post(QStringLiteral("/api/auth/refresh"), {{"refresh_token", session["refresh_token"]}});
    QCOMPARE(r.status, 200);
    http.setToken(QString::fromStdString(r.data()["access_token"]));
    QCOMPARE(http.get(QStringLiteral("/api/users/me")).status, 200);
}

void TestServerFaults::revokeRefreshTokens()
{
    Http http(m_server->url());
    QString email;
    const json session = http.signUp(QStringLiteral("Revoked"), &email);
    const Reply r = http.post(QStringLiteral("/api/test/tokens/revoke-refresh"), {{"email", email.toStdString()}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data()["revoked"], 1);
    QCOMPARE(http.get(QStringLiteral("/api/users/me")).status, 200);   // access tokens live until they expire
    QCOMPARE(http.post(QStringLiteral("/api/auth/refresh"), {{"refresh_token", session["refresh_token"]}}).status, 401);
    QCOMPARE(http.post(QStringLiteral("/api/test/tokens/revoke-refresh"), {{"email", "nobody@example.fr"}}).status, 404);
}

void TestServerFaults::corruptedBodies()
{
    m_http->post(QStringLiteral("/api/test/faults/corrupt"), {{"match", "GET /api/users/me"}, {"count", 1}, {"mode", "malformed"}});
    Reply r = m_http->get(QStringLiteral("/api/users/me"));
    QCOMPARE(r.status, 200);
    QVERIFY(!r.doc().is_object());   // not JSON
    QVERIFY(m_http->get(QStringLiteral("/api/users/me")).doc().is_object());

    m_http->post(QStringLiteral("/api/test/faults/corrupt"), {{"match", "GET /api/users/me"}, {"count", 1}, {"mode", "truncated"}});
    r = m_http->get(QStringLiteral("/api/users/me"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("content-length").toInt(), r.body.size());
    QVERIFY(!r.doc().is_object());

    m_http->post(QStringLiteral("/api/test/faults/corrupt"), {{"match", "GET /api/users/me"}, {"count", 1}, {"mode", "short_read"}});
    bool closed = false;
    const QByteArray raw = m_http->rawRequest("GET", QStringLiteral("/api/users/me"), {}, 3000, &closed);
    QVERIFY(closed);
    const int split = raw.indexOf("\r\n\r\n");
    const QByteArray head = raw.left(split).toLower();
    const int declared = head.mid(head.indexOf("content-length: ") + 16).split('\r').first().toInt();
    QVERIFY(raw.size() - split - 4 < declared);
    QCOMPARE(m_http->post(QStringLiteral("/api/test/faults/corrupt"), {{"match", "GET /api/users/me"}, {"mode", "scrambled"}}).status, 400);
}

void TestServerFaults::requestCountsAndReset()
{
    m_http->post(QStringLiteral("/api/test/reset-faults"), json::object());
    m_http->get(QStringLiteral("/api/users/me"));
    m_http->get(QStringLiteral("/api/users/me"));
    m_http->get(QStringLiteral("/api/content/posts/00000000-0000-4000-8000-000000000000"));
    const json counts = m_http->get(QStringLiteral("/api/test/requests")).data();
    QCOMPARE(counts["GET /api/users/me"], 2);
    QCOMPARE(counts["GET /api/content/posts/{id}"], 1);
    m_http->put(QStringLiteral("/api/test/faults/latency"), {{"ms", 5000}});
    m_http->put(QStringLiteral("/api/test/faults/errors"), {{"rate", 1.0}});
    const json faults = m_http->post(QStringLiteral("/api/test/reset-faults"), json::object()).data();
    QCOMPARE(faults["latency"]["ms"], 0);
    QCOMPARE(faults["errors"]["rate"], 0.0);
    QCOMPARE(m_http->get(QStringLiteral("/api/users/me")).status, 200);
}

void TestServerFaults::closeStreams()
{
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(m_server->url() + QStringLiteral("/api/events/stream")));
    req.setRawHeader("Authorization", "Bearer " + m_http->token().toLatin1());
    QNetworkReply *stream = nam.get(req);
    QTRY_COMPARE_WITH_TIMEOUT(m_http->get(QStringLiteral("/api/test/streams")).data()["open"], json(1), 5000);
    QCOMPARE(m_http->post(QStringLiteral("/api/test/streams/close"), json::object()).data()["closed"], 1);
    QTRY_VERIFY_WITH_TIMEOUT(stream->isFinished(), 5000);
    stream->deleteLater();
}

QTEST_GUILESS_MAIN(TestServerFaults)
#include "tst_server_faults.moc"
