// The client against the seeds' own backends (issue "Sync against a hostile
// or broken server", "Seeds' backends as they are"): the reference server
// started with --shape answers as Social Media Planner does (sign-in's
// session object, a post's single platform with "both", media embedded as
// objects, no versions but updated_at locking, RFC 7807 errors) or as
// Artywiz does (page-numbered pagination, at most 50 a page). The real
// client signs in, syncs both ways, and detects a stale edit in each shape.
#include "SyncFixture.h"
#include "sync/auth/SignIn.h"

#include <QTest>

#include <optional>

using namespace pitchside;
using namespace pitchside::test;

class TstSyncSeedShapes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestServer m_server;

    std::unique_ptr<RemoteUser> start(const QString &shape, const QString &tag)
    {
        TestServer::Options options;
        options.extraArgs = {QStringLiteral("--shape"), shape};
        if (!m_server.start(m_dir.filePath(tag + QStringLiteral("-server")), options))
            return nullptr;
        auto user = std::make_unique<RemoteUser>(m_server, tag + QStringLiteral("@club.test"));
        return user->registerUser() ? std::move(user) : nullptr;
    }

    static QString idOf(const HttpResult &r) { return QString::fromStdString(r.data().value("id", std::string())); }

private Q_SLOTS:
    void cleanup() { m_server.stop(); }

    void socialMediaPlanner()
    {
        auto web = start(QStringLiteral("smp"), QStringLiteral("smp"));
        QVERIFY(web);
        // Its sign-in answer is {user, session: {access_token, refresh_token, expires_at}}.
        const HttpResult login = m_server.http().request(
            "POST", QStringLiteral("/api/auth/login"),
            {{"email", web->email().toStdString()}, {"password", web->password().toStdString()}});
        QCOMPARE(login.status, 200);
        QVERIFY(login.data().at("session").contains("expires_at"));
        QVERIFY(!login.data().contains("access_token"));

        const QString photo = web->uploadImage(QStringLiteral("vestiaire.png"), 3);
        QVERIFY(!photo.isEmpty());
        const HttpResult both = web->createPost({{"platform", "both"},
                                                 {"content", "Les U13 en finale !"},
                                                 {"media_ids", {photo.toStdString()}}});
        QCOMPARE(both.status, 201);
        QCOMPARE(QString::fromStdString(both.data().value("platform", std::string())), QStringLiteral("both"));
        QVERIFY(!both.data().contains("version"));
        QCOMPARE(QString::fromStdString(both.data().at("media").at(0).value("id", std::string())), photo);
        const QString bothId = idOf(both);
        const QString linkedinId = idOf(web->createPost({{"platform", "linkedin"}, {"content", "Assemblée générale"}}));

        auto laptop = signedInClient(m_server, m_dir, QStringLiteral("smp-laptop"), *web);
        QVERIFY2(laptop, "the app's sign-in reads the session object");
        QVERIFY(!laptop->tokens().tokens().isEmpty());
        // The app's sign-in turns expires_at into the access token's lifetime (15 minutes here).
        sync::auth::SignIn signIn;
        std::optional<sync::auth::SignInResult> answer;
        signIn.start(m_server.url().toString(), web->email(), web->password(),
                     [&](const sync::auth::SignInResult &r) { answer = r; });
        QVERIFY(waitFor([&] { return answer.has_value(); }, 30000));
        QVERIFY(answer->ok());
        QVERIFY2(answer->session.expiresIn > 14 * 60 && answer->session.expiresIn <= 15 * 60,
                 qPrintable(QString::number(answer->session.expiresIn)));
        QVERIFY(laptop->sync().ok());
        QCOMPARE(laptop->posts(), web->posts());
        const PostState pulled = laptop->posts().value(bothId);
        QCOMPARE(pulled.platforms, (QStringList{QStringLiteral("instagram"), QStringLiteral("linkedin")}));
        QCOMPARE(pulled.media, QStringList{photo});
        // Its version is the updated_at it locks by.
        const json served = web->post(bothId);
        const qint64 version = laptop->store().posts().find(bothId)->sync.version;
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(version, Qt::UTC),
                 QDateTime::fromString(QString::fromStdString(served.at("updated_at").get<std::string>()), Qt::ISODateWithMs));

        // Both ways: an edit and a new post from the app reach it, no conflict.
        QVERIFY(laptop->editPost(linkedinId, QStringLiteral("Assemblée générale vendredi 19 h")));
        const QString fromApp = laptop->createPost(QStringLiteral("Tombola du club"), Platform::Instagram | Platform::LinkedIn);
        QVERIFY(laptop->syncUntilClean());
        QCOMPARE(laptop->waiting(), 0);
        QCOMPARE(laptop->conflicts(), 0);
        QCOMPARE(web->posts().value(linkedinId).content, QStringLiteral("Assemblée générale vendredi 19 h"));
        QCOMPARE(web->posts().value(fromApp).platforms, (QStringList{QStringLiteral("instagram"), QStringLiteral("linkedin")}));
        QCOMPARE(laptop->posts(), web->posts());

        // The web edits with the seed's own locking (updated_at in the body)…
        const json current = web->post(linkedinId);
        const HttpResult webEdit = web->patchPost(linkedinId, {{"content", "AG reportée"}, {"updated_at", current.at("updated_at")}});
        QCOMPARE(webEdit.status, 200);
        // …and a stale updated_at is refused as a problem (RFC 7807).
        const HttpResult stale = web->patchPost(linkedinId, {{"content", "trop tard"}, {"updated_at", current.at("updated_at")}});
        QCOMPARE(stale.status, 409);
        QCOMPARE(stale.body.at("error").value("status", 0), 409);
        QVERIFY(stale.body.at("error").contains("title"));
        // The app, which had not seen the web's edit, meets the same refusal: a conflict, both kept.
        QVERIFY(laptop->editPost(linkedinId, QStringLiteral("AG maintenue")));
        const sync::SyncReport r = laptop->sync();
        QVERIFY(r.ok());
        QCOMPARE(laptop->conflicts(), 1);
        QCOMPARE(laptop->posts().value(linkedinId).content, QStringLiteral("AG maintenue"));
        QCOMPARE(web->posts().value(linkedinId).content, QStringLiteral("AG reportée"));
    }

    void artywiz()
    {
        auto web = start(QStringLiteral("artywiz"), QStringLiteral("artywiz"));
        QVERIFY(web);
        // More than two pages of 50, the most that backend answers at once.
        for (int i = 0; i < 120; ++i)
            QCOMPARE(web->createPost({{"platforms", {"facebook"}}, {"content", "Match " + std::to_string(i)}}).status, 201);
        const HttpResult page = m_server.http().request("GET", QStringLiteral("/api/sync/changes?since=0&limit=1000"),
                                                        json(), web->token());
        QCOMPARE(page.status, 200);
        QCOMPARE(page.data().at("changes").size(), std::size_t(50));
        QVERIFY(!page.data().contains("has_more"));
        QCOMPARE(page.body.at("pagination").value("has_next", false), true);
        QCOMPARE(page.body.at("pagination").value("limit", 0), 50);

        auto laptop = signedInClient(m_server, m_dir, QStringLiteral("artywiz-laptop"), *web);
        QVERIFY(laptop);
        QVERIFY(laptop->sync().ok());
        QCOMPARE(laptop->posts().size(), 120);
        QCOMPARE(laptop->posts(), web->posts());

        // Incremental, both ways, and a stale edit is a conflict (If-Match).
        const QString id = laptop->posts().firstKey();
        QVERIFY(laptop->editPost(id, QStringLiteral("Match reporté")));
        QVERIFY(laptop->syncUntilClean());
        QCOMPARE(web->posts().value(id).content, QStringLiteral("Match reporté"));
        const qint64 held = web->post(id).value("version", qint64(0));
        QCOMPARE(web->patchPost(id, {{"content", "Match annulé"}}, held).status, 200);
        QVERIFY(laptop->editPost(id, QStringLiteral("Match maintenu")));
        QVERIFY(laptop->sync().ok());
        QCOMPARE(laptop->conflicts(), 1);
        QCOMPARE(laptop->posts().size(), 120);
    }
};

QTEST_GUILESS_MAIN(TstSyncSeedShapes)
#include "tst_sync_seed_shapes.moc"
