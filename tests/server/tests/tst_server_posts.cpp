// Posts, calendar and templates: CRUD, client ids, Idempotency-Key,
// If-Match conflicts, every business rule of docs/api/README.md, keyset
// pagination and filters, schedule with the slot warning, template use.
#include "server_harness.h"

#include <QImage>
#include <QtTest>

class TestServerPosts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createReadUpdateDelete();
    void clientIdMakesCreatesIdempotent();
    void idempotencyKeyReplaysTheFirstAnswer();
    void staleIfMatchIs409WithCurrentCopy();
    void scheduleRules();
    void statusRules();
    void instagramRules();
    void captionLimitsCountHashtagsOnce();
    void publishedPostIsImmutable();
    void mediaRules();
    void rate();
    void keysetPaginationAndFilters();
    void calendarMonth();
    void scheduleWithSlotWarning();
    void templatesAndUse();

private:
    QString createPost(const json &body);
    QString uploadTinyImage();
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Http> m_http;
};

static QString future(int days) { return QDateTime::currentDateTimeUtc().addDays(days).toString(Qt::ISODate); }
// A post that is to go out, so that the networks' rules apply to it.
static json outgoing(json post)
{
    post["status"] = "scheduled";
    post["scheduled_at"] = future(2).toStdString();
    return post;
}

void TestServerPosts::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringList{QStringLiteral("--rate-limit"), QStringLiteral("100000"),
                                                        QStringLiteral("--publish-interval"), QStringLiteral("0")});
    QVERIFY(m_server->start());
    m_http = std::make_unique<Http>(m_server->url());
    m_http->signUp();
    m_http->put(QStringLiteral("/api/users/me/profiles"), {{"profiles", {{{"type", "club"}, {"name", "US Test"}}}}});
}

QString TestServerPosts::createPost(const json &body)
{
    const Reply r = m_http->post(QStringLiteral("/api/content/posts"), body);
    if (r.status != 201)
        qWarning() << r.status << r.body;
    return QString::fromStdString(r.data().value("id", std::string()));
}

QString TestServerPosts::uploadTinyImage()
{
    static int n = 0;
    QImage img(8, 8, QImage::Format_RGB32);
    img.fill(QColor::fromHsv((n++ * 37) % 360, 200, 200));
    QByteArray png;
    QBuffer b(&png);
    b.open(QIODevice::WriteOnly);
    img.save(&b, "PNG");
    const std::string sha = QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex().toStdString();
    const Reply start = m_http->post(QStringLiteral("/api/media/uploads"),
                                     {{"filename", "p.png"}, {"size", png.size()}, {"mime_type", "image/png"}, {"sha256", sha}});
    const QString upload = QString::fromStdString(start.data()["upload_id"]);
    m_http->request("PUT", QStringLiteral("/api/media/uploads/%1/chunks/0").arg(upload), png);
    return QString::fromStdString(m_http->post(QStringLiteral("/api/media/uploads/%1/complete").arg(upload), nullptr).data()["id"]);
}

