// --seed demo and --seed bench:N: sign-in details printed after the URL,
// the demo's content (profiles, ~300 posts in every status over three
// months, real images with variants, templates, fixtures with scores,
// events, documents, publications, the club's inbox, her WhatsApp message
// templates), the events route, and no duplicates when the seed runs again
// on the same data dir.
#include "server_harness.h"

#include <QImage>
#include <QRegularExpression>
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
    void clubInbox();
    void clubCampaigns();
    void clubMessageTemplates();
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
    QVERIFY(lines.join(QLatin1Char('\n')).contains(QLatin1String("contact@boulangerie-martin.fr / Martin2026!")));
    QVERIFY(lines.join(QLatin1Char('\n')).contains(QLatin1String("communication@district-ain.fr / District2026!")));
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

// The whole feed of a user, page after page.
static json wholeFeed(Http &http)
{
    json all = json::array();
    qint64 since = 0;
    for (;;) {
        const json page = http.get(QStringLiteral("/api/sync/changes?limit=1000&since=") + QString::number(since)).data();
        for (const auto &c : page["changes"])
            all.push_back(c);
        since = page["last_seq"];
        if (!page["has_more"].get<bool>())
            return all;
    }
}

void TestServerSeed::clubInbox()
{
    // Read from the list and the feed only: opening a thread marks it read.
    const json conversations = m_club->get(QStringLiteral("/api/messages/conversations?limit=50")).data();
    QVERIFY(conversations.size() > size_t(3));
    // Newest message first: the sponsor negotiating, Karim answering the
    // loto message on WhatsApp, the district (all read); then last week's
    // replies to the Christmas tournament campaign, read.
    for (size_t i = 3; i < conversations.size(); ++i)
        QVERIFY(conversations[i]["kind"] == "whatsapp" && conversations[i]["campaign_id"].is_string()
                && conversations[i]["unread_count"] == 0);
    const json &sponsor = conversations[0];
    QVERIFY(sponsor["participant_name"] == "Boulangerie Martin");
    QVERIFY(sponsor["kind"] == "sponsor" && sponsor["participant_type"] == "user");
    QVERIFY(sponsor["unread_count"] == 2);
    const json &karim = conversations[1];
    QVERIFY(karim["participant_name"] == "Karim B.");
    QVERIFY(karim["kind"] == "whatsapp" && karim["participant_type"] == "contact");
    QVERIFY(karim["unread_count"] == 1);
    const json &district = conversations[2];
    QVERIFY(district["participant_name"] == "District de l'Ain");
    QVERIFY(district["kind"] == "club");
    QVERIFY(district["unread_count"] == 0);
    QVERIFY(district["last_read_at"].get<std::string>() >= district["last_message_at"].get<std::string>());

    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString weekAgo = QDateTime::currentDateTimeUtc().addDays(-8).toString(Qt::ISODateWithMs);
    QHash<std::string, int> perConversation;
    QSet<std::string> types;
    for (const auto &c : wholeFeed(*m_club)) {
        types.insert(c["type"].get<std::string>());
        if (c["type"] == "message") {
            const json &m = c["item"];
            perConversation[m["conversation_id"].get<std::string>()] += 1;
            QVERIFY(QString::fromStdString(m["created_at"]) < now && QString::fromStdString(m["created_at"]) > weekAgo);
        }
    }
    for (const char *t : {"conversation", "message", "notification"})
        QVERIFY2(types.contains(t), t);
    QCOMPARE(perConversation.value(sponsor["id"].get<std::string>()), 8);
    QCOMPARE(perConversation.value(karim["id"].get<std::string>()), 3);
    QCOMPARE(perConversation.value(district["id"].get<std::string>()), 4);
    QVERIFY(sponsor["last_message"]["content"].get<std::string>().find("viennoiseries") != std::string::npos);

    // Notifications: a message, a publication failed, an account to
    // reconnect, a document ready; some read. Each names what it is about.
    const json list = m_club->get(QStringLiteral("/api/notifications?limit=50")).doc();
    QSet<std::string> kinds;
    int read = 0;
    for (const auto &n : list["data"]) {
        kinds.insert(n["type"].get<std::string>());
        read += n["is_read"].get<bool>() ? 1 : 0;
        const QString subject = QString::fromStdString(n["subject_id"]);
        if (n["type"] == "account_reconnect") {
            const json account = m_club->get(QStringLiteral("/api/social/accounts/") + subject).data();
            QVERIFY(account["needs_reconnect"] == true);
        } else if (n["type"] == "publication_failed") {
            QVERIFY(m_club->get(QStringLiteral("/api/content/posts/") + subject).data()["status"] == "failed");
        } else if (n["type"] == "document_ready") {
            QCOMPARE(m_club->get(QStringLiteral("/api/documents/") + subject).status, 200);
        } else if (n["type"] == "message") {
            QVERIFY(n["subject_type"] == "conversation");
        }
    }
    for (const char *t : {"message", "publication_failed", "account_reconnect", "document_ready"})
        QVERIFY2(kinds.contains(t), t);
    QVERIFY(read > 0 && read < int(list["data"].size()));
    QVERIFY(list["meta"]["unread_count"] == int(list["data"].size()) - read);
    QVERIFY(m_club->get(QStringLiteral("/api/notifications/unread/count")).data()["count"] == int(list["data"].size()) - read);

    // The sponsor is a user of their own, who sees the club.
    Http baker(m_server->url());
    QVERIFY(baker.signIn(QStringLiteral("contact@boulangerie-martin.fr"), QStringLiteral("Martin2026!")).contains("access_token"));
    const json theirs = baker.get(QStringLiteral("/api/messages/conversations")).data();
    QCOMPARE(theirs.size(), size_t(1));
    QVERIFY(theirs[0]["id"] == sponsor["id"]);
    QVERIFY(theirs[0]["participant_name"] == "US Rivière");
    QVERIFY(theirs[0]["kind"] == "club");
    QVERIFY(theirs[0]["unread_count"] == 0);
    Http district2(m_server->url());
    QVERIFY(district2.signIn(QStringLiteral("communication@district-ain.fr"), QStringLiteral("District2026!")).contains("access_token"));
    QVERIFY(district2.get(QStringLiteral("/api/users/me")).data()["profiles"][0]["type"] == "district");
}

