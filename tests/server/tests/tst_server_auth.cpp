// Sign-in and account: PBKDF2 hashes, JWT access tokens, rotating refresh
// tokens with reuse detection, lifetimes, logout, provider sign-in with
// PKCE, /api/users/me and profiles, and access to other users' data.
#include "server_harness.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrlQuery>
#include <QtTest>

class TestServerAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void registerValidatesAndRefusesDuplicates();
    void loginFailuresLookTheSame();
    void passwordsAreSaltedPbkdf2();
    void accessTokenIsHs256JwtOf15Minutes();
    void forgedTokensAreRefused();
    void refreshRotatesAndReuseRevokesTheSession();
    void logoutRevokesTheSession();
    void tokenLifetimesAreConfigurable();
    void providerSignInWithPkce();
    void meAndIfMatch();
    void profilesReplaceAndTombstone();
    void otherUsersDataIsForbidden();

private:
    std::unique_ptr<TestServer> m_server;
};

void TestServerAuth::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringList{QStringLiteral("--rate-limit"), QStringLiteral("100000")});
    QVERIFY(m_server->start());
}

void TestServerAuth::registerValidatesAndRefusesDuplicates()
{
    Http http(m_server->url());
    Reply r = http.post(QStringLiteral("/api/auth/register"),
                        {{"email", "Lea.Dupont@Example.fr"}, {"password", "Valide2026!"}, {"name", "Léa Dupont"}});
    QCOMPARE(r.status, 201);
    const json d = r.data();
    QVERIFY(d["access_token"].is_string());
    QVERIFY(d["refresh_token"].is_string());
    QCOMPARE(d["expires_in"], 900);
    QCOMPARE(d["token_type"], "Bearer");
    QCOMPARE(d["user"]["email"], "lea.dupont@example.fr");
    QCOMPARE(d["user"]["name"], "Léa Dupont");
    QVERIFY(d["user"]["profiles"].is_array());

    r = http.post(QStringLiteral("/api/auth/register"),
                  {{"email", "lea.dupont@example.fr"}, {"password", "Valide2026!"}, {"name", "Autre"}});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.code(), "CONFLICT");
    r = http.post(QStringLiteral("/api/auth/register"), {{"email", "x@example.fr"}, {"password", "court"}, {"name", "X"}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.doc()["error"]["details"]["field"], "password");
    QCOMPARE(r.doc()["error"]["details"]["min"], 10);
    r = http.post(QStringLiteral("/api/auth/register"), {{"email", "pas-un-email"}, {"password", "Valide2026!"}, {"name", "X"}});
    QCOMPARE(r.doc()["error"]["details"]["field"], "email");
    QCOMPARE(r.doc()["error"]["details"]["reason"], "format");
}

void TestServerAuth::loginFailuresLookTheSame()
{
    Http http(m_server->url());
    QString email;
    http.signUp(QStringLiteral("Login"), &email);
    const Reply wrong = http.post(QStringLiteral("/api/auth/login"), {{"email", email.toStdString()}, {"password", "mauvais-mot"}});
    const Reply unknown = http.post(QStringLiteral("/api/auth/login"), {{"email", "nobody@example.fr"}, {"password", "mauvais-mot"}});
    QCOMPARE(wrong.status, 401);
    QCOMPARE(unknown.status, 401);
    QCOMPARE(wrong.doc()["error"]["details"], unknown.doc()["error"]["details"]);
    const Reply ok = http.post(QStringLiteral("/api/auth/login"), {{"email", email.toUpper().toStdString()}, {"password", "Motdepasse2026"}});
    QCOMPARE(ok.status, 200);
    QVERIFY(ok.data()["user"]["last_login"].is_string());
}

