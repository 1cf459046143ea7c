// HTTP plumbing of pitchside-server: envelope, request ids, 404/405, bad
// input (malformed JSON, wrong types, missing fields, 20 MB, invalid UTF-8,
// SQL-looking text), gzip, ETag/304, languages, RFC 7807 style, rate limits,
// command line.
#include "server_harness.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTcpSocket>
#include <QtTest>

class TestServerHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void envelopeAndRequestId();
    void unknownRouteIs404InEnvelope();
    void wrongMethodIs405InEnvelope();
    void unauthenticatedIs401();
    void malformedJson();
    void wrongTypesAndMissingFieldsNameTheField();
    void nestedFieldPath();
    void invalidUtf8();
    void twentyMegabytesIs413();
    void expectContinueIsAnswered();
    void sqlLookingTextIsStoredVerbatim();
    void gzipWhenAsked();
    void etagAnd304();
    void englishMessages();
    void rfc7807Style();
    void rateLimitHeadersAnd429();
    void listRoutes();
    void badArgumentsExitWithUsage();
    void bindsToLoopbackByDefault();

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Http> m_http;
};

void TestServerHttp::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringList{QStringLiteral("--rate-limit"), QStringLiteral("100000")});
    QVERIFY(m_server->start());
    m_http = std::make_unique<Http>(m_server->url());
    QVERIFY(m_http->signUp().contains("access_token"));
}

void TestServerHttp::envelopeAndRequestId()
{
    Reply r = m_http->get(QStringLiteral("/api/users/me"), {{"X-Request-Id", "client-req-42"}});
    QCOMPARE(r.status, 200);
    const json j = r.doc();
    QCOMPARE(j["success"], true);
    QVERIFY(j["data"].is_object());
    QCOMPARE(j["meta"]["request_id"], "client-req-42");
    QCOMPARE(r.header("x-request-id"), QByteArray("client-req-42"));
    QVERIFY(j["meta"]["timestamp"].get<std::string>().ends_with("Z"));
    // Without one, the server makes an id and reports it both ways.
    r = m_http->get(QStringLiteral("/api/users/me"));
    QVERIFY(r.header("x-request-id").startsWith("req_"));
    QCOMPARE(QByteArray::fromStdString(r.doc()["meta"]["request_id"].get<std::string>()), r.header("x-request-id"));
}

void TestServerHttp::unknownRouteIs404InEnvelope()
{
    const Reply r = m_http->get(QStringLiteral("/api/nothing/here"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.doc()["success"], false);
    QCOMPARE(r.code(), "NOT_FOUND");
    QVERIFY(!r.doc()["error"]["message"].get<std::string>().empty());
    QCOMPARE(r.doc()["meta"]["request_id"].get<std::string>(), r.header("x-request-id").toStdString());
}

void TestServerHttp::wrongMethodIs405InEnvelope()
{
    const Reply r = m_http->request("DELETE", QStringLiteral("/api/content/posts"));
    QCOMPARE(r.status, 405);
    QCOMPARE(r.code(), "METHOD_NOT_ALLOWED");
    QVERIFY(r.header("allow").contains("GET"));
    QVERIFY(r.header("allow").contains("POST"));
}

void TestServerHttp::unauthenticatedIs401()
{
    Http anonymous(m_server->url());
    Reply r = anonymous.get(QStringLiteral("/api/content/posts"));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.code(), "UNAUTHORIZED");
    anonymous.setToken(QStringLiteral("not.a.jwt"));
    r = anonymous.get(QStringLiteral("/api/content/posts"));
    QCOMPARE(r.status, 401);
}

void TestServerHttp::malformedJson()
{
    const Reply r = m_http->request("POST", QStringLiteral("/api/content/posts"), "{\"platforms\": [\"linkedin\",");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.code(), "VALIDATION_ERROR");
    QCOMPARE(r.doc()["error"]["details"]["reason"], "format");
    const Reply notObject = m_http->request("POST", QStringLiteral("/api/content/posts"), "[1,2,3]");
    QCOMPARE(notObject.status, 400);
    QCOMPARE(notObject.doc()["error"]["details"]["reason"], "type");
}