void TestServerSeed::clubCampaigns()
{
    const json categories = m_club->get(QStringLiteral("/api/categories")).data();
    QCOMPARE(categories.size(), size_t(5));
    QStringList names;
    for (const auto &c : categories) {
        names << QString::fromStdString(c["name"]);
        QVERIFY(c["contact_count"].get<int>() > 10 && QString::fromStdString(c["color"]).startsWith(QLatin1Char('#')));
    }
    QVERIFY(names.contains(QStringLiteral("Parents U11")) && names.contains(QStringLiteral("Bénévoles")));
    const json v = m_club->get(QStringLiteral("/api/verify/stats")).data();
    QVERIFY(v["total"].get<int>() >= 240 && v["not_on_whatsapp"].get<int>() > 0 && v["unchecked"].get<int>() > 0);
    QSet<std::string> statuses;
    json christmas;
    for (const auto &c : m_club->get(QStringLiteral("/api/campaigns?limit=100")).data()) {
        statuses.insert(c["status"].get<std::string>());
        if (c["name"] == "Tournoi de Noël")
            christmas = c;
    }
    for (const char *s : {"draft", "scheduled", "completed", "failed", "stopped"})
        QVERIFY2(statuses.contains(s), s);
    QVERIFY(christmas.is_object() && christmas["replied_count"].get<int>() > 0
            && christmas["delivered_count"].get<int>() > 0 && christmas["message_2_sent_count"] == christmas["replied_count"]);
    // A month of history: several days with traffic.
    int busyDays = 0;
    for (const auto &d : m_club->get(QStringLiteral("/api/monitoring/history?days=30")).data())
        busyDays += d["message_1"].get<int>() > 0 ? 1 : 0;
    QVERIFY(busyDays >= 6);
}