void TestServerPosts::createReadUpdateDelete()
{
    Reply r = m_http->post(QStringLiteral("/api/content/posts"),
                           {{"platforms", {"facebook", "linkedin"}}, {"content", "Victoire 3-1 !"}, {"hashtags", {"#USTest", "Foot"}},
                            {"metadata", {{"source", "test"}}}});
    QCOMPARE(r.status, 201);
    json p = r.data();
    QCOMPARE(p["status"], "draft");
    QCOMPARE(p["version"], 1);
    QCOMPARE(p["hashtags"][0], "USTest");
    QVERIFY(p["profile_id"].is_string());
    QVERIFY(p["created_at"].get<std::string>().ends_with("Z"));
    const QString path = QStringLiteral("/api/content/posts/") + QString::fromStdString(p["id"]);
    r = m_http->patch(path, {{"content", "Victoire 4-1 !"}, {"first_comment", "Photos en story"}}, {{"If-Match", ifMatch(1)}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data()["version"], 2);
    QCOMPARE(r.data()["content"], "Victoire 4-1 !");
    QCOMPARE(r.data()["platforms"].size(), size_t(2));   // untouched fields stay
    QCOMPARE(r.header("etag"), ifMatch(2));
    r = m_http->patch(path, {{"first_comment", nullptr}});
    QVERIFY(r.data()["first_comment"].is_null());
    QCOMPARE(m_http->del(path, {{"If-Match", ifMatch(3)}}).status, 204);
    QCOMPARE(m_http->get(path).status, 404);
}

void TestServerPosts::clientIdMakesCreatesIdempotent()
{
    const std::string id = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    const json body = {{"id", id}, {"platforms", {"facebook"}}, {"content", "Créé hors ligne"}};
    Reply r = m_http->post(QStringLiteral("/api/content/posts"), body);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.data()["id"], id);
    // The same create again (a retry whose first answer was lost): same item.
    json reordered = {{"content", "Créé hors ligne"}, {"platforms", {"facebook"}}, {"id", id}};
    r = m_http->post(QStringLiteral("/api/content/posts"), reordered);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data()["version"], 1);
    // The same id with another body is a conflict, not an overwrite.
    r = m_http->post(QStringLiteral("/api/content/posts"), {{"id", id}, {"platforms", {"facebook"}}, {"content", "Autre"}});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.code(), "CONFLICT");
    r = m_http->post(QStringLiteral("/api/content/posts"), {{"id", "pas-un-uuid"}, {"platforms", {"facebook"}}, {"content", "x"}});
    QCOMPARE(r.doc()["error"]["details"]["field"], "id");
}

void TestServerPosts::idempotencyKeyReplaysTheFirstAnswer()
{
    const json body = {{"platforms", {"linkedin"}}, {"content", "Une seule fois"}};
    const QHash<QByteArray, QByteArray> key = {{"Idempotency-Key", "key-0001"}};
    const Reply first = m_http->post(QStringLiteral("/api/content/posts"), body, key);
    const Reply again = m_http->post(QStringLiteral("/api/content/posts"), body, key);
    QCOMPARE(first.status, 201);
    QCOMPARE(again.status, 201);
    QCOMPARE(again.data(), first.data());
    QCOMPARE(again.header("idempotent-replayed"), QByteArray("true"));
    const Reply list = m_http->get(QStringLiteral("/api/content/posts?search=") + QUrl::toPercentEncoding(QStringLiteral("Une seule fois")));
    QCOMPARE(list.data().size(), size_t(1));
    const Reply other = m_http->post(QStringLiteral("/api/content/posts"), {{"platforms", {"linkedin"}}, {"content", "Autre"}}, key);
    QCOMPARE(other.status, 409);
    QCOMPARE(other.doc()["error"]["details"]["reason"], "idempotency_key_reused");
    // Failures are not remembered: a corrected retry with the same key works.
    const QHash<QByteArray, QByteArray> key2 = {{"Idempotency-Key", "key-0002"}};
    QCOMPARE(m_http->post(QStringLiteral("/api/content/posts"), {{"platforms", {"linkedin"}}}, key2).status, 400);
}

void TestServerPosts::staleIfMatchIs409WithCurrentCopy()
{
    const QString id = createPost({{"platforms", {"facebook"}}, {"content", "v1"}});
    const QString path = QStringLiteral("/api/content/posts/") + id;
    QCOMPARE(m_http->patch(path, {{"content", "v2"}}, {{"If-Match", ifMatch(1)}}).status, 200);
    Reply r = m_http->patch(path, {{"content", "mine"}}, {{"If-Match", ifMatch(1)}});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.code(), "CONFLICT");
    QCOMPARE(r.doc()["error"]["details"]["current"]["content"], "v2");
    QCOMPARE(r.doc()["error"]["details"]["current"]["version"], 2);
    r = m_http->del(path, {{"If-Match", ifMatch(1)}});
    QCOMPARE(r.status, 409);
    QCOMPARE(m_http->get(path).data()["content"], "v2");
}