void TestServerAuth::passwordsAreSaltedPbkdf2()
{
    Http a(m_server->url()), b(m_server->url());
    QString ea, eb;
    a.signUp(QStringLiteral("A"), &ea);
    b.signUp(QStringLiteral("B"), &eb);
    QStringList hashes;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(m_server->databasePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT password_hash FROM users WHERE email IN (?, ?)"));
        q.addBindValue(ea);
        q.addBindValue(eb);
        QVERIFY(q.exec());
        while (q.next())
            hashes << q.value(0).toString();
        QSqlQuery tokens(db);
        QVERIFY(tokens.exec(QStringLiteral("SELECT token_hash FROM refresh_tokens LIMIT 1")) && tokens.next());
        QCOMPARE(tokens.value(0).toString().size(), 64);   // a SHA-256, never the token itself
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    QCOMPARE(hashes.size(), 2);
    for (const QString &h : hashes) {
        const QStringList parts = h.split(QLatin1Char('$'));
        QCOMPARE(parts.size(), 4);
        QCOMPARE(parts[0], QStringLiteral("pbkdf2_sha256"));
        QCOMPARE(parts[1], QStringLiteral("1000"));   // the harness passes --pbkdf2-iterations 1000
        QCOMPARE(QByteArray::fromBase64(parts[2].toLatin1()).size(), 16);
        QCOMPARE(QByteArray::fromBase64(parts[3].toLatin1()).size(), 32);
        QVERIFY(!h.contains(QLatin1String("Motdepasse2026")));
    }
    QVERIFY(hashes[0].section(QLatin1Char('$'), 2) != hashes[1].section(QLatin1Char('$'), 2));   // same password, other salt
}

static json jwtPart(const QString &token, int part)
{
    const QByteArray raw = QByteArray::fromBase64(token.section(QLatin1Char('.'), part, part).toLatin1(),
                                                  QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return json::parse(raw.constBegin(), raw.constEnd(), nullptr, false);
}

void TestServerAuth::accessTokenIsHs256JwtOf15Minutes()
{
    Http http(m_server->url());
    const json d = http.signUp();
    const QString token = QString::fromStdString(d["access_token"]);
    QCOMPARE(jwtPart(token, 0)["alg"], "HS256");
    const json claims = jwtPart(token, 1);
    QCOMPARE(claims["sub"], d["user"]["id"]);
    QCOMPARE(claims["exp"].get<qint64>() - claims["iat"].get<qint64>(), 900);
}

void TestServerAuth::forgedTokensAreRefused()
{
    Http http(m_server->url());
    const json d = http.signUp();
    const QString token = QString::fromStdString(d["access_token"]);
    const auto b64 = [](const QByteArray &s) {
        return s.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    const QString none = QString::fromLatin1(b64(R"({"alg":"none","typ":"JWT"})")) + QLatin1Char('.')
        + token.section(QLatin1Char('.'), 1, 1) + QLatin1Char('.');
    http.setToken(none);
    QCOMPARE(http.get(QStringLiteral("/api/users/me")).status, 401);
    json claims = jwtPart(token, 1);
    claims["sub"] = "00000000-0000-4000-8000-000000000000";
    const QString tampered = token.section(QLatin1Char('.'), 0, 0) + QLatin1Char('.')
        + QString::fromLatin1(b64(QByteArray::fromStdString(claims.dump()))) + QLatin1Char('.')
        + token.section(QLatin1Char('.'), 2, 2);
    http.setToken(tampered);
    const Reply r = http.get(QStringLiteral("/api/users/me"));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.doc()["error"]["details"]["reason"], "bad_signature");
}

void TestServerAuth::refreshRotatesAndReuseRevokesTheSession()
{
    Http http(m_server->url());
    const json first = http.signUp();
    const std::string r1 = first["refresh_token"];
    Reply r = http.post(QStringLiteral("/api/auth/refresh"), {{"refresh_token", r1}});
    QCOMPARE(r.status, 200);
    const std::string r2 = r.data()["refresh_token"];
    const QString access2 = QString::fromStdString(r.data()["access_token"]);
    QVERIFY(r2 != r1);
    http.setToken(access2);
    QCOMPARE(http.get(QStringLiteral("/api/users/me")).status, 200);

    // The rotated token comes back: someone copied it. The whole session dies.
    r = http.post(QStringLiteral("/api/auth/refresh"), {{"refresh_token", r1}});
    QCOMPARE(r.status, 401);
    QCOMPARE(r.doc()["error"]["details"]["reason"], "refresh_token_reused");
    r = http.post(QStringLiteral("/api/auth/refresh"), {{"refresh_token", r2}});
    QCOMPARE(r.status, 401);
    QCOMPARE(r.doc()["error"]["details"]["reason"], "session_revoked");
    r = http.get(QStringLiteral("/api/users/me"));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.doc()["error"]["details"]["reason"], "session_revoked");
    r = http.post(QStringLiteral("/api/auth/refresh"), {{"refresh_token", "made-up"}});
    QCOMPARE(r.doc()["error"]["details"]["reason"], "invalid_refresh_token");
}

void TestServerAuth::logoutRevokesTheSession()
{
    Http http(m_server->url());
    const json d = http.signUp();
    Http other(m_server->url());
    QString email;
    other.signUp(QStringLiteral("Other"), &email);
    QCOMPARE(http.post(QStringLiteral("/api/auth/logout"), nullptr).status, 204);
    QCOMPARE(http.get(QStringLiteral("/api/users/me")).status, 401);
    QCOMPARE(http.post(QStringLiteral("/api/auth/refresh"), {{"refresh_token", d["refresh_token"]}}).status, 401);
    QCOMPARE(other.get(QStringLiteral("/api/users/me")).status, 200);   // other sessions live on
}

void TestServerAuth::tokenLifetimesAreConfigurable()
{
    TestServer server({QStringLiteral("--access-ttl"), QStringLiteral("1"), QStringLiteral("--refresh-ttl"), QStringLiteral("2")});
    QVERIFY(server.start());
    Http http(server.url());
    const json d = http.signUp();
    QCOMPARE(d["expires_in"], 1);
    QTest::qWait(1300);
    Reply r = http.get(QStringLiteral("/api/users/me"));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.doc()["error"]["details"]["reason"], "token_expired");
    r = http.post(QStringLiteral("/api/auth/refresh"), {{"refresh_token", d["refresh_token"]}});
    QCOMPARE(r.status, 200);
    http.setToken(QString::fromStdString(r.data()["access_token"]));
    QCOMPARE(http.get(QStringLiteral("/api/users/me")).status, 200);
    const std::string refresh = r.data()["refresh_token"];
    QTest::qWait(2200);
    r = http.post(QStringLiteral("/api/auth/refresh"), {{"refresh_token", refresh}});
    QCOMPARE(r.status, 401);
    QCOMPARE(r.doc()["error"]["details"]["reason"], "refresh_token_expired");
}

