// AI endpoints (deterministic French/English text, monthly quota, rate
// limit), documents (generation, status, cards, ready, stats), publications
// (publish, schedule, cancel, stats) and matches (score, upcoming, calendar).
#include "server_harness.h"

#include <QImage>
#include <QtTest>

class TestServerContent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ideasAreDeterministicAndLocalised();
    void generatePostAndVariants();
    void monthlyIdeaQuota();
    void documentsGenerateAndViews();
    void publications();
    void matches();

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Http> m_http;
};

void TestServerContent::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringList{QStringLiteral("--rate-limit"), QStringLiteral("100000"),
                                                        QStringLiteral("--ai-rate-limit"), QStringLiteral("1000"),
                                                        QStringLiteral("--generation-delay"), QStringLiteral("300"),
                                                        QStringLiteral("--publish-interval"), QStringLiteral("1")});
    QVERIFY(m_server->start());
    m_http = std::make_unique<Http>(m_server->url());
    m_http->signUp();
    m_http->put(QStringLiteral("/api/users/me/profiles"), {{"profiles", {{{"type", "club"}, {"name", "US Rivière"}}}}});
}

void TestServerContent::ideasAreDeterministicAndLocalised()
{
    const json body = {{"context", "club amateur de football"}, {"themes", {"jour de match", "école de foot"}}, {"count", 6}};
    const Reply a = m_http->post(QStringLiteral("/api/ai/generate-ideas"), body, {{"Accept-Language", "fr"}});
    const Reply b = m_http->post(QStringLiteral("/api/ai/generate-ideas"), body, {{"Accept-Language", "fr"}});
    QCOMPARE(a.status, 200);
    const json ideas = a.data()["ideas"];
    QCOMPARE(ideas.size(), size_t(6));
    QCOMPARE(ideas, b.data()["ideas"]);
    QVERIFY(a.data()["generation_id"] != b.data()["generation_id"]);
    for (const auto &i : ideas) {
        QVERIFY(!i["title"].get<std::string>().empty());
        QVERIFY(i["description"].get<std::string>().find("club amateur de football") != std::string::npos);
        QVERIFY(json::array({"linkedin", "instagram", "facebook"}).dump().find(i["target_platform"].get<std::string>()) != std::string::npos);
    }
    QVERIFY(ideas.dump().find("jour de match") != std::string::npos);
    const json meta = a.doc()["meta"];
    QCOMPARE(b.doc()["meta"]["quota_used"], meta["quota_used"].get<int>() + 1);
    QCOMPARE(meta["quota_used"].get<int>() + meta["quota_remaining"].get<int>(), 100);
    QVERIFY(meta["quota_resets_at"].get<std::string>().ends_with("-01T00:00:00.000Z"));

    const Reply en = m_http->post(QStringLiteral("/api/ai/generate-ideas"), body, {{"Accept-Language", "en"}});
    QVERIFY(en.data()["ideas"] != ideas);
    json english = body;
    english["language"] = "en";
    const Reply field = m_http->post(QStringLiteral("/api/ai/generate-ideas"), english, {{"Accept-Language", "fr"}});
    const std::string text = field.data()["ideas"].dump();
    QVERIFY(text.find("Behind the scenes") != std::string::npos || text.find("countdown") != std::string::npos
            || text.find("spotlight") != std::string::npos || text.find("Thank you") != std::string::npos
            || text.find("wanted") != std::string::npos || text.find("pictures") != std::string::npos
            || text.find("Quiz") != std::string::npos || text.find("open day") != std::string::npos
            || text.find("tips") != std::string::npos || text.find("Tickets") != std::string::npos
            || text.find("line-up") != std::string::npos || text.find("camp") != std::string::npos
            || text.find("interview") != std::string::npos || text.find("month") != std::string::npos
            || text.find("U13s") != std::string::npos || text.find("recruiting") != std::string::npos);
    QCOMPARE(m_http->post(QStringLiteral("/api/ai/generate-ideas"), {{"count", 50}}).status, 400);
}