void TestServerPosts::scheduleRules()
{
    Reply r = m_http->post(QStringLiteral("/api/content/posts"), {{"platforms", {"facebook"}}, {"content", "x"}, {"status", "scheduled"}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.code(), "BUSINESS_RULE");
    QCOMPARE(r.rule(), "schedule_missing");
    r = m_http->post(QStringLiteral("/api/content/posts"), {{"platforms", {"facebook"}}, {"content", "x"}, {"status", "scheduled"},
                                                            {"scheduled_at", "2020-01-01T10:00:00Z"}});
    QCOMPARE(r.rule(), "schedule_in_past");
    QCOMPARE(r.doc()["error"]["details"]["field"], "scheduled_at");
    r = m_http->post(QStringLiteral("/api/content/posts"), {{"platforms", {"facebook"}}, {"content", "x"}, {"status", "scheduled"},
                                                            {"scheduled_at", future(2).toStdString()}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.data()["status"], "scheduled");
    // Any offset is accepted and normalised to UTC.
    r = m_http->post(QStringLiteral("/api/content/posts"), {{"platforms", {"facebook"}}, {"content", "x"},
                                                            {"scheduled_at", "2030-06-01T16:00:00+02:00"}});
    QCOMPARE(r.data()["scheduled_at"], "2030-06-01T14:00:00.000Z");
}

void TestServerPosts::statusRules()
{
    Reply r = m_http->post(QStringLiteral("/api/content/posts"), {{"platforms", {"facebook"}}, {"content", "x"}, {"status", "published"}});
    QCOMPARE(r.rule(), "published_needs_date");
    r = m_http->post(QStringLiteral("/api/content/posts"), {{"platforms", {"facebook"}}, {"content", "x"}, {"status", "failed"}});
    QCOMPARE(r.rule(), "failed_needs_message");
    r = m_http->post(QStringLiteral("/api/content/posts"), {{"platforms", {"facebook"}}, {"content", "x"}, {"status", "failed"},
                                                            {"error_message", "Jeton expiré"}});
    QCOMPARE(r.status, 201);
}

void TestServerPosts::instagramRules()
{
    // The networks' rules apply to a post that is to go out; a draft is kept as typed.
    Reply draft = m_http->post(QStringLiteral("/api/content/posts"), {{"platforms", {"instagram"}}, {"content", "Photo du jour"}});
    QCOMPARE(draft.status, 201);
    QCOMPARE(draft.data()["status"], "draft");
    draft = m_http->post(QStringLiteral("/api/content/posts"), {{"platforms", {"linkedin", "instagram"}}, {"content", std::string(3500, 'a')}});
    QCOMPARE(draft.status, 201);
    const std::string draftId = draft.data()["id"];
    Reply scheduled = m_http->patch(QStringLiteral("/api/content/posts/") + QString::fromStdString(draftId),
                                    {{"status", "scheduled"}, {"scheduled_at", future(2).toStdString()}});
    QCOMPARE(scheduled.status, 422);
    QCOMPARE(scheduled.rule(), "instagram_needs_media");
    Reply r = m_http->post(QStringLiteral("/api/content/posts"), outgoing({{"platforms", {"instagram"}}, {"content", "Photo du jour"}}));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.rule(), "instagram_needs_media");
    QCOMPARE(r.doc()["error"]["details"]["field"], "media_ids");
    const QString media = uploadTinyImage();
    QVERIFY(!media.isEmpty());
    json tags = json::array();
    for (int i = 0; i < 31; ++i)
        tags.push_back("tag" + std::to_string(i));
    r = m_http->post(QStringLiteral("/api/content/posts"), outgoing({{"platforms", {"instagram"}}, {"content", "x"},
                                                            {"media_ids", {media.toStdString()}}, {"hashtags", tags}}));
    QCOMPARE(r.rule(), "too_many_hashtags");
    // Hashtags in the text count too, once each.
    tags.erase(tags.begin() + 25, tags.end());
    r = m_http->post(QStringLiteral("/api/content/posts"), outgoing({{"platforms", {"instagram"}}, {"content", "#tag1 #Tag2 #a #b #c #d"},
                                                            {"media_ids", {media.toStdString()}}, {"hashtags", tags}}));
    QCOMPARE(r.status, 201);
    r = m_http->post(QStringLiteral("/api/content/posts"), outgoing({{"platforms", {"instagram"}}, {"content", "#a #b #c #d #e #f"},
                                                            {"media_ids", {media.toStdString()}}, {"hashtags", tags}}));
    QCOMPARE(r.rule(), "too_many_hashtags");
}

void TestServerPosts::captionLimitsCountHashtagsOnce()
{
    const QString media = uploadTinyImage();
    // 2,190 code points of content (é is one code point) + "\n\n#abcdefgh" = 2,201.
    const std::string content = QString(2190, QChar(0xE9)).toStdString();
    Reply r = m_http->post(QStringLiteral("/api/content/posts"), outgoing({{"platforms", {"instagram"}}, {"content", content},
                                                                  {"media_ids", {media.toStdString()}}, {"hashtags", {"abcdefgh"}}}));
    QCOMPARE(r.rule(), "caption_too_long");
    QCOMPARE(r.doc()["error"]["details"]["platform"], "instagram");
    QCOMPARE(r.doc()["error"]["details"]["limit"], 2200);
    QCOMPARE(r.doc()["error"]["details"]["length"], 2200 + 1);
    // A tag already in the content is not repeated in the caption.
    r = m_http->post(QStringLiteral("/api/content/posts"), outgoing({{"platforms", {"instagram"}}, {"content", content + " #abcdefgh"},
                                                            {"media_ids", {media.toStdString()}}, {"hashtags", {"abcdefgh"}}}));
    QCOMPARE(r.status, 201);
    r = m_http->post(QStringLiteral("/api/content/posts"), outgoing({{"platforms", {"linkedin"}}, {"content", std::string(3001, 'a')}}));
    QCOMPARE(r.rule(), "caption_too_long");
    QCOMPARE(r.doc()["error"]["details"]["platform"], "linkedin");
    QCOMPARE(m_http->post(QStringLiteral("/api/content/posts"), outgoing({{"platforms", {"facebook"}}, {"content", std::string(3001, 'a')}})).status, 201);
}

void TestServerPosts::publishedPostIsImmutable()
{
    const QString id = createPost({{"platforms", {"facebook"}}, {"content", "Publié"}, {"status", "published"},
                                   {"published_at", "2026-01-10T10:00:00Z"}});
    const QString path = QStringLiteral("/api/content/posts/") + id;
    Reply r = m_http->del(path);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.rule(), "published_post_immutable");
    r = m_http->patch(path, {{"content", "Changé"}});
    QCOMPARE(r.rule(), "published_post_immutable");
    QCOMPARE(r.doc()["error"]["details"]["field"], "content");
    QCOMPARE(m_http->patch(path, {{"rating", 5}}).status, 200);   // a rating is not content
}