void TestServerSeed::clubMessageTemplates()
{
    const Reply r = m_club->get(QStringLiteral("/api/message-templates"));
    QCOMPARE(r.status, 200);
    const json templates = r.data();
    QCOMPARE(templates.size(), size_t(4));
    // By name; only the variables a campaign fills.
    const QStringList expected = {QStringLiteral("Convocation match U13"), QStringLiteral("Merci aux bénévoles"),
                                  QStringLiteral("Rappel entraînement"), QStringLiteral("Tournoi de Noël — inscriptions")};
    const QRegularExpression variable(QStringLiteral("\\{\\{\\s*([^}]*?)\\s*\\}\\}"));
    int withFollowUp = 0;
    for (size_t i = 0; i < templates.size(); ++i) {
        const json &t = templates[i];
        QCOMPARE(QString::fromStdString(t["name"]), expected[int(i)]);
        QVERIFY(t["version"] == 1 && t["created_at"].is_string() && t["updated_at"].is_string());
        const QString text1 = QString::fromStdString(t["message_1"]);
        QVERIFY(!text1.trimmed().isEmpty() && text1.size() <= 4096 && text1.contains(QLatin1String("{{prenom}}")));
        QString texts = text1;
        if (t["message_2"].is_string()) {
            ++withFollowUp;
            texts += QLatin1Char('\n') + QString::fromStdString(t["message_2"]);
        } else {
            QVERIFY(t["message_2"].is_null());
        }
        for (auto it = variable.globalMatch(texts); it.hasNext();) {
            const QString name = it.next().captured(1);
            QVERIFY2(name == QLatin1String("prenom") || name == QLatin1String("nom"), qPrintable(name));
        }
        QCOMPARE(m_club->get(QStringLiteral("/api/message-templates/") + QString::fromStdString(t["id"])).data(), t);
    }
    QVERIFY(templates[3]["message_2"].is_string());
    QVERIFY(withFollowUp >= 1);
    // They are in her feed.
    int inFeed = 0;
    qint64 since = 0;
    for (;;) {
        const json page = m_club->get(QStringLiteral("/api/sync/changes?since=%1&limit=1000").arg(since)).data();
        for (const auto &c : page["changes"])
            inFeed += c["type"] == "message_template" && c["op"] == "upsert" ? 1 : 0;
        if (!page["has_more"].get<bool>())
            break;
        since = page["last_seq"];
    }
    QCOMPARE(inFeed, 4);
}

void TestServerSeed::seedingAgainAddsNothing()
{
    const int posts = countAll(*m_club, QStringLiteral("/api/content/posts"));
    const int media = countAll(*m_club, QStringLiteral("/api/media"));
    const json conversations = m_club->get(QStringLiteral("/api/messages/conversations")).doc()["pagination"]["total"];
    const json contacts = m_club->get(QStringLiteral("/api/contacts")).doc()["pagination"]["total"];
    m_server->stop();
    QCOMPARE(m_server->exitCode(), 0);
    QVERIFY(m_server->start(60000));
    QVERIFY(m_server->stdoutLines().join(QLatin1Char('\n')).contains(QLatin1String("claire.martin@us-riviere.fr")));
    Http http(m_server->url());
    QVERIFY(http.signIn(QStringLiteral("claire.martin@us-riviere.fr"), QStringLiteral("Riviere2026!")).contains("access_token"));
    QCOMPARE(countAll(http, QStringLiteral("/api/content/posts")), posts);
    QCOMPARE(countAll(http, QStringLiteral("/api/media")), media);
    QCOMPARE(http.get(QStringLiteral("/api/users/me")).data()["profiles"].size(), size_t(3));
    QCOMPARE(http.get(QStringLiteral("/api/messages/conversations")).doc()["pagination"]["total"], conversations);
    QCOMPARE(http.get(QStringLiteral("/api/contacts")).doc()["pagination"]["total"], contacts);
    QCOMPARE(http.get(QStringLiteral("/api/message-templates")).data().size(), size_t(4));
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