void TestServerAuth::providerSignInWithPkce()
{
    Http http(m_server->url());
    const QByteArray verifier = QByteArray("pkce-verifier-").repeated(4).left(64);
    const QByteArray challenge = QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                                     .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const json start = {{"return_to", "http://127.0.0.1:45678/callback"}, {"state", "etat-aleatoire-123"},
                        {"code_challenge", challenge.toStdString()}, {"code_challenge_method", "S256"}};
    Reply r = http.post(QStringLiteral("/api/auth/oauth/google/start"), start);
    QCOMPARE(r.status, 200);
    QUrl next(QString::fromStdString(r.data()["authorization_url"]));
    QVERIFY(next.toString().startsWith(m_server->url()));
    // Outside test mode the provider's page asks first: a form.
    r = http.get(next.path() + QLatin1Char('?') + next.query(QUrl::FullyEncoded));
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.contains("name=consent value=allow"));
    next.setQuery(next.query(QUrl::FullyEncoded) + QStringLiteral("&consent=allow"));
    // Follow the browser's redirects: provider consent, backend callback, app.
    QUrl app;
    for (int hop = 0; hop < 4; ++hop) {
        r = http.get(next.path() + QLatin1Char('?') + next.query(QUrl::FullyEncoded));
        QCOMPARE(r.status, 302);
        const QUrl location(QString::fromLatin1(r.header("location")));
        if (location.port() == 45678) {
            app = location;
            break;
        }
        next = location;
    }
    QVERIFY(app.isValid());
    const QUrlQuery q(app);
    QCOMPARE(q.queryItemValue(QStringLiteral("state")), QStringLiteral("etat-aleatoire-123"));
    const QString code = q.queryItemValue(QStringLiteral("code"));
    QVERIFY(!code.isEmpty());

    r = http.post(QStringLiteral("/api/auth/oauth/complete"), {{"code", code.toStdString()}, {"code_verifier", std::string(64, 'x')}});
    QCOMPARE(r.status, 401);
    QCOMPARE(r.doc()["error"]["details"]["reason"], "pkce_mismatch");
    r = http.post(QStringLiteral("/api/auth/oauth/complete"), {{"code", code.toStdString()}, {"code_verifier", verifier.toStdString()}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.data()["access_token"].is_string());
    const json providers = r.data()["user"]["oauth_providers"];
    QCOMPARE(providers.size(), size_t(1));
    QCOMPARE(providers[0], "google");
    r = http.post(QStringLiteral("/api/auth/oauth/complete"), {{"code", code.toStdString()}, {"code_verifier", verifier.toStdString()}});
    QCOMPARE(r.status, 401);   // one-time code

    json bad = start;
    bad["return_to"] = "http://evil.example.com/callback";
    QCOMPARE(http.post(QStringLiteral("/api/auth/oauth/meta/start"), bad).status, 400);
    QCOMPARE(http.post(QStringLiteral("/api/auth/oauth/myspace/start"), start).status, 404);
}