void TestServerHttp::wrongTypesAndMissingFieldsNameTheField()
{
    Reply r = m_http->post(QStringLiteral("/api/content/posts"), {{"platforms", {"linkedin"}}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.doc()["error"]["details"]["field"], "content");
    QCOMPARE(r.doc()["error"]["details"]["reason"], "required");

    r = m_http->post(QStringLiteral("/api/content/posts"), {{"platforms", {"linkedin", 7}}, {"content", "x"}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.doc()["error"]["details"]["field"], "platforms[1]");
    QCOMPARE(r.doc()["error"]["details"]["reason"], "type");

    r = m_http->post(QStringLiteral("/api/content/posts"), {{"platforms", {"myspace"}}, {"content", "x"}});
    QCOMPARE(r.doc()["error"]["details"]["field"], "platforms[0]");
    QCOMPARE(r.doc()["error"]["details"]["reason"], "enum");

    r = m_http->post(QStringLiteral("/api/content/posts"), {{"platforms", {"linkedin"}}, {"content", 12}});
    QCOMPARE(r.doc()["error"]["details"]["field"], "content");
    QCOMPARE(r.doc()["error"]["details"]["reason"], "type");

    r = m_http->post(QStringLiteral("/api/content/posts"),
                     {{"platforms", {"linkedin"}}, {"content", "x"}, {"scheduled_at", "demain"}});
    QCOMPARE(r.doc()["error"]["details"]["field"], "scheduled_at");
    QCOMPARE(r.doc()["error"]["details"]["reason"], "format");

    r = m_http->post(QStringLiteral("/api/content/posts"), {{"platforms", {"linkedin"}}, {"content", "x"}, {"rating", 9}});
    QCOMPARE(r.doc()["error"]["details"]["field"], "rating");
    QCOMPARE(r.doc()["error"]["details"]["reason"], "range");

    r = m_http->post(QStringLiteral("/api/templates"),
                     {{"name", std::string(101, 'a')}, {"category", "autre"}, {"platforms", {"linkedin"}}, {"content", "x"}});
    QCOMPARE(r.doc()["error"]["details"]["field"], "name");
    QCOMPARE(r.doc()["error"]["details"]["reason"], "too_long");
}

void TestServerHttp::nestedFieldPath()
{
    const Reply r = m_http->post(QStringLiteral("/api/ai/generate-post"), {{"idea", {{"description", "x"}}}, {"platform", "linkedin"}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.doc()["error"]["details"]["field"], "idea.title");
}

void TestServerHttp::invalidUtf8()
{
    const Reply r = m_http->request("POST", QStringLiteral("/api/content/posts"),
                                    QByteArray("{\"platforms\":[\"linkedin\"],\"content\":\"caf\xC3\x28\"}"));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.code(), "VALIDATION_ERROR");
    QCOMPARE(r.doc()["error"]["details"]["reason"], "format");
}

void TestServerHttp::twentyMegabytesIs413()
{
    QByteArray big = "{\"platforms\":[\"linkedin\"],\"content\":\"";
    big += QByteArray(20 * 1024 * 1024, 'a');
    big += "\"}";
    const Reply r = m_http->request("POST", QStringLiteral("/api/content/posts"), big);
    QCOMPARE(r.status, 413);
    QCOMPARE(r.code(), "PAYLOAD_TOO_LARGE");
}

void TestServerHttp::expectContinueIsAnswered()
{
    // curl sends "Expect: 100-continue" for bodies over 1 MB and waits for
    // the interim answer before sending the body.
    const QUrl u(m_server->url());
    QTcpSocket socket;
    socket.connectToHost(u.host(), quint16(u.port()));
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray body = R"({"email":"x@example.fr","password":"0123456789"})";
    socket.write("POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nExpect: 100-continue\r\n"
                 "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n");
    QByteArray got;
    QElapsedTimer t;
    t.start();
    while (!got.contains("\r\n\r\n") && t.elapsed() < 3000)
        if (socket.waitForReadyRead(100))
            got += socket.readAll();
    QVERIFY(got.startsWith("HTTP/1.1 100 Continue\r\n\r\n"));
    socket.write(body);
    while (!got.contains("401") && t.elapsed() < 3000)
        if (socket.waitForReadyRead(100))
            got += socket.readAll();
    QVERIFY(got.contains("HTTP/1.1 401 Unauthorized"));
}

void TestServerHttp::sqlLookingTextIsStoredVerbatim()
{
    const std::string evil = "Robert'); DROP TABLE entities;-- \" OR 1=1 -- %_\\";
    Reply r = m_http->post(QStringLiteral("/api/content/posts"),
                           {{"platforms", {"linkedin"}}, {"content", evil}, {"hashtags", {"x'--"}}});
    QCOMPARE(r.status, 201);
    const std::string id = r.data()["id"];
    r = m_http->get(QStringLiteral("/api/content/posts/") + QString::fromStdString(id));
    QCOMPARE(r.data()["content"], evil);
    QCOMPARE(r.data()["hashtags"][0], "x'--");
    r = m_http->get(QStringLiteral("/api/content/posts?search=") + QUrl::toPercentEncoding(QStringLiteral("DROP TABLE")));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().size(), size_t(1));
    // "%" in a search is a character, not a wildcard.
    r = m_http->get(QStringLiteral("/api/content/posts?search=") + QUrl::toPercentEncoding(QStringLiteral("%_")));
    QCOMPARE(r.data().size(), size_t(1));
    r = m_http->get(QStringLiteral("/api/content/posts?search=") + QUrl::toPercentEncoding(QStringLiteral("z%z")));
    QCOMPARE(r.data().size(), size_t(0));
}

void TestServerHttp::gzipWhenAsked()
{
    for (int i = 0; i < 5; ++i)
        m_http->post(QStringLiteral("/api/content/posts"),
                     {{"platforms", {"facebook"}}, {"content", std::string(400, 'g') + std::to_string(i)}});
    // A raw Accept-Encoding header makes QNetworkAccessManager hand over the
    // bytes as they came.
    const Reply zipped = m_http->get(QStringLiteral("/api/content/posts"), {{"Accept-Encoding", "gzip"}});
    QCOMPARE(zipped.status, 200);
    QCOMPARE(zipped.header("content-encoding"), QByteArray("gzip"));
    QVERIFY(zipped.body.startsWith("\x1f\x8b"));   // gzip magic, not qCompress framing
    const QByteArray plain = gunzip(zipped.body);
    QVERIFY(!plain.isEmpty());
    QCOMPARE(json::parse(plain.constBegin(), plain.constEnd())["success"], true);

    const Reply identity = m_http->get(QStringLiteral("/api/content/posts"), {{"Accept-Encoding", "identity"}});
    QVERIFY(identity.header("content-encoding").isEmpty());
    QCOMPARE(identity.doc()["success"], true);
    // Small answers stay plain.
    const Reply small = m_http->get(QStringLiteral("/api/nope"), {{"Accept-Encoding", "gzip"}});
    QVERIFY(small.header("content-encoding").isEmpty());
}

void TestServerHttp::etagAnd304()
{
    Reply r = m_http->post(QStringLiteral("/api/content/posts"), {{"platforms", {"linkedin"}}, {"content", "etag"}});
    const QString path = QStringLiteral("/api/content/posts/") + QString::fromStdString(r.data()["id"]);
    r = m_http->get(path);
    QCOMPARE(r.header("etag"), QByteArray("\"1\""));
    r = m_http->get(path, {{"If-None-Match", "\"1\""}});
    QCOMPARE(r.status, 304);
    QVERIFY(r.body.isEmpty());
    m_http->patch(path, {{"content", "etag 2"}});
    r = m_http->get(path, {{"If-None-Match", "\"1\""}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("etag"), QByteArray("\"2\""));
}

void TestServerHttp::englishMessages()
{
    const Reply fr = m_http->get(QStringLiteral("/api/nothing"), {{"Accept-Language", "fr-FR,fr;q=0.9"}});
    const Reply en = m_http->get(QStringLiteral("/api/nothing"), {{"Accept-Language", "en-GB,en;q=0.9,fr;q=0.5"}});
    QCOMPARE(QString::fromStdString(fr.doc()["error"]["message"]), QStringLiteral("Aucune route ne correspond à cette adresse."));
    QCOMPARE(QString::fromStdString(en.doc()["error"]["message"]), QStringLiteral("No route matches this path."));
    // No Accept-Language at all: French, the users' language. (A raw socket,
    // because QNetworkAccessManager always sends the system's languages.)
    bool closed = false;
    const QByteArray raw = m_http->rawRequest("GET", QStringLiteral("/api/nothing"), {}, 2000, &closed,
                                              {{"Connection", "close"}});
    QVERIFY(raw.contains("Aucune route"));
}

void TestServerHttp::rfc7807Style()
{
    TestServer server({QStringLiteral("--error-style"), QStringLiteral("rfc7807")});
    QVERIFY(server.start());
    Http http(server.url());
    http.signUp();
    const Reply r = http.post(QStringLiteral("/api/content/posts"), {{"platforms", {"linkedin"}}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.header("content-type").startsWith("application/problem+json"));
    const json e = r.doc()["error"];
    QCOMPARE(e["type"], "validation_error");
    QCOMPARE(e["status"], 400);
    QVERIFY(!e["title"].get<std::string>().empty());
    QVERIFY(!e["detail"].get<std::string>().empty());
    QCOMPARE(e["instance"], "/api/content/posts");
    QCOMPARE(e["errors"][0]["field"], "content");
    // Successes keep the usual envelope.
    QCOMPARE(http.get(QStringLiteral("/api/users/me")).doc()["success"], true);
}

void TestServerHttp::rateLimitHeadersAnd429()
{
    TestServer server({QStringLiteral("--rate-limit"), QStringLiteral("5"), QStringLiteral("--ai-rate-limit"), QStringLiteral("2")});
    QVERIFY(server.start());
    Http http(server.url());
    http.signUp();   // counted against the address, not the user
    Reply r;
    for (int i = 0; i < 5; ++i) {
        r = http.get(QStringLiteral("/api/users/me"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("x-ratelimit-limit"), QByteArray("5"));
        QCOMPARE(r.header("x-ratelimit-remaining").toInt(), 4 - i);
        QVERIFY(r.header("x-ratelimit-reset").toLongLong() > QDateTime::currentSecsSinceEpoch());
    }
    r = http.get(QStringLiteral("/api/users/me"));
    QCOMPARE(r.status, 429);
    QCOMPARE(r.code(), "RATE_LIMITED");
    QVERIFY(r.header("retry-after").toInt() >= 1);
    QVERIFY(r.header("retry-after").toInt() <= 60);
    QCOMPARE(r.header("x-ratelimit-remaining"), QByteArray("0"));

    // A second user has a budget of its own, and AI has a smaller one.
    Http other(server.url());
    other.signUp();
    const json idea = {{"idea", {{"title", "Tournoi"}}}, {"platform", "facebook"}};
    QCOMPARE(other.post(QStringLiteral("/api/ai/generate-post"), idea).status, 200);
    QCOMPARE(other.post(QStringLiteral("/api/ai/generate-post"), idea).status, 200);
    r = other.post(QStringLiteral("/api/ai/generate-post"), idea);
    QCOMPARE(r.status, 429);
    QCOMPARE(r.doc()["error"]["details"]["scope"], "ai");
    QCOMPARE(other.get(QStringLiteral("/api/users/me")).status, 200);
}

void TestServerHttp::listRoutes()
{
    QProcess p;
    p.start(TestServer::binary(), {QStringLiteral("--list-routes"), QStringLiteral("--test-mode")});
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), 0);
    const QStringList routes = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(routes.size() > 70);
    for (const char *expected : {"POST /api/auth/login", "GET /api/sync/changes", "GET /api/events/stream",
                                 "PATCH /api/content/posts/{id}", "PATCH /api/calendar/posts/{id}/schedule",
                                 "PUT /api/media/uploads/{upload_id}/chunks/{index}", "POST /api/auth/oauth/{provider}/start",
                                 "PUT /api/matches/{id}/score", "GET /api/documents/cards", "POST /api/test/reset-faults",
                                 "GET /api/test/uploads/{upload_id}"})
        QVERIFY2(routes.contains(QLatin1String(expected)), expected);
    for (const QString &r : routes)
        QVERIFY2(QRegularExpression(QStringLiteral("^(GET|POST|PUT|PATCH|DELETE) /[a-z0-9/_{}-]+$")).match(r).hasMatch(), qPrintable(r));
    QProcess plain;
    plain.start(TestServer::binary(), {QStringLiteral("--list-routes")});
    QVERIFY(plain.waitForFinished(20000));
    QVERIFY(!plain.readAllStandardOutput().contains("/api/test/"));
}

void TestServerHttp::badArgumentsExitWithUsage()
{
    QProcess p;
    p.start(TestServer::binary(), {QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(p.readAllStandardError().contains("--data-dir"));
    p.start(TestServer::binary(), {QStringLiteral("--data-dir"), QStringLiteral("/tmp/x"), QStringLiteral("--seed"), QStringLiteral("everything")});
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), 2);
}

void TestServerHttp::bindsToLoopbackByDefault()
{
    QVERIFY(m_server->url().startsWith(QLatin1String("http://127.0.0.1:")));
}

QTEST_GUILESS_MAIN(TestServerHttp)
#include "tst_server_http.moc"
