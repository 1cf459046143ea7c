// WhatsApp campaigns (docs/api/campaigns.md): contacts (numbers checked by
// libphonenumber, duplicates, filters), categories (unique names, counts,
// deletion), campaigns (rules, the paced sender at --campaign-time-scale
// 1000, failures, stop and resume, retry, relaunch, a replayed send, a
// scheduled one, replies and message 2, the daily limit), monitoring,
// verification, CSV import, message templates (unique names, idempotent
// creates, partial PUT, their feed changes) and the feed types of all of it.
#include "server_harness.h"

#include "../src/modules/monitoring_levels.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QUuid>
#include <QtTest>
#include <cmath>
#include <functional>

namespace {

QString uuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
QString str(const json &j) { return QString::fromStdString(j.get<std::string>()); }
QString q(const std::string &s) { return QString::fromStdString(s); }

// A French mobile number, new each call, ending with `last`.
std::string mobile(int last)
{
    static int n = 1000;
    return QStringLiteral("+3361%1%2").arg(++n % 1000000, 6, 10, QLatin1Char('0')).arg(last).toStdString();
}

// The user's whole feed, page after page.
json allChanges(Http &h)
{
    json out = json::array();
    qint64 since = 0;
    for (;;) {
        const json page = h.get(QStringLiteral("/api/sync/changes?since=%1&limit=1000").arg(since)).data();
        for (const auto &c : page["changes"])
            out.push_back(c);
        if (page["changes"].empty() || page["last_seq"].get<qint64>() == since)
            return out;
        since = page["last_seq"];
    }
}

bool waitFor(const std::function<bool()> &done, int timeoutMs = 15000)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        pump(20);
    }
    return true;
}

const QStringList kArgs = {QStringLiteral("--test-mode"), QStringLiteral("--rate-limit"), QStringLiteral("1000000"),
                           QStringLiteral("--publish-interval"), QStringLiteral("0"),
                           QStringLiteral("--campaign-time-scale"), QStringLiteral("1000")};

} // namespace

class TestServerCampaigns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void levels();
    void contacts();
    void categories();
    void campaignRules();
    void sendNow();
    void stopAndResume();
    void retryAndRelaunch();
    void sendReplayIsOnce();
    void scheduledSend();
    void replyBringsMessage2();
    void dailyLimit();
    void monitoring();
    void verification();
    void csvImport();
    void messageTemplates();
    void messageTemplatesFeed();
    void feedTypes();

private:
    std::unique_ptr<Http> newUser();
    std::string category(Http &h, const char *name);
    std::string contact(Http &h, int last, const std::string &categoryId, const char *first = "Camille",
                        const char *lastName = "Martin");
    std::string campaign(Http &h, const std::string &categoryId, const json &extra = json::object());
    json get(Http &h, const std::string &campaignId);
    json messages(Http &h, const std::string &campaignId, const QString &query = {});
    bool waitStatus(Http &h, const std::string &campaignId, const char *status, int timeoutMs = 15000);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Http> m_feedUser; // every kind of change, for feedTypes
};

void TestServerCampaigns::initTestCase()
{
    m_server = std::make_unique<TestServer>(kArgs);
    QVERIFY(m_server->start());
    m_feedUser = newUser();
}

std::unique_ptr<Http> TestServerCampaigns::newUser()
{
    auto h = std::make_unique<Http>(m_server->url());
    h->signUp(QStringLiteral("Club Test"));
    return h;
}

std::string TestServerCampaigns::category(Http &h, const char *name)
{
    const Reply r = h.post(QStringLiteral("/api/categories"), {{"name", name}, {"color", "#2e7d32"}});
    return r.status == 201 ? r.data()["id"].get<std::string>() : std::string();
}

std::string TestServerCampaigns::contact(Http &h, int last, const std::string &categoryId, const char *first,
                                         const char *lastName)
{
    json body = {{"first_name", first}, {"last_name", lastName}, {"full_number", mobile(last)}};
    if (!categoryId.empty())
        body["category_ids"] = json::array({categoryId});
    const Reply r = h.post(QStringLiteral("/api/contacts"), body);
    return r.status == 201 ? r.data()["id"].get<std::string>() : std::string();
}