void TestServerAuth::meAndIfMatch()
{
    Http http(m_server->url());
    http.signUp(QStringLiteral("Avant"));
    Reply r = http.get(QStringLiteral("/api/users/me"));
    const qint64 v = r.data()["version"];
    QCOMPARE(r.header("etag"), ifMatch(v));
    r = http.put(QStringLiteral("/api/users/me"), {{"name", "Après"}, {"selected_themes", {"jour_de_match"}}}, {{"If-Match", ifMatch(v)}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data()["name"], "Après");
    QCOMPARE(r.data()["version"], v + 1);
    r = http.put(QStringLiteral("/api/users/me"), {{"name", "Trop tard"}}, {{"If-Match", ifMatch(v)}});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.doc()["error"]["details"]["current"]["name"], "Après");
    QCOMPARE(http.put(QStringLiteral("/api/users/me"), {{"active_profile_index", 3}}).status, 400);
}

void TestServerAuth::profilesReplaceAndTombstone()
{
    Http http(m_server->url());
    http.signUp();
    Reply r = http.put(QStringLiteral("/api/users/me/profiles"),
                       {{"profiles", {{{"type", "club"}, {"name", "FC Test"}}, {{"type", "sponsor"}, {"name", "Garage"}}}}});
    QCOMPARE(r.status, 200);
    json profiles = r.data()["profiles"];
    QCOMPARE(profiles.size(), size_t(2));
    const std::string club = profiles[0]["id"], sponsor = profiles[1]["id"];
    r = http.put(QStringLiteral("/api/users/me/profiles"),
                 {{"profiles", {{{"id", club}, {"type", "club"}, {"name", "FC Test"}},
                                {{"type", "equipe"}, {"name", "FC Test U17"}, {"club_id", club}}}},
                  {"active_profile_index", 1}});
    QCOMPARE(r.status, 200);
    profiles = r.data()["profiles"];
    QCOMPARE(profiles[0]["id"], club);
    QCOMPARE(profiles[1]["club_id"], club);
    QCOMPARE(r.data()["active_profile_index"], 1);
    const json changes = http.get(QStringLiteral("/api/sync/changes?since=0")).data()["changes"];
    bool tombstone = false;
    int upserts = 0;
    for (const auto &c : changes) {
        QCOMPARE(c["type"], "profile");
        tombstone = tombstone || (c["id"] == sponsor && c["op"] == "delete" && !c.contains("item"));
        upserts += c["op"] == "upsert" ? 1 : 0;
    }
    QVERIFY(tombstone);
    QCOMPARE(upserts, 2);
    r = http.put(QStringLiteral("/api/users/me/profiles"), {{"profiles", {{{"type", "equipe_b"}, {"name", "X"}}}}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.doc()["error"]["details"]["field"], "profiles[0].type");
    // A new post lands on the active profile.
    r = http.post(QStringLiteral("/api/content/posts"), {{"platforms", {"facebook"}}, {"content", "x"}});
    QCOMPARE(r.data()["profile_id"], profiles[1]["id"]);
}

void TestServerAuth::otherUsersDataIsForbidden()
{
    Http alice(m_server->url()), bob(m_server->url());
    alice.signUp(QStringLiteral("Alice"));
    bob.signUp(QStringLiteral("Bob"));
    const json me = alice.put(QStringLiteral("/api/users/me/profiles"), {{"profiles", {{{"type", "club"}, {"name", "A"}}}}}).data();
    const std::string aliceProfile = me["profiles"][0]["id"];
    const std::string post = alice.post(QStringLiteral("/api/content/posts"), {{"platforms", {"facebook"}}, {"content", "x"}}).data()["id"];
    Reply r = bob.get(QStringLiteral("/api/content/posts/") + QString::fromStdString(post));
    QCOMPARE(r.status, 403);
    QCOMPARE(r.code(), "FORBIDDEN");
    QCOMPARE(bob.del(QStringLiteral("/api/content/posts/") + QString::fromStdString(post)).status, 403);
    r = bob.post(QStringLiteral("/api/content/posts"), {{"platforms", {"facebook"}}, {"content", "x"}, {"profile_id", aliceProfile}});
    QCOMPARE(r.status, 403);
    QCOMPARE(r.doc()["error"]["details"]["field"], "profile_id");
    QCOMPARE(bob.get(QStringLiteral("/api/sync/changes?since=0")).data()["changes"].size(), size_t(0));
    QCOMPARE(bob.get(QStringLiteral("/api/content/posts/00000000-0000-4000-8000-000000000000")).status, 404);
}

QTEST_GUILESS_MAIN(TestServerAuth)
#include "tst_server_auth.moc"