void TestServerContent::generatePostAndVariants()
{
    const json body = {{"idea", {{"title", "Victoire 3-1 contre le FC Nord"}, {"description", "Retour sur le match de dimanche."}}},
                       {"platform", "instagram"}, {"tone", "casual"}, {"length", "short"}, {"language", "fr"}};
    Reply r = m_http->post(QStringLiteral("/api/ai/generate-post"), body);
    QCOMPARE(r.status, 200);
    const json p = r.data();
    const std::string content = p["content"];
    QVERIFY(content.find("Victoire 3-1 contre le FC Nord") != std::string::npos);
    QVERIFY(p["hashtags"].size() >= 5);
    QCOMPARE(p["hashtags"][0], "Victoire31ContreFCNord");
    QCOMPARE(p["character_count"], QString::fromStdString(content).toUcs4().size());
    QCOMPARE(m_http->post(QStringLiteral("/api/ai/generate-post"), body).data()["content"], p["content"]);
    json linkedin = body;
    linkedin["platform"] = "linkedin";
    QVERIFY(m_http->post(QStringLiteral("/api/ai/generate-post"), linkedin).data()["content"].get<std::string>().find("•") != std::string::npos);

    // The generated text makes a valid post; then variants of it.
    const std::string post = m_http->post(QStringLiteral("/api/content/posts"),
                                          {{"platforms", {"facebook"}}, {"content", content}, {"hashtags", p["hashtags"]}, {"ai_generated", true}})
                                 .data()["id"];
    r = m_http->post(QStringLiteral("/api/ai/generate-variants"), {{"post_id", post}, {"language", "fr"}});
    QCOMPARE(r.status, 200);
    const json variants = r.data()["variants"];
    QCOMPARE(variants.size(), size_t(3));
    QCOMPARE(variants[0]["variation_type"], "shorter");
    QCOMPARE(variants[1]["variation_type"], "more_casual");
    QCOMPARE(variants[2]["variation_type"], "with_cta");
    QVERIFY(variants[0]["content"].get<std::string>().size() < content.size());
    QVERIFY(variants[1]["content"].get<std::string>().starts_with("Salut la famille"));
    QVERIFY(variants[2]["content"].get<std::string>().size() > content.size());
    r = m_http->post(QStringLiteral("/api/ai/generate-variants"), {{"content", "Bravo à tous !"}, {"variations", {"more_formal", "with_emojis"}},
                                                                  {"language", "en"}});
    QVERIFY(r.data()["variants"][0]["content"].get<std::string>().starts_with("Dear supporters"));
    QCOMPARE(m_http->post(QStringLiteral("/api/ai/generate-variants"), json::object()).status, 400);
}

void TestServerContent::monthlyIdeaQuota()
{
    TestServer server({QStringLiteral("--ai-quota"), QStringLiteral("2")});
    QVERIFY(server.start());
    Http http(server.url());
    http.signUp();
    QCOMPARE(http.post(QStringLiteral("/api/ai/generate-ideas"), json::object()).status, 200);
    const Reply second = http.post(QStringLiteral("/api/ai/generate-ideas"), json::object());
    QCOMPARE(second.doc()["meta"]["quota_remaining"], 0);
    const Reply r = http.post(QStringLiteral("/api/ai/generate-ideas"), json::object());
    QCOMPARE(r.status, 422);
    QCOMPARE(r.rule(), "ai_quota_exceeded");
    QCOMPARE(r.doc()["error"]["details"]["resets_at"], second.doc()["meta"]["quota_resets_at"]);
    // Posts and variants are not idea generations.
    QCOMPARE(http.post(QStringLiteral("/api/ai/generate-post"), {{"idea", {{"title", "x"}}}, {"platform", "facebook"}}).status, 200);
}