std::string TestServerCampaigns::campaign(Http &h, const std::string &categoryId, const json &extra)
{
    json body = {{"name", "Tournoi de Noël"}, {"message_1", "Bonjour {{prenom}} {{ nom }}, le tournoi {{lieu}} !"},
                 {"category_ids", categoryId.empty() ? json::array() : json::array({categoryId})}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body[it.key()] = it.value();
    const Reply r = h.post(QStringLiteral("/api/campaigns"), body);
    return r.status == 201 ? r.data()["id"].get<std::string>() : std::string();
}

json TestServerCampaigns::get(Http &h, const std::string &campaignId)
{
    return h.get(QStringLiteral("/api/campaigns/") + q(campaignId)).data();
}

json TestServerCampaigns::messages(Http &h, const std::string &campaignId, const QString &query)
{
    return h.get(QStringLiteral("/api/campaigns/%1/messages?limit=100%2").arg(q(campaignId), query)).data();
}

bool TestServerCampaigns::waitStatus(Http &h, const std::string &campaignId, const char *status, int timeoutMs)
{
    return waitFor([&] { return get(h, campaignId)["status"] == status; }, timeoutMs);
}

void TestServerCampaigns::levels()
{
    QCOMPARE(monitoring::level(0, 1000), "ok");
    QCOMPARE(monitoring::level(750, 1000), "ok");
    QCOMPARE(monitoring::level(751, 1000), "attention");
    QCOMPARE(monitoring::level(900, 1000), "attention");
    QCOMPARE(monitoring::level(901, 1000), "danger");
    QCOMPARE(monitoring::level(1000, 1000), "danger");
    QCOMPARE(monitoring::level(1001, 1000), "blocked");
    QCOMPARE(monitoring::level(3, 4), "ok");
    QCOMPARE(monitoring::level(4, 4), "danger");
}

void TestServerCampaigns::contacts()
{
    Http &h = *m_feedUser;
    const std::string cat = category(h, "Parents U11");
    QVERIFY(!cat.empty());
    // National format, read in France; derived fields are the server's.
    Reply r = h.post(QStringLiteral("/api/contacts"),
                     {{"first_name", "Camille"}, {"last_name", "Martin"}, {"full_number", "06 45 12 78 91"},
                      {"category_ids", {cat}}, {"whatsapp_verified", true}});
    QCOMPARE(r.status, 201);
    json c = r.data();
    QVERIFY(c["full_number"] == "+33645127891" && c["country_code"] == "33" && c["phone_number"] == "645127891");
    QVERIFY(c["whatsapp_verified"] == false && c["verified_at"].is_null() && c["version"] == 1);
    const std::string id = c["id"];
    // Same number, written otherwise: 409 naming the existing contact.
    r = h.post(QStringLiteral("/api/contacts"), {{"full_number", "+33 6 45 12 78 91"}});
    QCOMPARE(r.status, 409);
    QVERIFY(r.doc()["error"]["details"]["reason"] == "duplicate" && r.doc()["error"]["details"]["existing_id"] == id);
    r = h.post(QStringLiteral("/api/contacts"), {{"full_number", "+33 1 23"}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.doc()["error"]["details"]["field"] == "full_number" && r.doc()["error"]["details"]["reason"] == "invalid_number");
    QCOMPARE(h.post(QStringLiteral("/api/contacts"), {{"full_number", mobile(1)}, {"category_ids", {uuid().toStdString()}}}).status, 400);
    QCOMPARE(h.post(QStringLiteral("/api/contacts"), {{"full_number", mobile(1)}, {"first_name", std::string(101, 'a')}}).status, 400);
    // A number alone is a contact; a client id makes the create idempotent.
    const std::string given = uuid().toStdString();
    const json alone = {{"id", given}, {"full_number", mobile(2)}};
    QCOMPARE(h.post(QStringLiteral("/api/contacts"), alone).status, 201);
    QCOMPARE(h.post(QStringLiteral("/api/contacts"), alone).status, 200);

    // PUT is partial; a new number forgets the old check.
    QCOMPARE(h.post(QStringLiteral("/api/verify/") + q(id), json::object()).status, 200);
    r = h.put(QStringLiteral("/api/contacts/") + q(id), {{"first_name", "Camille-Anne"}}, {{"If-Match", ifMatch(2)}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.data()["last_name"] == "Martin" && r.data()["whatsapp_verified"] == true && r.data()["version"] == 3);
    QCOMPARE(h.put(QStringLiteral("/api/contacts/") + q(id), {{"last_name", "X"}}, {{"If-Match", ifMatch(2)}}).status, 409);
    r = h.put(QStringLiteral("/api/contacts/") + q(id), {{"full_number", "+33645127881"}});
    QVERIFY(r.data()["verified_at"].is_null() && r.data()["phone_number"] == "645127881");

    // Filters and pagination.
    for (int i = 0; i < 4; ++i)
        QVERIFY(!contact(h, i % 2 ? 1 : 0, cat, "Zoé", "Lefèvre").empty());
    json list = h.get(QStringLiteral("/api/contacts?category_id=") + q(cat)).data();
    QCOMPARE(int(list.size()), 5);
    Reply page = h.get(QStringLiteral("/api/contacts?limit=2&page=2"));
    QCOMPARE(int(page.data().size()), 2);
    QVERIFY(page.doc()["pagination"]["total"] == 6 && page.doc()["pagination"]["total_pages"] == 3);
    QCOMPARE(h.get(QStringLiteral("/api/contacts?limit=100")).status, 200);
    QCOMPARE(h.get(QStringLiteral("/api/contacts?limit=101")).status, 400);
    QCOMPARE(int(h.get(QStringLiteral("/api/contacts?search=lefevre")).data().size()), 4);
    QCOMPARE(int(h.get(QStringLiteral("/api/contacts?search=0645127881")).data().size()), 1);
    QCOMPARE(int(h.get(QStringLiteral("/api/contacts?verified=unchecked")).data().size()), 6);
    QCOMPARE(h.get(QStringLiteral("/api/contacts?verified=maybe")).status, 400);
    QCOMPARE(h.post(QStringLiteral("/api/verify/bulk"), json::object()).data()["checked"], 6);
    QCOMPARE(int(h.get(QStringLiteral("/api/contacts?verified=false")).data().size()), 2);
    QCOMPARE(int(h.get(QStringLiteral("/api/contacts?verified=true")).data().size()), 4);
    // Another user sees none of them.
    auto other = newUser();
    QCOMPARE(other->get(QStringLiteral("/api/contacts/") + q(id)).status, 403);
    QCOMPARE(int(other->get(QStringLiteral("/api/contacts")).data().size()), 0);

    const std::string gone = contact(h, 3, cat);
    QCOMPARE(h.get(QStringLiteral("/api/categories/") + q(cat)).data()["contact_count"], 6);
    QCOMPARE(h.del(QStringLiteral("/api/contacts/") + q(gone)).status, 204);
    QCOMPARE(h.get(QStringLiteral("/api/contacts/") + q(gone)).status, 404);
    QCOMPARE(h.get(QStringLiteral("/api/categories/") + q(cat)).data()["contact_count"], 5);
}

void TestServerCampaigns::categories()
{
    Http &h = *m_feedUser;
    const std::string a = category(h, "Bénévoles");
    QVERIFY(!a.empty());
    Reply r = h.post(QStringLiteral("/api/categories"), {{"name", "  benevoles "}});
    QCOMPARE(r.status, 409);
    QVERIFY(r.doc()["error"]["details"]["reason"] == "duplicate");
    QCOMPARE(h.post(QStringLiteral("/api/categories"), {{"name", "Rouges"}, {"color", "red"}}).status, 400);
    QCOMPARE(h.post(QStringLiteral("/api/categories"), {{"name", ""}}).status, 400);
    QCOMPARE(h.post(QStringLiteral("/api/categories"), {{"name", std::string(51, 'x')}}).status, 400);
    const std::string b = category(h, "Supporters");
    QCOMPARE(h.put(QStringLiteral("/api/categories/") + q(b), {{"name", "BÉNÉVOLES"}}).status, 409);
    r = h.put(QStringLiteral("/api/categories/") + q(b), {{"color", "#1565c0"}});
    QVERIFY(r.status == 200 && r.data()["color"] == "#1565C0" && r.data()["name"] == "Supporters");

    // Deleting a category takes it out of its contacts and campaigns.
    const std::string c1 = contact(h, 1, a);
    Reply put = h.put(QStringLiteral("/api/contacts/") + q(c1), {{"category_ids", {a, b}}});
    QCOMPARE(put.status, 200);
    QCOMPARE(h.get(QStringLiteral("/api/categories/") + q(b)).data()["contact_count"], 1);
    const std::string camp = campaign(h, a);
    QCOMPARE(h.patch(QStringLiteral("/api/campaigns/") + q(camp), {{"category_ids", {a, b}}}).status, 200);
    QCOMPARE(h.del(QStringLiteral("/api/categories/") + q(a)).status, 204);
    const json after = h.get(QStringLiteral("/api/contacts/") + q(c1)).data();
    QVERIFY(after["category_ids"] == json::array({b}));
    QCOMPARE(after["version"], 3);
    const json campAfter = get(h, camp);
    QVERIFY(campAfter["category_ids"] == json::array({b}) && campAfter["version"] == 3);
    bool listed = false;
    for (const auto &c : h.get(QStringLiteral("/api/categories")).data())
        listed = listed || c["id"] == a;
    QVERIFY(!listed);
}

void TestServerCampaigns::campaignRules()
{
    auto h = newUser();
    QCOMPARE(h->post(QStringLiteral("/api/campaigns"), {{"name", "x"}}).status, 400);
    QCOMPARE(h->post(QStringLiteral("/api/campaigns"), {{"message_1", "x"}}).status, 400);
    QCOMPARE(h->post(QStringLiteral("/api/campaigns"), {{"name", "x"}, {"message_1", std::string(4097, 'a')}}).status, 400);
    QCOMPARE(h->post(QStringLiteral("/api/campaigns"), {{"name", "x"}, {"message_1", "y"}, {"category_ids", {uuid().toStdString()}}}).status, 400);
    const std::string none = campaign(*h, {});
    const json draft = get(*h, none);
    QVERIFY(draft["status"] == "draft" && draft["message_2"].is_null() && draft["total_recipients"] == 0);
    Reply r = h->post(QStringLiteral("/api/campaigns/%1/send").arg(q(none)), json::object());
    QCOMPARE(r.status, 422);
    QCOMPARE(r.rule(), "no_categories");
    const std::string cat = category(*h, "Vide");
    const std::string empty = campaign(*h, cat);
    QCOMPARE(h->post(QStringLiteral("/api/campaigns/%1/send").arg(q(empty)), json::object()).rule(), "no_recipients");
    // A contact checked as having no WhatsApp is nobody to send to.
    const std::string nowa = contact(*h, 0, cat);
    QCOMPARE(h->post(QStringLiteral("/api/verify/") + q(nowa), json::object()).data()["whatsapp_verified"], false);
    QCOMPARE(h->post(QStringLiteral("/api/campaigns/%1/send").arg(q(empty)), json::object()).rule(), "no_recipients");
    QCOMPARE(h->post(QStringLiteral("/api/campaigns/%1/stop").arg(q(empty)), json::object()).rule(), "campaign_not_stoppable");
    QCOMPARE(h->post(QStringLiteral("/api/campaigns/%1/retry").arg(q(empty)), json::object()).rule(), "nothing_to_retry");
    QCOMPARE(h->post(QStringLiteral("/api/campaigns/%1/relaunch").arg(q(empty)), json::object()).rule(), "campaign_not_relaunchable");

    // While sending: no PATCH, no DELETE.
    for (int i = 0; i < 30; ++i)
        contact(*h, 1, cat);
    r = h->post(QStringLiteral("/api/campaigns/%1/send").arg(q(empty)), json::object());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data()["status"], "sending");
    QCOMPARE(r.data()["total_recipients"], 30);
    r = h->patch(QStringLiteral("/api/campaigns/") + q(empty), {{"name", "Autre"}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.rule(), "campaign_sending");
    QCOMPARE(h->del(QStringLiteral("/api/campaigns/") + q(empty)).rule(), "campaign_sending");
    QCOMPARE(h->post(QStringLiteral("/api/campaigns/%1/send").arg(q(empty)), json::object()).rule(), "campaign_not_sendable");
    QCOMPARE(h->post(QStringLiteral("/api/campaigns/%1/stop").arg(q(empty)), json::object()).data()["status"], "stopped");
    r = h->patch(QStringLiteral("/api/campaigns/") + q(empty), {{"name", "Autre"}, {"message_2", "Merci {{prenom}} !"}});
    QVERIFY(r.status == 200 && r.data()["name"] == "Autre" && r.data()["message_2"] == "Merci {{prenom}} !");
    QCOMPARE(h->del(QStringLiteral("/api/campaigns/") + q(empty)).status, 204);
    QCOMPARE(h->get(QStringLiteral("/api/campaigns/") + q(empty)).status, 404);
    QCOMPARE(int(messages(*h, empty).size()), 0);
    QCOMPARE(h->del(QStringLiteral("/api/campaigns/") + q(none)).status, 204);
}

void TestServerCampaigns::sendNow()
{
    Http &h = *m_feedUser;
    const std::string cat = category(h, "Envoi");
    contact(h, 1, cat, "Léa", "Durand");
    contact(h, 2, cat, "Hugo", "Bernard");
    contact(h, 3, cat, "Inès", "Petit");
    contact(h, 4, cat, "Nathan", "Roux");
    contact(h, 5, cat, "Chloé", "Moreau");
    const std::string noWhatsApp = contact(h, 0, cat, "Louis", "Fournier");
    const std::string id = campaign(h, cat);
    Reply r = h.post(QStringLiteral("/api/campaigns/%1/send").arg(q(id)), json::object());
    QCOMPARE(r.status, 200);
    QVERIFY(r.data()["status"] == "sending" && r.data()["started_at"].is_string());
    QVERIFY(waitStatus(h, id, "completed"));
    const json c = get(h, id);
    QCOMPARE(c["total_recipients"], 6);
    QCOMPARE(c["sent_count"], 5);
    QCOMPARE(c["success_count"], 5);
    QCOMPARE(c["failed_count"], 1);
    QCOMPARE(c["pending_count"], 0);
    QVERIFY(c["completed_at"].is_string());
    const json all = messages(h, id);
    QCOMPARE(int(all.size()), 6);
    QStringList sentTimes;
    for (const auto &m : all) {
        if (m["contact_id"] == noWhatsApp) {
            QVERIFY(m["status"] == "failed" && m["error_message"] == "Ce numéro n'est pas sur WhatsApp." && m["failed_at"].is_string());
            continue;
        }
        QVERIFY(m["message_type"] == "message_1" && m["sent_at"].is_string());
        sentTimes << str(m["sent_at"]);
        // Variables filled, an unknown one left as written.
        const QString text = str(m["content"]);
        QVERIFY2(text.startsWith(QStringLiteral("Bonjour ")) && text.endsWith(QStringLiteral(", le tournoi {{lieu}} !"))
                     && !text.contains(QStringLiteral("{{prenom}}")),
                 qPrintable(text));
    }
    QVERIFY(QString::fromStdString(all.dump()).contains(QStringLiteral("Bonjour Léa Durand, le tournoi {{lieu}} !")));
    // Paced: 25 s / 1000 between two messages.
    sentTimes.sort();
    for (int i = 1; i < sentTimes.size(); ++i) {
        const qint64 gap = QDateTime::fromString(sentTimes[i - 1], Qt::ISODateWithMs)
                               .msecsTo(QDateTime::fromString(sentTimes[i], Qt::ISODateWithMs));
        QVERIFY2(gap >= 20, qPrintable(QString::number(gap)));
    }
    const json stats = h.get(QStringLiteral("/api/campaigns/%1/stats").arg(q(id))).data();
    QVERIFY(stats["sent"] == 5 && stats["failed"] == 1 && std::abs(stats["error_rate"].get<double>() - 1.0 / 6) < 1e-9);
    QCOMPARE(int(messages(h, id, QStringLiteral("&status=failed")).size()), 1);
    // Deliveries follow (2 s / 1000).
    QVERIFY(waitFor([&] { return get(h, id)["delivered_count"] == 5; }));
}

void TestServerCampaigns::stopAndResume()
{
    auto h = newUser();
    const std::string cat = category(*h, "Beaucoup");
    for (int i = 0; i < 30; ++i)
        contact(*h, 1 + i % 9, cat);
    const std::string id = campaign(*h, cat);
    QCOMPARE(h->post(QStringLiteral("/api/campaigns/%1/send").arg(q(id)), json::object()).status, 200);
    QVERIFY(waitFor([&] { return get(*h, id)["sent_count"].get<int>() >= 3; }));
    QCOMPARE(h->post(QStringLiteral("/api/campaigns/%1/stop").arg(q(id)), json::object()).data()["status"], "stopped");
    const int sent = get(*h, id)["sent_count"];
    pump(400);
    const json stopped = get(*h, id);
    QCOMPARE(stopped["sent_count"].get<int>(), sent);
    QVERIFY(stopped["status"] == "stopped" && stopped["pending_count"].get<int>() == 30 - sent && sent < 30);
    QCOMPARE(int(messages(*h, id, QStringLiteral("&status=pending")).size()), 30 - sent);
    // Sending again resumes the pending ones (past a batch pause).
    Reply r = h->post(QStringLiteral("/api/campaigns/%1/send").arg(q(id)), json::object());
    QCOMPARE(r.data()["status"], "sending");
    QVERIFY(waitStatus(*h, id, "completed", 20000));
    const json done = get(*h, id);
    QVERIFY(done["sent_count"] == 30 && done["total_recipients"] == 30);
}

void TestServerCampaigns::retryAndRelaunch()
{
    Http &h = *m_feedUser;
    const std::string cat = category(h, "Relances");
    for (int i = 0; i < 4; ++i)
        contact(h, 1 + i, cat);
    QCOMPARE(h.post(QStringLiteral("/api/test/campaigns/failures"), {{"count", 2}, {"reason", "Service WhatsApp indisponible."}}).status, 200);
    const std::string id = campaign(h, cat);
    h.post(QStringLiteral("/api/campaigns/%1/send").arg(q(id)), json::object());
    QVERIFY(waitStatus(h, id, "completed"));
    QCOMPARE(get(h, id)["failed_count"], 2);
    const json failed = messages(h, id, QStringLiteral("&status=failed"));
    QCOMPARE(int(failed.size()), 2);
    QVERIFY(failed[0]["error_message"] == "Service WhatsApp indisponible.");
    Reply r = h.post(QStringLiteral("/api/campaigns/%1/retry").arg(q(id)), json::object());
    QCOMPARE(r.data()["status"], "sending");
    QVERIFY(waitStatus(h, id, "completed"));
    const json c = get(h, id);
    QVERIFY(c["failed_count"] == 0 && c["sent_count"] == 4);
    int retried = 0;
    for (const auto &m : messages(h, id))
        retried += m["retries"].get<int>();
    QCOMPARE(retried, 2);
    QCOMPARE(h.post(QStringLiteral("/api/campaigns/%1/retry").arg(q(id)), json::object()).rule(), "nothing_to_retry");

    // Relaunch: the messages are made again for today's recipients.
    QStringList oldIds;
    for (const auto &m : messages(h, id))
        oldIds << str(m["id"]);
    contact(h, 5, cat);
    r = h.post(QStringLiteral("/api/campaigns/%1/relaunch").arg(q(id)), json::object());
    QCOMPARE(r.status, 200);
    QVERIFY(r.data()["status"] == "sending" && r.data()["total_recipients"] == 5 && r.data()["sent_count"] == 0);
    QVERIFY(waitStatus(h, id, "completed"));
    const json again = messages(h, id);
    QCOMPARE(int(again.size()), 5);
    for (const auto &m : again)
        QVERIFY(!oldIds.contains(str(m["id"])));
    int tombstones = 0;
    for (const auto &ch : allChanges(h))
        tombstones += ch["op"] == "delete" && oldIds.contains(str(ch["id"])) ? 1 : 0;
    QCOMPARE(tombstones, 4);
}

void TestServerCampaigns::sendReplayIsOnce()
{
    auto h = newUser();
    const std::string cat = category(*h, "Rejeu");
    for (int i = 0; i < 3; ++i)
        contact(*h, 1 + i, cat);
    const std::string id = campaign(*h, cat);
    const QHash<QByteArray, QByteArray> key{{"Idempotency-Key", uuid().toLatin1()}};
    const Reply first = h->post(QStringLiteral("/api/campaigns/%1/send").arg(q(id)), json::object(), key);
    const Reply second = h->post(QStringLiteral("/api/campaigns/%1/send").arg(q(id)), json::object(), key);
    QCOMPARE(first.status, 200);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.data(), first.data());
    QCOMPARE(second.header("idempotent-replayed"), QByteArray("true"));
    QCOMPARE(h->post(QStringLiteral("/api/campaigns/%1/send").arg(q(id)), json::object()).rule(), "campaign_not_sendable");
    QVERIFY(waitStatus(*h, id, "completed"));
    QCOMPARE(int(messages(*h, id).size()), 3);
    QCOMPARE(get(*h, id)["sent_count"], 3);
    QCOMPARE(h->post(QStringLiteral("/api/campaigns/%1/send").arg(q(id)), json::object(), key).status, 200);
    QCOMPARE(int(messages(*h, id).size()), 3);
}

void TestServerCampaigns::scheduledSend()
{
    auto h = newUser();
    const std::string cat = category(*h, "Plus tard");
    contact(*h, 1, cat);
    contact(*h, 2, cat);
    const std::string id = campaign(*h, cat);
    // 1.5 s after the server's now (its clock, not this process's).
    const QDateTime at = QDateTime::fromString(str(get(*h, id)["created_at"]), Qt::ISODateWithMs).addMSecs(1500);
    QVERIFY(at.isValid());
    const std::string atText = at.toString(Qt::ISODateWithMs).toStdString();
    Reply r = h->post(QStringLiteral("/api/campaigns/%1/send").arg(q(id)), {{"scheduled_at", atText}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data()["status"], "scheduled");
    QCOMPARE(h->post(QStringLiteral("/api/campaigns/%1/send").arg(q(id)), {{"scheduled_at", "demain"}}).status, 400);
    pump(500);
    QCOMPARE(get(*h, id)["status"], "scheduled");
    QCOMPARE(int(messages(*h, id).size()), 0);
    QVERIFY(waitStatus(*h, id, "completed", 10000));
    const json c = get(*h, id);
    QVERIFY(QDateTime::fromString(str(c["started_at"]), Qt::ISODateWithMs) >= at);
    QCOMPARE(c["sent_count"], 2);
}

void TestServerCampaigns::replyBringsMessage2()
{
    Http &h = *m_feedUser;
    const std::string cat = category(h, "Réponses");
    const std::string a = contact(h, 1, cat, "Karim", "Benali");
    contact(h, 2, cat, "Sarah", "Lopez");
    const std::string id = campaign(h, cat, {{"message_2", "Merci {{prenom}} ! Rendez-vous à 9 h."}});
    h.post(QStringLiteral("/api/campaigns/%1/send").arg(q(id)), json::object());
    QVERIFY(waitStatus(h, id, "completed"));
    QCOMPARE(h.post(QStringLiteral("/api/test/campaigns/%1/interactions").arg(q(id)), {{"contact_id", uuid().toStdString()}, {"type", "reply"}}).status, 404);
    QCOMPARE(h.post(QStringLiteral("/api/test/campaigns/%1/interactions").arg(q(id)), {{"contact_id", a}, {"type", "wave"}}).status, 400);
    Reply r = h.post(QStringLiteral("/api/test/campaigns/%1/interactions").arg(q(id)),
                     {{"contact_id", a}, {"type", "reply"}, {"content", "Je serai là avec mon fils !"}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.data()["status"] == "read" && r.data()["replied_at"].is_string() && r.data()["read_at"].is_string());
    h.post(QStringLiteral("/api/test/campaigns/%1/interactions").arg(q(id)), {{"contact_id", a}, {"type", "reply"}, {"content", "Et sa sœur aussi."}});
    auto seconds = [&] {
        int n = 0;
        for (const auto &m : messages(h, id))
            n += m["contact_id"] == a && m["message_type"] == "message_2" ? 1 : 0;
        return n;
    };
    QVERIFY(waitFor([&] { return get(h, id)["message_2_sent_count"].get<int>() >= 1; }));
    QCOMPARE(seconds(), 1);
    for (const auto &m : messages(h, id))
        if (m["contact_id"] == a && m["message_type"] == "message_2")
            QCOMPARE(m["content"], "Merci Karim ! Rendez-vous à 9 h.");
    const json c = get(h, id);
    QVERIFY(c["replied_count"].get<int>() >= 1 && c["read_count"].get<int>() >= 1 && c["status"] == "completed");
    // The reply is in the inbox, from the contact, about the campaign.
    json conversation;
    for (const auto &v : h.get(QStringLiteral("/api/messages/conversations?limit=50")).data())
        if (v["participant_id"] == a)
            conversation = v;
    QVERIFY(conversation.is_object());
    QVERIFY(conversation["kind"] == "whatsapp" && conversation["campaign_id"] == id
            && conversation["participant_name"] == "Karim Benali");
    const json thread = h.get(QStringLiteral("/api/messages/") + str(conversation["id"])).data();
    QVERIFY(QString::fromStdString(thread.dump()).contains(QStringLiteral("Je serai là avec mon fils !")));
}

void TestServerCampaigns::dailyLimit()
{
    TestServer server(kArgs + QStringList{QStringLiteral("--campaign-daily-limit"), QStringLiteral("3")});
    QVERIFY(server.start());
    Http h(server.url());
    h.signUp(QStringLiteral("Limite"));
    const std::string cat = category(h, "Tous");
    for (int i = 0; i < 5; ++i)
        contact(h, 1 + i, cat);
    const std::string id = campaign(h, cat);
    h.post(QStringLiteral("/api/campaigns/%1/send").arg(q(id)), json::object());
    QVERIFY(waitFor([&] { return get(h, id)["sent_count"] == 3; }));
    pump(400);
    const json c = get(h, id);
    QVERIFY(c["sent_count"] == 3 && c["pending_count"] == 2 && c["status"] == "sending");
    const json stats = h.get(QStringLiteral("/api/monitoring/stats")).data();
    QVERIFY(stats["total"] == 3 && stats["limit"] == 3 && stats["level"] == "danger" && stats["percent"] == 100.0);
    const json cap = h.get(QStringLiteral("/api/monitoring/capacity")).data();
    QVERIFY(cap["remaining"] == 0 && cap["capacity"] == 0 && cap["sent"] == 3);
}

void TestServerCampaigns::monitoring()
{
    auto h = newUser();
    const std::string cat = category(*h, "Suivi");
    // The server's UTC day, from what it just wrote (a midnight may pass in between).
    const QDate before = QDateTime::fromString(str(h->get(QStringLiteral("/api/categories/%1").arg(q(cat))).data()["created_at"]),
                                               Qt::ISODateWithMs).toUTC().date();
    json stats = h->get(QStringLiteral("/api/monitoring/stats")).data();
    const QDate statsDay = QDate::fromString(str(stats["date"]), Qt::ISODate);
    QVERIFY(before.isValid());
    QVERIFY2(statsDay == before || statsDay == before.addDays(1), stats.dump().c_str());
    QVERIFY(stats["total"] == 0 && stats["level"] == "ok" && stats["error_rate"] == 0.0 && stats["interaction_rate"] == 0.0
            && stats["limit"] == 1000);
    std::vector<std::string> people;
    for (int i = 0; i < 3; ++i)
        people.push_back(contact(*h, 1 + i, cat));
    contact(*h, 0, cat);
    const std::string id = campaign(*h, cat, {{"message_2", "Merci !"}});
    h->post(QStringLiteral("/api/campaigns/%1/send").arg(q(id)), json::object());
    QVERIFY(waitStatus(*h, id, "completed"));
    // Two replies of our own; the simulation may add others, so the
    // figures are read back and checked against the formulas.
    for (int i = 0; i < 2; ++i)
        h->post(QStringLiteral("/api/test/campaigns/%1/interactions").arg(q(id)), {{"contact_id", people[size_t(i)]}, {"type", "reply"}});
    // Settled: every simulated reply has landed (20 ms after each send)
    // and every message 2 it queued has left.
    pump(200);
    QVERIFY(waitFor([&] {
        for (const auto &m : messages(*h, id))
            if (m["status"] == "pending")
                return false;
        return get(*h, id)["message_2_sent_count"].get<int>() >= 2;
    }));
    const json c = get(*h, id);
    stats = h->get(QStringLiteral("/api/monitoring/stats")).data();
    QCOMPARE(stats["message_1"], 3);
    QCOMPARE(stats["message_2"], c["message_2_sent_count"]);
    QCOMPARE(stats["errors"], 1);
    const int total = stats["total"];
    QCOMPARE(total, 3 + c["message_2_sent_count"].get<int>());
    QCOMPARE(stats["percent"].get<double>(), 100.0 * total / 1000);
    QCOMPARE(stats["error_rate"].get<double>(), 1.0 / (total + 1));
    QCOMPARE(stats["error_alert"].get<bool>(), 1.0 / (total + 1) > 0.10);
    const double rate = c["replied_count"].get<double>() / 3;
    QCOMPARE(stats["interaction_rate"].get<double>(), rate);
    QCOMPARE(stats["level"], "ok");
    const json cap = h->get(QStringLiteral("/api/monitoring/capacity")).data();
    QCOMPARE(cap["remaining"], 1000 - total);
    QCOMPARE(cap["capacity"].get<qint64>(), qint64(std::floor((1000 - total) / (1 + rate))));
    const json history = h->get(QStringLiteral("/api/monitoring/history?days=7")).data();
    QCOMPARE(int(history.size()), 7);
    QCOMPARE(history[6]["date"], stats["date"]);
    QVERIFY(history[6]["message_1"] == 3 && history[6]["errors"] == 1 && history[0]["message_1"] == 0);
    QVERIFY(history[0]["date"] < history[1]["date"]);
    QCOMPARE(int(h->get(QStringLiteral("/api/monitoring/history")).data().size()), 30);
    QCOMPARE(h->get(QStringLiteral("/api/monitoring/history?days=0")).status, 400);
    QCOMPARE(h->get(QStringLiteral("/api/monitoring/history?days=91")).status, 400);
}

void TestServerCampaigns::verification()
{
    auto h = newUser();
    const std::string yes = contact(*h, 7, {});
    const std::string no = contact(*h, 0, {});
    const std::string later = contact(*h, 3, {});
    json stats = h->get(QStringLiteral("/api/verify/stats")).data();
    QVERIFY(stats["total"] == 3 && stats["unchecked"] == 3 && stats["verified"] == 0);
    Reply r = h->post(QStringLiteral("/api/verify/") + q(yes), json::object());
    QVERIFY(r.status == 200 && r.data()["whatsapp_verified"] == true && r.data()["verified_at"].is_string() && r.data()["version"] == 2);
    r = h->post(QStringLiteral("/api/verify/bulk"), {{"contact_ids", {no}}});
    QVERIFY(r.data()["checked"] == 1 && r.data()["not_on_whatsapp"] == 1 && r.data()["verified"] == 0);
    QCOMPARE(h->post(QStringLiteral("/api/verify/bulk"), {{"contact_ids", {uuid().toStdString()}}}).status, 400);
    QCOMPARE(h->post(QStringLiteral("/api/verify/") + uuid(), json::object()).status, 404);
    r = h->post(QStringLiteral("/api/verify/bulk"), json::object());
    QVERIFY(r.data()["checked"] == 1 && r.data()["verified"] == 1);
    stats = h->get(QStringLiteral("/api/verify/stats")).data();
    QVERIFY(stats["total"] == 3 && stats["unchecked"] == 0 && stats["verified"] == 2 && stats["not_on_whatsapp"] == 1);
    QCOMPARE(h->get(QStringLiteral("/api/contacts/") + q(later)).data()["whatsapp_verified"], true);
}

void TestServerCampaigns::csvImport()
{
    Http &h = *m_feedUser;
    const std::string cat = category(h, "Import");
    const std::string existing = mobile(1);
    QCOMPARE(h.post(QStringLiteral("/api/contacts"), {{"full_number", existing}}).status, 201);
    const QByteArray semicolon = "\xEF\xBB\xBF" "Pr\xC3\xA9nom;Nom;T\xC3\xA9l\xC3\xA9phone\r\n"
                                 "Camille;Martin;06 70 11 22 31\r\n"
                                 "\"Jean; dit Jeannot\";Dupont;+33 6 70 11 22 32\r\n"
                                 "Bad;Line;12\r\n"
                                 "Again;Dup;06 70 11 22 31\r\n"
                                 "Old;One;" + QByteArray::fromStdString(existing) + "\r\n"
                                 "\r\n"
                                 "\"Open;Quote;0670112233\r\n"
                                 "Zo\xC3\xA9;Lef\xC3\xA8vre;0670112234\r\n";
    Reply r = h.request("POST", QStringLiteral("/api/contacts/import?category_id=") + q(cat), semicolon,
                        {{"Content-Type", "text/csv"}});
    QCOMPARE(r.status, 200);
    json d = r.data();
    QCOMPARE(d["imported"], 3);
    QCOMPARE(d["skipped"], 2);
    QCOMPARE(int(d["errors"].size()), 2);
    QVERIFY(d["errors"][0]["line"] == 4 && d["errors"][0]["reason"] == "invalid_number");
    QVERIFY(d["errors"][1]["line"] == 8 && d["errors"][1]["reason"] == "malformed");
    QCOMPARE(h.get(QStringLiteral("/api/categories/") + q(cat)).data()["contact_count"], 3);
    const json jean = h.get(QStringLiteral("/api/contacts?search=jeannot")).data();
    QVERIFY(jean.size() == 1 && jean[0]["first_name"] == "Jean; dit Jeannot" && jean[0]["full_number"] == "+33670112232");
    QCOMPARE(int(h.get(QStringLiteral("/api/contacts?search=lefevre&category_id=") + q(cat)).data().size()), 1);

    const QByteArray comma = "first_name,last_name,phone\nAmina,Diallo,+33670112241\nPaul,Henry,0670112242\n";
    d = h.request("POST", QStringLiteral("/api/contacts/import"), comma, {{"Content-Type", "text/csv"}}).data();
    QVERIFY(d["imported"] == 2 && d["skipped"] == 0 && d["errors"].empty());
    r = h.request("POST", QStringLiteral("/api/contacts/import"), "nom,prenom\nA,B\n", {{"Content-Type", "text/csv"}});
    QCOMPARE(r.status, 400);
    QCOMPARE(h.request("POST", QStringLiteral("/api/contacts/import?category_id=") + uuid(), comma, {{"Content-Type", "text/csv"}}).status, 400);
}

void TestServerCampaigns::messageTemplates()
{
    auto h = newUser();
    const QString base = QStringLiteral("/api/message-templates");
    // Create: the name is trimmed, a blank message 2 is none.
    Reply r = h->post(base, {{"name", "  Convocation match U13 "},
                             {"message_1", "Bonjour {{prenom}}, convocation samedi 13 h 30."},
                             {"message_2", "   "}});
    QCOMPARE(r.status, 201);
    const json created = r.data();
    QVERIFY(created["name"] == "Convocation match U13" && created["message_1"] == "Bonjour {{prenom}}, convocation samedi 13 h 30."
            && created["message_2"].is_null() && created["version"] == 1);
    QVERIFY(created["created_at"].is_string() && created["updated_at"].is_string()
            && !QUuid::fromString(str(created["id"])).isNull());
    QCOMPARE(r.header("etag"), ifMatch(1));
    const std::string id = created["id"];
    const QString path = base + QLatin1Char('/') + q(id);
    r = h->get(path);
    QVERIFY(r.status == 200 && r.data() == created);

    // Validation: 400 on the field.
    auto field = [](const Reply &reply) { return reply.doc()["error"]["details"]["field"].get<std::string>(); };
    r = h->post(base, {{"name", "Vide"}, {"message_1", "  \n "}});
    QCOMPARE(r.status, 400);
    QVERIFY(field(r) == "message_1" && r.doc()["error"]["details"]["reason"] == "required");
    QCOMPARE(field(h->post(base, {{"name", "Vide"}, {"message_1", ""}})), "message_1");
    QCOMPARE(field(h->post(base, {{"name", "Vide"}})), "message_1");
    QCOMPARE(field(h->post(base, {{"message_1", "x"}})), "name");
    QCOMPARE(field(h->post(base, {{"name", "   "}, {"message_1", "x"}})), "name");
    QCOMPARE(field(h->post(base, {{"name", std::string(101, 'n')}, {"message_1", "x"}})), "name");
    QCOMPARE(field(h->post(base, {{"name", "Long"}, {"message_1", std::string(4097, 'a')}})), "message_1");
    QCOMPARE(field(h->post(base, {{"name", "Long"}, {"message_1", "x"}, {"message_2", std::string(4097, 'a')}})), "message_2");
    QCOMPARE(field(h->post(base, {{"name", "Type"}, {"message_1", "x"}, {"message_2", 3}})), "message_2");
    QCOMPARE(field(h->post(base, {{"id", "pas-un-uuid"}, {"name", "Id"}, {"message_1", "x"}})), "id");
    QCOMPARE(h->post(base, {{"name", std::string(100, 'n')}, {"message_1", std::string(4096, 'a')},
                            {"message_2", std::string(4096, 'b')}}).status, 201);

    // Names are unique once case- and accent-folded: 409 naming the other.
    r = h->post(base, {{"name", "CONVOCATION MATCH u13"}, {"message_1", "x"}});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.code(), "CONFLICT");
    QVERIFY(r.doc()["error"]["details"]["field"] == "name" && r.doc()["error"]["details"]["reason"] == "duplicate"
            && r.doc()["error"]["details"]["existing_id"] == id);
    r = h->post(base, {{"name", "Rappel entraînement"}, {"message_1", "⚽ Entraînement mercredi 17 h 30."}});
    QCOMPARE(r.status, 201);
    const std::string rappel = r.data()["id"];
    r = h->post(base, {{"name", "rappel entrainement"}, {"message_1", "x"}});
    QVERIFY(r.status == 409 && r.doc()["error"]["details"]["existing_id"] == rappel);

    // A client id makes the create idempotent; the same id with another body is taken.
    const std::string given = uuid().toStdString();
    const json body = {{"id", given}, {"name", "Merci aux bénévoles"}, {"message_1", "Merci {{prenom}} {{nom}} !"},
                       {"message_2", nullptr}};
    r = h->post(base, body);
    QCOMPARE(r.status, 201);
    const json first = r.data();
    QCOMPARE(first["id"], given);
    r = h->post(base, body);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data(), first);
    r = h->post(base, {{"id", given}, {"name", "Autre nom"}, {"message_1", "x"}});
    QVERIFY(r.status == 409 && r.doc()["error"]["details"]["reason"] == "id_taken");
    // Nor may a template take the id of another kind of item.
    const std::string cat = category(*h, "Parents U13");
    r = h->post(base, {{"id", cat}, {"name", "Catégorie"}, {"message_1", "x"}});
    QVERIFY(r.status == 409 && r.doc()["error"]["details"]["reason"] == "id_taken");

    // The whole list, by folded name then id.
    r = h->post(base, {{"name", "Assemblée générale"}, {"message_1", "Bonjour {{prenom}}, l'AG a lieu vendredi."}});
    QCOMPARE(r.status, 201);
    const json list = h->get(base).data();
    QStringList names;
    for (const auto &t : list)
        names << str(t["name"]);
    QCOMPARE(names, (QStringList{QStringLiteral("Assemblée générale"), QStringLiteral("Convocation match U13"),
                                 QStringLiteral("Merci aux bénévoles"), QString(100, QLatin1Char('n')),
                                 QStringLiteral("Rappel entraînement")}));
    QCOMPARE(list[1], created);

    // PUT is partial, checks If-Match and keeps the name unique.
    r = h->put(path, {{"message_2", "Merci {{prenom}}, c'est noté !"}}, {{"If-Match", ifMatch(1)}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.data()["version"] == 2 && r.data()["name"] == "Convocation match U13"
            && r.data()["message_1"] == created["message_1"] && r.data()["message_2"] == "Merci {{prenom}}, c'est noté !");
    QCOMPARE(r.header("etag"), ifMatch(2));
    r = h->put(path, {{"name", "Autre"}}, {{"If-Match", ifMatch(1)}});
    QCOMPARE(r.status, 409);
    QVERIFY(r.doc()["error"]["details"]["reason"] == "version_mismatch" && r.doc()["error"]["details"]["current"]["version"] == 2);
    r = h->put(path, {{"name", "Rappel Entrainement"}});
    QVERIFY(r.status == 409 && r.doc()["error"]["details"]["reason"] == "duplicate"
            && r.doc()["error"]["details"]["existing_id"] == rappel);
    QCOMPARE(field(h->put(path, {{"message_1", "   "}})), "message_1");
    QCOMPARE(field(h->put(path, {{"name", ""}})), "name");
    QCOMPARE(h->get(path).data()["version"], 2);
    // Its own name in another case is no duplicate.
    r = h->put(path, {{"name", "Convocation Match U13"}, {"message_2", ""}});
    QVERIFY(r.status == 200 && r.data()["name"] == "Convocation Match U13" && r.data()["message_2"].is_null()
            && r.data()["version"] == 3);
    r = h->put(path, {{"message_2", "Relance"}});
    QVERIFY(r.status == 200 && r.data()["message_2"] == "Relance");
    r = h->put(path, {{"message_2", nullptr}});
    QVERIFY(r.status == 200 && r.data()["message_2"].is_null() && r.data()["version"] == 5);
    // Nothing new: no new version.
    r = h->put(path, {{"message_2", nullptr}, {"version", 5}});
    QVERIFY(r.status == 200 && r.data()["version"] == 5);

    // Another user sees none of them.
    auto other = newUser();
    QCOMPARE(other->get(path).status, 403);
    QCOMPARE(other->put(path, {{"name", "À moi"}}).status, 403);
    QCOMPARE(other->del(path).status, 403);
    QCOMPARE(int(other->get(base).data().size()), 0);
    // …and may use the same names.
    QCOMPARE(other->post(base, {{"name", "Convocation match U13"}, {"message_1", "x"}}).status, 201);

    // DELETE checks If-Match too.
    QCOMPARE(h->del(path, {{"If-Match", ifMatch(4)}}).status, 409);
    QCOMPARE(h->del(path, {{"If-Match", ifMatch(5)}}).status, 204);
    QCOMPARE(h->get(path).status, 404);
    QCOMPARE(h->del(path).status, 404);
    QCOMPARE(h->put(path, {{"name", "Revenu"}}).status, 404);
    QCOMPARE(int(h->get(base).data().size()), 4);
    QCOMPARE(h->get(base + QLatin1Char('/') + uuid()).status, 404);
    // The name is free again.
    QCOMPARE(h->post(base, {{"name", "convocation match u13"}, {"message_1", "x"}}).status, 201);
}

void TestServerCampaigns::messageTemplatesFeed()
{
    auto h = newUser();
    qint64 since = h->get(QStringLiteral("/api/sync/changes?since=0&limit=1000")).data()["last_seq"];
    QString id;
    // The template's changes after `since` (then moved past them).
    auto changesOf = [&] {
        const json page = h->get(QStringLiteral("/api/sync/changes?since=%1&limit=1000").arg(since)).data();
        since = page["last_seq"];
        json mine = json::array();
        for (const auto &c : page["changes"])
            if (str(c["id"]) == id)
                mine.push_back(c);
        return mine;
    };
    Reply r = h->post(QStringLiteral("/api/message-templates"),
                      {{"name", "Tournoi de Noël — inscriptions"},
                       {"message_1", "Bonjour {{prenom}} ! 🎄 Les inscriptions au tournoi de Noël sont ouvertes."},
                       {"message_2", "Merci {{prenom}}, inscription enregistrée !"}});
    QCOMPARE(r.status, 201);
    const json created = r.data();
    id = str(created["id"]);
    json mine = changesOf();
    QCOMPARE(int(mine.size()), 1);
    QVERIFY(mine[0]["type"] == "message_template" && mine[0]["op"] == "upsert" && mine[0]["version"] == 1);
    QCOMPARE(mine[0]["item"], created);
    // A change is one more upsert with the new item.
    r = h->put(QStringLiteral("/api/message-templates/") + id, {{"message_2", nullptr}});
    QCOMPARE(r.status, 200);
    mine = changesOf();
    QCOMPARE(int(mine.size()), 1);
    QVERIFY(mine[0]["type"] == "message_template" && mine[0]["op"] == "upsert" && mine[0]["version"] == 2
            && mine[0]["item"]["message_2"].is_null());
    QCOMPARE(mine[0]["item"], r.data());
    // The delete is a tombstone, without item.
    QCOMPARE(h->del(QStringLiteral("/api/message-templates/") + id).status, 204);
    mine = changesOf();
    QCOMPARE(int(mine.size()), 1);
    QVERIFY(mine[0]["type"] == "message_template" && mine[0]["op"] == "delete" && mine[0]["version"] == 3);
    QVERIFY(!mine[0].contains("item"));
    // From the start, only the tombstone is left of it.
    int seen = 0;
    for (const auto &change : allChanges(*h))
        if (str(change["id"]) == id) {
            ++seen;
            QCOMPARE(change["op"], "delete");
        }
    QCOMPARE(seen, 1);
}

void TestServerCampaigns::feedTypes()
{
    QHash<QString, int> types;
    const json changes = allChanges(*m_feedUser);
    for (const auto &c : changes)
        ++types[str(c["type"])];
    QVERIFY2(types.value(QStringLiteral("contact")) > 10, qPrintable(QString::number(types.value(QStringLiteral("contact")))));
    QVERIFY(types.value(QStringLiteral("contact_category")) >= 5);
    QVERIFY(types.value(QStringLiteral("campaign")) >= 4);
    QVERIFY(types.value(QStringLiteral("campaign_message")) >= 10);
    // Each item is what GET answers.
    for (const auto &c : changes) {
        if (c["op"] != "upsert" || c["type"] != "campaign")
            continue;
        const Reply r = m_feedUser->get(QStringLiteral("/api/campaigns/") + str(c["id"]));
        if (r.status == 200 && r.data()["version"] == c["version"])
            QCOMPARE(r.data(), c["item"]);
    }
}

QTEST_GUILESS_MAIN(TestServerCampaigns)
#include "tst_server_campaigns.moc"