void TestServerPosts::mediaRules()
{
    json many = json::array();
    for (int i = 0; i < 11; ++i)
        many.push_back(uploadTinyImage().toStdString());
    Reply r = m_http->post(QStringLiteral("/api/content/posts"), {{"platforms", {"facebook"}}, {"content", "x"}, {"media_ids", many}});
    QCOMPARE(r.rule(), "too_many_media");
    r = m_http->post(QStringLiteral("/api/content/posts"), {{"platforms", {"facebook"}}, {"content", "x"},
                                                            {"media_ids", {"00000000-0000-4000-8000-000000000000"}}});
    QCOMPARE(r.rule(), "unknown_media");
    QCOMPARE(r.doc()["error"]["details"]["field"], "media_ids[0]");
}

void TestServerPosts::rate()
{
    const QString id = createPost({{"platforms", {"facebook"}}, {"content", "À noter"}, {"ai_generated", true}});
    Reply r = m_http->post(QStringLiteral("/api/content/posts/%1/rate").arg(id), {{"rating", 4}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data()["rating"], 4);
    QCOMPARE(m_http->post(QStringLiteral("/api/content/posts/%1/rate").arg(id), {{"rating", 6}}).status, 400);
}

void TestServerPosts::keysetPaginationAndFilters()
{
    Http http(m_server->url());
    http.signUp();
    for (int i = 0; i < 25; ++i)
        http.post(QStringLiteral("/api/content/posts"),
                  {{"platforms", i % 2 ? json{"facebook"} : json{"linkedin"}},
                   {"content", i == 7 ? "Équipe première en déplacement" : "Post " + std::to_string(i)},
                   {"status", i % 5 == 0 ? "scheduled" : "draft"},
                   {"scheduled_at", future(1 + i).toStdString()}});
    QSet<std::string> seen;
    QString cursor;
    int pages = 0;
    do {
        Reply r = http.get(QStringLiteral("/api/content/posts?limit=10") + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.doc()["meta"]["total"], 25);
        for (const auto &p : r.data())
            seen.insert(p["id"].get<std::string>());
        cursor = r.doc()["meta"]["next_cursor"].is_string() ? QString::fromStdString(r.doc()["meta"]["next_cursor"]) : QString();
        QCOMPARE(r.doc()["meta"]["has_more"], !cursor.isEmpty());
        ++pages;
    } while (!cursor.isEmpty());
    QCOMPARE(pages, 3);
    QCOMPARE(seen.size(), 25);
    QCOMPARE(http.get(QStringLiteral("/api/content/posts?status=scheduled")).data().size(), size_t(5));
    QCOMPARE(http.get(QStringLiteral("/api/content/posts?platform=facebook")).data().size(), size_t(12));
    // Accent-insensitive search.
    QCOMPARE(http.get(QStringLiteral("/api/content/posts?search=equipe%20PREMIERE")).data().size(), size_t(1));
    QCOMPARE(http.get(QStringLiteral("/api/content/posts?from=") + future(3).left(10) + QStringLiteral("&to=") + future(6).left(10)).data().size(), size_t(3));
    QCOMPARE(http.get(QStringLiteral("/api/content/posts?limit=101")).status, 400);
    QCOMPARE(http.get(QStringLiteral("/api/content/posts?status=lost")).status, 400);
    QCOMPARE(http.get(QStringLiteral("/api/content/posts?cursor=@@@")).status, 400);
}

void TestServerPosts::calendarMonth()
{
    Http http(m_server->url());
    http.signUp();
    const QDateTime base = QDateTime::currentDateTimeUtc().addMonths(2);
    const QString month = base.toString(QStringLiteral("yyyy-MM"));
    for (int d = 1; d <= 3; ++d)
        http.post(QStringLiteral("/api/content/posts"),
                  {{"platforms", {"facebook"}}, {"content", "Jour " + std::to_string(d)}, {"status", d == 3 ? "draft" : "scheduled"},
                   {"scheduled_at", (month + QStringLiteral("-1%1T10:00:00Z").arg(d)).toStdString()}});
    http.post(QStringLiteral("/api/content/posts"), {{"platforms", {"facebook"}}, {"content", "Sans date"}});
    const Reply r = http.get(QStringLiteral("/api/calendar/posts?month=") + month);
    QCOMPARE(r.status, 200);
    const json days = r.data();
    QCOMPARE(days.size(), size_t(3));
    const json first = days[(month + QStringLiteral("-11")).toStdString()];
    QCOMPARE(first.size(), size_t(1));
    QCOMPARE(first[0]["content_preview"], "Jour 1");
    QCOMPARE(r.doc()["meta"]["total_posts"], 3);
    QCOMPARE(r.doc()["meta"]["by_status"]["scheduled"], 2);
    QCOMPARE(r.doc()["meta"]["by_status"]["draft"], 1);
    QCOMPARE(http.get(QStringLiteral("/api/calendar/posts?month=2026-13")).status, 400);
    QCOMPARE(http.get(QStringLiteral("/api/calendar/posts")).status, 400);
}

void TestServerPosts::scheduleWithSlotWarning()
{
    Http http(m_server->url());
    http.signUp();
    const QString when = future(5);
    const std::string first = http.post(QStringLiteral("/api/content/posts"),
                                        {{"platforms", {"facebook"}}, {"content", "A"}, {"status", "scheduled"},
                                         {"scheduled_at", when.toStdString()}}).data()["id"];
    const std::string draft = http.post(QStringLiteral("/api/content/posts"), {{"platforms", {"facebook", "linkedin"}}, {"content", "B"}}).data()["id"];
    const QString path = QStringLiteral("/api/calendar/posts/%1/schedule").arg(QString::fromStdString(draft));
    Reply r = http.patch(path, {{"scheduled_at", "2020-01-01T00:00:00Z"}});
    QCOMPARE(r.rule(), "schedule_in_past");
    const QString near = QDateTime::fromString(when, Qt::ISODate).addSecs(20 * 60).toString(Qt::ISODate);
    r = http.patch(path, {{"scheduled_at", near.toStdString()}}, {{"If-Match", ifMatch(1)}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data()["status"], "scheduled");
    QCOMPARE(r.doc()["meta"]["warning"]["code"], "slot_taken");
    QCOMPARE(r.doc()["meta"]["warning"]["post_ids"][0], first);
    const QString far = QDateTime::fromString(when, Qt::ISODate).addSecs(40 * 60).toString(Qt::ISODate);
    r = http.patch(path, {{"scheduled_at", far.toStdString()}});
    QVERIFY(!r.doc()["meta"].contains("warning"));
}

void TestServerPosts::templatesAndUse()
{
    Http http(m_server->url());
    http.signUp();
    http.put(QStringLiteral("/api/users/me/profiles"), {{"profiles", {{{"type", "club"}, {"name", "US Test"}}}}});
    Reply r = http.post(QStringLiteral("/api/templates"),
                        {{"name", "Jour de match"}, {"category", "actualite"}, {"platforms", {"facebook"}},
                         {"content", "⚽ {{equipe}} reçoit {{adversaire}} à {{ heure }} !"}, {"hashtags", {"JourDeMatch"}},
                         {"variables", {{"equipe", "US Test"}}}});
    QCOMPARE(r.status, 201);
    const json tpl = r.data();
    QCOMPARE(tpl["usage_count"], 0);
    QVERIFY(tpl["variables"].contains("adversaire"));   // discovered in the content
    QCOMPARE(tpl["variables"]["equipe"], "US Test");
    const QString id = QString::fromStdString(tpl["id"]);
    r = http.post(QStringLiteral("/api/templates/%1/use").arg(id), {{"variables", {{"adversaire", "FC Nord"}, {"heure", "15h"}}}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.data()["status"], "draft");
    QCOMPARE(r.data()["content"], "⚽ US Test reçoit FC Nord à 15h !");
    QCOMPARE(r.data()["template_id"], tpl["id"]);
    QCOMPARE(r.data()["hashtags"][0], "JourDeMatch");
    r = http.get(QStringLiteral("/api/templates/") + id);
    QCOMPARE(r.data()["usage_count"], 1);
    QCOMPARE(r.data()["version"], 2);
    r = http.post(QStringLiteral("/api/templates/%1/use").arg(id), {{"variables", {{"adversaire", 3}}}});
    QCOMPARE(r.doc()["error"]["details"]["field"], "variables.adversaire");
    QCOMPARE(http.post(QStringLiteral("/api/templates"), {{"name", "X"}, {"category", "blague"}, {"platforms", {"facebook"}}, {"content", "x"}}).status, 400);
    // From an existing post.
    const std::string post = http.post(QStringLiteral("/api/content/posts"), {{"platforms", {"linkedin"}}, {"content", "Merci {{sponsor}} !"}}).data()["id"];
    r = http.post(QStringLiteral("/api/templates"), {{"post_id", post}, {"name", "Merci"}, {"category", "promo"}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.data()["content"], "Merci {{sponsor}} !");
    QCOMPARE(http.get(QStringLiteral("/api/templates?category=promo")).data().size(), size_t(1));
    QCOMPARE(http.get(QStringLiteral("/api/templates?platform=facebook")).data().size(), size_t(1));
    r = http.patch(QStringLiteral("/api/templates/") + id, {{"name", "Jour J"}}, {{"If-Match", ifMatch(2)}});
    QCOMPARE(r.data()["name"], "Jour J");
    QCOMPARE(http.del(QStringLiteral("/api/templates/") + id, {{"If-Match", ifMatch(2)}}).status, 409);
    QCOMPARE(http.del(QStringLiteral("/api/templates/") + id).status, 204);
}

QTEST_GUILESS_MAIN(TestServerPosts)
#include "tst_server_posts.moc"