void TestServerContent::documentsGenerateAndViews()
{
    Reply r = m_http->post(QStringLiteral("/api/documents"), {{"type", "match"}, {"category", "communication_match"},
                                                             {"title", "Affiche US Rivière – FC Nord"}, {"description", "Dimanche 15 h"}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.data()["status"], "brouillon");
    const QString id = QString::fromStdString(r.data()["id"]);
    r = m_http->post(QStringLiteral("/api/documents/%1/generate").arg(id), {{"supports", {"post", "story"}}});
    QCOMPARE(r.status, 202);
    QCOMPARE(r.data()["status"], "en_cours");
    QCOMPARE(m_http->post(QStringLiteral("/api/documents/%1/generate").arg(id), json::object()).status, 409);
    r = m_http->get(QStringLiteral("/api/documents/%1/status").arg(id));
    QCOMPARE(r.data()["status"], "en_cours");
    QTRY_COMPARE_WITH_TIMEOUT(m_http->get(QStringLiteral("/api/documents/%1/status").arg(id)).data()["status"], json("pret"), 10000);
    r = m_http->get(QStringLiteral("/api/documents/") + id);
    const json supports = r.data()["supports"];
    QCOMPARE(supports.size(), size_t(2));
    QCOMPARE(supports[1]["format"], "1080x1920");
    const QImage story = QImage::fromData(m_http->get(QString::fromStdString(supports[1]["media_url"])).body);
    QCOMPARE(story.size(), QSize(1080, 1920));
    QCOMPARE(QImage::fromData(m_http->get(QString::fromStdString(supports[0]["thumbnail_url"])).body).width(), 150);

    m_http->post(QStringLiteral("/api/documents"), {{"type", "sponsor"}, {"category", "partenariat"}, {"title", "Merci Boulangerie Lemoine"}});
    r = m_http->get(QStringLiteral("/api/documents/cards?limit=1"));
    QCOMPARE(r.data().size(), size_t(1));
    QCOMPARE(r.doc()["pagination"]["total"], 2);
    QCOMPARE(r.doc()["pagination"]["total_pages"], 2);
    QCOMPARE(r.doc()["pagination"]["has_next"], true);
    QVERIFY(!r.data()[0].contains("supports"));
    QCOMPARE(m_http->get(QStringLiteral("/api/documents/ready")).data().size(), size_t(1));
    QCOMPARE(m_http->get(QStringLiteral("/api/documents?category=partenariat")).data().size(), size_t(1));
    QCOMPARE(m_http->get(QStringLiteral("/api/documents?sort=title")).data()[0]["title"], "Affiche US Rivière – FC Nord");
    QCOMPARE(m_http->get(QStringLiteral("/api/documents?limit=51")).status, 400);
    r = m_http->get(QStringLiteral("/api/documents/stats"));
    QCOMPARE(r.data()["total"], 2);
    QCOMPARE(r.data()["by_status"]["pret"], 1);
    QCOMPARE(r.data()["by_type"]["sponsor"], 1);
    r = m_http->put(QStringLiteral("/api/documents/") + id, {{"title", "Affiche finale"}}, {{"If-Match", ifMatch(3)}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data()["title"], "Affiche finale");
    QCOMPARE(m_http->del(QStringLiteral("/api/documents/") + id, {{"If-Match", ifMatch(1)}}).status, 409);
    QCOMPARE(m_http->del(QStringLiteral("/api/documents/") + id).status, 204);
}

void TestServerContent::publications()
{
    Reply r = m_http->post(QStringLiteral("/api/publications"), {{"platform", "facebook"}, {"account_id", "fb-usriviere"},
                                                                {"caption", "Jour de match !"}});
    QCOMPARE(r.status, 201);
    json p = r.data();
    QCOMPARE(p["status"], "published");
    QVERIFY(p["published_at"].is_string());
    QVERIFY(p["post_url"].get<std::string>().starts_with("https://www.facebook.com/fb-usriviere/posts/"));
    QVERIFY(p["metrics"].contains("impressions"));
    const QString published = QString::fromStdString(p["id"]);
    r = m_http->del(QStringLiteral("/api/publications/") + published);
    QCOMPARE(r.rule(), "published_post_immutable");
    QCOMPARE(m_http->post(QStringLiteral("/api/publications"), {{"platform", "instagram"}, {"account_id", "ig"}, {"caption", "x"}}).rule(),
             "instagram_needs_media");
    r = m_http->post(QStringLiteral("/api/publications/schedule"), {{"platform", "linkedin"}, {"account_id", "li"}, {"caption", "x"},
                                                                   {"scheduled_at", "2020-01-01T00:00:00Z"}});
    QCOMPARE(r.rule(), "schedule_in_past");
    r = m_http->post(QStringLiteral("/api/publications/schedule"), {{"platform", "linkedin"}, {"account_id", "li"}, {"caption", "Plus tard"},
                                                                   {"scheduled_at", QDateTime::currentDateTimeUtc().addDays(3).toString(Qt::ISODate).toStdString()}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.data()["status"], "scheduled");
    const QString scheduled = QString::fromStdString(r.data()["id"]);
    QCOMPARE(m_http->get(QStringLiteral("/api/publications?status=scheduled")).data().size(), size_t(1));
    r = m_http->get(QStringLiteral("/api/publications/stats"));
    QCOMPARE(r.data()["total"], 2);
    QCOMPARE(r.data()["by_platform"]["linkedin"], 1);
    QCOMPARE(m_http->del(QStringLiteral("/api/publications/") + scheduled).status, 204);
    QCOMPARE(m_http->get(QStringLiteral("/api/publications/") + scheduled).status, 404);
    // A scheduled publication is published when due.
    r = m_http->post(QStringLiteral("/api/publications/schedule"), {{"platform", "facebook"}, {"account_id", "fb"}, {"caption", "Bientôt"},
                                                                   {"scheduled_at", QDateTime::currentDateTimeUtc().addSecs(2).toString(Qt::ISODate).toStdString()}});
    const QString soon = QString::fromStdString(r.data()["id"]);
    QTRY_COMPARE_WITH_TIMEOUT(m_http->get(QStringLiteral("/api/publications/") + soon).data()["status"], json("published"), 8000);
}

void TestServerContent::matches()
{
    const auto kickoff = [](int days) { return QDateTime::currentDateTimeUtc().addDays(days).toString(Qt::ISODate).toStdString(); };
    Reply r = m_http->post(QStringLiteral("/api/matches"), {{"home_team", {{"name", "US Rivière"}}}, {"away_team", {{"name", "FC Nord"}}},
                                                           {"match_date", kickoff(3)}, {"venue", "Stade Jean-Moulin"},
                                                           {"competition", "Régional 2"}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.data()["status"], "upcoming");
    const QString id = QString::fromStdString(r.data()["id"]);
    m_http->post(QStringLiteral("/api/matches"), {{"home_team", {{"name", "AS Sud"}}}, {"away_team", {{"name", "US Rivière"}}},
                                                  {"match_date", kickoff(-4)}, {"status", "finished"}, {"score_home", 0}, {"score_away", 2}});
    QCOMPARE(m_http->post(QStringLiteral("/api/matches"), {{"home_team", {{"logo_url", "x"}}}, {"away_team", {{"name", "B"}}},
                                                          {"match_date", kickoff(1)}}).doc()["error"]["details"]["field"], "home_team.name");
    r = m_http->get(QStringLiteral("/api/matches/upcoming"));
    QCOMPARE(r.data().size(), size_t(1));
    QCOMPARE(r.data()[0]["id"], id.toStdString());
    r = m_http->put(QStringLiteral("/api/matches/%1/score").arg(id), {{"score_home", 3}, {"score_away", 1}}, {{"If-Match", ifMatch(1)}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data()["status"], "finished");
    QCOMPARE(r.data()["score_home"], 3);
    QCOMPARE(m_http->put(QStringLiteral("/api/matches/%1/score").arg(id), {{"score_home", -1}, {"score_away", 1}}).status, 400);
    QCOMPARE(m_http->get(QStringLiteral("/api/matches/upcoming")).data().size(), size_t(0));
    QCOMPARE(m_http->get(QStringLiteral("/api/matches?status=finished")).doc()["pagination"]["total"], 2);
    const QString month = QDateTime::currentDateTimeUtc().addDays(3).toString(QStringLiteral("yyyy-MM"));
    r = m_http->get(QStringLiteral("/api/matches/calendar?month=") + month);
    QCOMPARE(r.status, 200);
    QVERIFY(r.doc()["meta"]["total"].get<int>() >= 1);
    r = m_http->get(QStringLiteral("/api/matches/") + id);
    QCOMPARE(r.data()["score_away"], 1);
    QCOMPARE(r.header("etag"), ifMatch(2));
    r = m_http->put(QStringLiteral("/api/matches/") + id, {{"venue", "Stade annexe"}});
    QCOMPARE(r.data()["venue"], "Stade annexe");
    QCOMPARE(r.data()["home_team"]["name"], "US Rivière");
    QCOMPARE(m_http->del(QStringLiteral("/api/matches/") + id).status, 204);
}

QTEST_GUILESS_MAIN(TestServerContent)
#include "tst_server_content.moc"
