// The inbox (API.md §6, the inbox wire contract): sending (idempotent by
// key and by client id, validation, unknown recipient, self), two users'
// own views of one conversation (unread counts, reading marks read, the
// read mark an offline client pushes with If-Match), notifications (read,
// read-all, delete and its tombstone, the server-made ones), search and
// pagination of conversations, the live events (message.new,
// notification.new, message.read; muted streams), WhatsApp contacts and
// their replies through the test routes, and the feed's move to one row
// per user and entity.
#include "server_harness.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrlQuery>
#include <QUuid>
#include <QtTest>

namespace {

const QString kPassword = QStringLiteral("Motdepasse2026");

QString uuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
QString str(const json &j) { return QString::fromStdString(j.get<std::string>()); }

struct User {
    std::unique_ptr<Http> http;
    std::string id;
    QString email;
};

// An open event stream and the events it has carried so far.
class EventStream
{
public:
    EventStream(const QString &baseUrl, const QString &token)
    {
        QNetworkRequest req(QUrl(baseUrl + QStringLiteral("/api/events/stream")));
        req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        req.setRawHeader("Accept", "text/event-stream");
        m_reply = m_nam.get(req);
        QObject::connect(m_reply, &QNetworkReply::readyRead, m_reply, [this] { m_received += m_reply->readAll(); });
    }
    ~EventStream()
    {
        m_reply->abort();
        delete m_reply;
    }
    QByteArray raw() const { return m_received; }
    void clear() { m_received.clear(); }
    // The data of every event of that name, in order.
    QList<json> events(const QByteArray &name) const
    {
        QList<json> out;
        const QList<QByteArray> blocks = QByteArray(m_received).replace("\r\n", "\n").split('\n');
        QByteArray event;
        for (const QByteArray &line : blocks) {
            if (line.startsWith("event: "))
                event = line.mid(7);
            else if (line.startsWith("data: ") && event == name)
                out << json::parse(line.mid(6).toStdString(), nullptr, false);
            else if (line.isEmpty())
                event.clear();
        }
        return out;
    }

private:
    QNetworkAccessManager m_nam;
    QNetworkReply *m_reply = nullptr;
    QByteArray m_received;
};

} // namespace

class TestServerMessages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sendIsIdempotent();
    void sameIdOtherBodyConflicts();
    void contentLimits();
    void recipientRules();
    void eachUserHasTheirView();
    void readingMarksRead();
    void aStaleReadMarkStillApplies();
    void notificationsReadAndDelete();
    void searchAndPagination();
    void liveEvents();
    void mutedStreams();
    void whatsappContactReplies();
    void publicationAndAccountNotifications();
    void feedMigratesToPerUserRows();

private:
    User newUser(const QString &name);
    json send(User &from, const User &to, const QString &content, const json &extra = json::object());
    // The user's feed changes of a type, by id (the latest of each).
    QHash<QString, json> feed(User &u, const char *type);
    json conversationWith(User &u, const std::string &otherId);

    std::unique_ptr<TestServer> m_server;
};

void TestServerMessages::initTestCase()
{
    m_server = std::make_unique<TestServer>(QStringList{QStringLiteral("--test-mode"), QStringLiteral("--rate-limit"),
                                                        QStringLiteral("100000"), QStringLiteral("--publish-interval"),
                                                        QStringLiteral("0")});
    QVERIFY(m_server->start());
}

User TestServerMessages::newUser(const QString &name)
{
    User u;
    u.http = std::make_unique<Http>(m_server->url());
    const json d = u.http->signUp(name, &u.email);
    u.id = d["user"]["id"].get<std::string>();
    return u;
}

json TestServerMessages::send(User &from, const User &to, const QString &content, const json &extra)
{
    json body = {{"recipient_id", to.id}, {"recipient_type", "user"}, {"content", content.toStdString()}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body[it.key()] = it.value();
    const Reply r = from.http->post(QStringLiteral("/api/messages/send"), body);
    if (r.status != 201)
        qWarning() << "send answered" << r.status << r.body;
    return r.data();
}

QHash<QString, json> TestServerMessages::feed(User &u, const char *type)
{
    QHash<QString, json> out;
    const json page = u.http->get(QStringLiteral("/api/sync/changes?since=0&limit=1000")).data();
    for (const auto &c : page["changes"])
        if (c["type"] == type)
            out.insert(str(c["id"]), c);
    return out;
}

json TestServerMessages::conversationWith(User &u, const std::string &otherId)
{
    for (const auto &c : u.http->get(QStringLiteral("/api/messages/conversations?limit=50")).data())
        if (c["participant_id"] == otherId)
            return c;
    return nullptr;
}

void TestServerMessages::sendIsIdempotent()
{
    User a = newUser(QStringLiteral("Alice Expéditrice"));
    User b = newUser(QStringLiteral("Bruno Destinataire"));
    const QString id = uuid();
    const json body = {{"id", id.toStdString()}, {"recipient_id", b.id}, {"recipient_type", "user"},
                       {"content", "Bonjour Bruno, le match est avancé à 14 h."}, {"subject", "Match de samedi"}};
    const QHash<QByteArray, QByteArray> key{{"Idempotency-Key", uuid().toLatin1()}};
    const Reply first = a.http->post(QStringLiteral("/api/messages/send"), body, key);
    QCOMPARE(first.status, 201);
    const json m = first.data();
    QVERIFY(m["id"] == id.toStdString());
    QVERIFY(m["sender_id"] == a.id);
    QVERIFY(m["sender_type"] == "user");
    QVERIFY(m["sender_name"] == "Alice Expéditrice");
    QVERIFY(m["recipient_id"] == b.id);
    QVERIFY(m["recipient_type"] == "user");
    QVERIFY(m["subject"] == "Match de samedi");
    QVERIFY(m["campaign_id"].is_null());
    QVERIFY(m["is_read"] == false);
    QVERIFY(m["read_at"].is_null());
    QVERIFY(m["version"] == 1);
    QVERIFY(m["conversation_id"].is_string());
    QCOMPARE(first.header("etag"), QByteArray("\"1\""));

    // The same key: the first answer again, nothing new.
    const Reply replay = a.http->post(QStringLiteral("/api/messages/send"), body, key);
    QCOMPARE(replay.status, 201);
    QCOMPARE(replay.header("idempotent-replayed"), QByteArray("true"));
    QVERIFY(replay.data() == m);
    // The same client id and body without a key: the message as it is.
    const Reply again = a.http->post(QStringLiteral("/api/messages/send"), body);
    QCOMPARE(again.status, 200);
    QVERIFY(again.data()["id"] == m["id"]);

    const json thread = a.http->get(QStringLiteral("/api/messages/") + str(m["conversation_id"])).data();
    QCOMPARE(thread.size(), size_t(1));
    QCOMPARE(int(feed(a, "message").size()), 1);
    QCOMPARE(int(feed(b, "message").size()), 1);
    QVERIFY(b.http->get(QStringLiteral("/api/notifications/unread/count")).data()["count"] == 1);
}

void TestServerMessages::sameIdOtherBodyConflicts()
{
    User a = newUser(QStringLiteral("Alice"));
    User b = newUser(QStringLiteral("Bruno"));
    const std::string id = uuid().toStdString();
    QVERIFY(send(a, b, QStringLiteral("Premier texte"), {{"id", id}})["id"] == id);
    const Reply r = a.http->post(QStringLiteral("/api/messages/send"),
                                 {{"id", id}, {"recipient_id", b.id}, {"recipient_type", "user"}, {"content", "Autre texte"}});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.code(), "CONFLICT");
    QVERIFY(r.doc()["error"]["details"]["reason"] == "id_taken");
    // Someone else cannot take the id either.
    const Reply other = b.http->post(QStringLiteral("/api/messages/send"),
                                     {{"id", id}, {"recipient_id", a.id}, {"recipient_type", "user"}, {"content", "Premier texte"}});
    QCOMPARE(other.status, 409);
    QVERIFY(a.http->get(QStringLiteral("/api/messages/conversations")).data()[0]["last_message"]["content"] == "Premier texte");
}

void TestServerMessages::contentLimits()
{
    User a = newUser(QStringLiteral("Alice"));
    User b = newUser(QStringLiteral("Bruno"));
    auto post = [&](const QString &content) {
        return a.http->post(QStringLiteral("/api/messages/send"),
                            {{"recipient_id", b.id}, {"recipient_type", "user"}, {"content", content.toStdString()}});
    };
    Reply r = post(QString(5001, QLatin1Char('a')));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.code(), "VALIDATION_ERROR");
    const json details = r.doc()["error"]["details"];
    QVERIFY(details["field"] == "content");
    QVERIFY(details["reason"] == "too_long");
    QVERIFY(details["errors"][0]["field"] == "content");
    QVERIFY(!details["errors"][0]["message"].get<std::string>().empty());

    r = post(QString());
    QCOMPARE(r.status, 400);
    QVERIFY(r.doc()["error"]["details"]["field"] == "content");
    QVERIFY(r.doc()["error"]["details"]["errors"][0]["field"] == "content");
    r = a.http->post(QStringLiteral("/api/messages/send"), {{"recipient_id", b.id}, {"recipient_type", "user"}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.doc()["error"]["details"]["field"] == "content");

    // 5000 code points, whatever their UTF-16 length.
    QString emoji;
    for (int i = 0; i < 5000; ++i)
        emoji += QString::fromUtf8("😀");
    QCOMPARE(post(emoji).status, 201);
    QCOMPARE(post(emoji + QLatin1Char('!')).status, 400);
    // Nothing refused was stored.
    QCOMPARE(int(feed(b, "message").size()), 1);

    r = a.http->post(QStringLiteral("/api/messages/send"), {{"recipient_id", b.id}, {"recipient_type", "user"},
                                                             {"content", "ok"}, {"subject", std::string(256, 's')}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.doc()["error"]["details"]["field"] == "subject");
}

void TestServerMessages::recipientRules()
{
    User a = newUser(QStringLiteral("Alice"));
    User b = newUser(QStringLiteral("Bruno"));
    Reply r = a.http->post(QStringLiteral("/api/messages/send"),
                           {{"recipient_id", uuid().toStdString()}, {"recipient_type", "user"}, {"content", "Allô ?"}},
                           {{"Accept-Language", "fr"}});
    QCOMPARE(r.status, 404);
    QCOMPARE(r.code(), "NOT_FOUND");
    QVERIFY(r.doc()["error"]["details"]["resource"] == "recipient");
    QVERIFY(QString::fromStdString(r.doc()["error"]["message"].get<std::string>()).contains(QLatin1String("Destinataire")));
    r = a.http->request("POST", QStringLiteral("/api/messages/send"),
                        QByteArray::fromStdString(json({{"recipient_id", uuid().toStdString()}, {"recipient_type", "user"},
                                                        {"content", "Hello?"}}).dump()),
                        {{"Accept-Language", "en"}});
    QVERIFY(QString::fromStdString(r.doc()["error"]["message"].get<std::string>()).contains(QLatin1String("Recipient not found")));

    r = a.http->post(QStringLiteral("/api/messages/send"), {{"recipient_id", a.id}, {"recipient_type", "user"}, {"content", "Moi"}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.code(), "BUSINESS_RULE");
    QCOMPARE(r.rule(), "cannot_message_self");

    r = a.http->post(QStringLiteral("/api/messages/send"), {{"recipient_id", b.id}, {"recipient_type", "merchant"}, {"content", "x"}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.doc()["error"]["details"]["field"] == "recipient_type");
    r = a.http->post(QStringLiteral("/api/messages/send"), {{"recipient_id", "pas-un-uuid"}, {"recipient_type", "user"}, {"content", "x"}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.doc()["error"]["details"]["field"] == "recipient_id");

    // Another user's contact is nobody to this one.
    const std::string contact = b.http->post(QStringLiteral("/api/test/contacts"), {{"name", "Karim B."}, {"phone", "+33 6 45 12 78 90"}})
                                    .data()["id"];
    r = a.http->post(QStringLiteral("/api/messages/send"), {{"recipient_id", contact}, {"recipient_type", "contact"}, {"content", "x"}});
    QCOMPARE(r.status, 404);
    QCOMPARE(int(feed(a, "message").size()), 0);
}

void TestServerMessages::eachUserHasTheirView()
{
    User a = newUser(QStringLiteral("Alice Martin"));
    User b = newUser(QStringLiteral("Bruno"));
    // Bruno speaks as his sponsor profile.
    QCOMPARE(b.http->put(QStringLiteral("/api/users/me/profiles"),
                         {{"profiles", {{{"type", "sponsor"}, {"name", "Boulangerie Bruno"}}}}}).status, 200);
    const json m1 = send(a, b, QStringLiteral("Bonjour, êtes-vous partant pour sponsoriser nos U13 ?"), {{"subject", "Sponsoring U13"}});
    const json m2 = send(b, a, QStringLiteral("Oui, parlons-en !"));
    QVERIFY(m1["conversation_id"] == m2["conversation_id"]); // one conversation per pair
    send(a, b, QStringLiteral("Super, je vous appelle demain."));

    const json forA = conversationWith(a, b.id);
    const json forB = conversationWith(b, a.id);
    QVERIFY(forA.is_object() && forB.is_object());
    QVERIFY(forA["id"] == forB["id"]);
    QVERIFY(forA["kind"] == "sponsor");
    QVERIFY(forA["participant_type"] == "user");
    QVERIFY(forA["participant_name"] == "Boulangerie Bruno");
    QVERIFY(forB["kind"] == "direct");
    QVERIFY(forB["participant_name"] == "Alice Martin");
    QVERIFY(forA["subject"] == "Sponsoring U13" && forB["subject"] == "Sponsoring U13");
    QVERIFY(forA["unread_count"] == 1);   // Bruno's answer
    QVERIFY(forB["unread_count"] == 2);   // Alice's two messages
    QVERIFY(forA["last_message"]["content"] == "Super, je vous appelle demain.");
    QVERIFY(forA["last_message"]["sender_id"] == a.id);
    QVERIFY(forA["last_message_at"] == forA["last_message"]["created_at"]);
    QVERIFY(forA["last_read_at"].is_null() && forB["last_read_at"].is_null());
    for (const char *k : {"sponsor_request_id", "campaign_id"})
        QVERIFY(forA[k].is_null());
    QVERIFY(forA["created_at"].is_string() && forA["updated_at"].is_string());

    // Each feed has the conversation in its own user's view, and both messages.
    const QHash<QString, json> feedA = feed(a, "conversation");
    const QHash<QString, json> feedB = feed(b, "conversation");
    const QString cid = str(forA["id"]);
    QVERIFY(feedA.contains(cid) && feedB.contains(cid));
    QVERIFY(feedA[cid]["item"] == forA);
    QVERIFY(feedB[cid]["item"] == forB);
    QVERIFY(feedA[cid]["version"] == forA["version"]);
    QCOMPARE(int(feed(a, "message").size()), 3);
    QCOMPARE(int(feed(b, "message").size()), 3);

    // The last message preview is the first 200 characters.
    const QString longText = QString(300, QLatin1Char('x'));
    send(b, a, longText);
    QVERIFY(conversationWith(a, b.id)["last_message"]["content"].get<std::string>().size() == 200);

    // A third user sees none of it.
    User c = newUser(QStringLiteral("Chloé"));
    QCOMPARE(c.http->get(QStringLiteral("/api/messages/") + cid).status, 404);
    QCOMPARE(c.http->patch(QStringLiteral("/api/messages/conversations/") + cid, {{"last_read_at", "2026-01-01T00:00:00Z"}}).status, 404);
    QVERIFY(c.http->get(QStringLiteral("/api/messages/conversations")).data().empty());
}

void TestServerMessages::readingMarksRead()
{
    User a = newUser(QStringLiteral("Alice"));
    User b = newUser(QStringLiteral("Bruno"));
    const json m = send(a, b, QStringLiteral("Tu as vu le planning ?"));
    const QString cid = str(m["conversation_id"]);
    json forB = conversationWith(b, a.id);
    QVERIFY(forB["unread_count"] == 1);
    const qint64 versionBefore = forB["version"];
    const json aConversationBefore = conversationWith(a, b.id);

    const json thread = b.http->get(QStringLiteral("/api/messages/") + cid).data();
    QCOMPARE(thread.size(), size_t(1));
    QVERIFY(thread[0]["is_read"] == true);
    QVERIFY(thread[0]["read_at"].is_string());
    QVERIFY(thread[0]["version"] == 2);

    forB = conversationWith(b, a.id);
    QVERIFY(forB["unread_count"] == 0);
    QVERIFY(forB["last_read_at"].is_string());
    QCOMPARE(forB["version"].get<qint64>(), versionBefore + 1);
    // Alice's feed says her message was read; her view did not change.
    const json inA = feed(a, "message").value(str(m["id"]));
    QVERIFY(inA["item"]["is_read"] == true);
    QVERIFY(inA["version"] == 2);
    QVERIFY(conversationWith(a, b.id) == aConversationBefore);

    // Reading a read thread again changes nothing.
    const qint64 seq = b.http->get(QStringLiteral("/api/sync/changes?since=0")).data()["last_seq"];
    QCOMPARE(b.http->get(QStringLiteral("/api/messages/") + cid).status, 200);
    QCOMPARE(b.http->get(QStringLiteral("/api/sync/changes?since=0")).data()["last_seq"].get<qint64>(), seq);
    // Alice reading does not mark her own message read for Bruno's sake.
    a.http->get(QStringLiteral("/api/messages/") + cid);
    QVERIFY(conversationWith(a, b.id)["unread_count"] == 0);
}

void TestServerMessages::aStaleReadMarkStillApplies()
{
    User a = newUser(QStringLiteral("Alice"));
    User b = newUser(QStringLiteral("Bruno"));
    const json m1 = send(a, b, QStringLiteral("Un"));
    pump(20);
    const QString between = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    pump(20);
    send(a, b, QStringLiteral("Deux"));
    const QString cid = str(m1["conversation_id"]);
    const json view = conversationWith(b, a.id);
    const qint64 version = view["version"];

    // A read mark pushed against an old version of the view (written
    // offline before "Deux" came) is no conflict: it only moves forward.
    // Up to the time between the two: the first is read, the second not.
    Reply r = b.http->patch(QStringLiteral("/api/messages/conversations/") + cid,
                            {{"last_read_at", between.toStdString()}}, {{"If-Match", ifMatch(version - 1)}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.data()["unread_count"] == 1);
    QCOMPARE(r.data()["version"].get<qint64>(), version + 1);
    QCOMPARE(r.header("etag"), ifMatch(version + 1));
    const QHash<QString, json> messages = feed(a, "message");
    QVERIFY(messages.value(str(m1["id"]))["item"]["is_read"] == true);
    // Never backwards: an older mark changes nothing (same version).
    r = b.http->patch(QStringLiteral("/api/messages/conversations/") + cid, {{"last_read_at", "2020-01-01T00:00:00Z"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data()["version"].get<qint64>(), version + 1);
    QVERIFY(r.data()["last_read_at"].get<std::string>() > std::string("2020-01-02"));
    // A time ahead of the server's clock counts as now: both read.
    r = b.http->patch(QStringLiteral("/api/messages/conversations/") + cid,
                      {{"last_read_at", QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate).toStdString()}});
    QVERIFY(r.data()["unread_count"] == 0);
    QVERIFY(r.data()["last_read_at"].get<std::string>() < QDateTime::currentDateTimeUtc().addSecs(60).toString(Qt::ISODate).toStdString());

    r = b.http->patch(QStringLiteral("/api/messages/conversations/") + cid, json::object());
    QCOMPARE(r.status, 400);
    QVERIFY(r.doc()["error"]["details"]["field"] == "last_read_at");
    r = b.http->patch(QStringLiteral("/api/messages/conversations/") + cid, {{"last_read_at", "hier"}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.doc()["error"]["details"]["reason"] == "format");
    QCOMPARE(b.http->patch(QStringLiteral("/api/messages/conversations/") + uuid(), {{"last_read_at", "2026-01-01T00:00:00Z"}}).status, 404);
}

void TestServerMessages::notificationsReadAndDelete()
{
    User a = newUser(QStringLiteral("Alice"));
    User b = newUser(QStringLiteral("Bruno"));
    const json m = send(a, b, QStringLiteral("Rendez-vous au stade à 9 h pour le tournoi."));
    json list = b.http->get(QStringLiteral("/api/notifications")).doc();
    QCOMPARE(list["data"].size(), size_t(1));
    const json n = list["data"][0];
    QVERIFY(n["type"] == "message");
    QVERIFY(n["title"] == "Nouveau message de Alice");
    QVERIFY(n["message"] == "Rendez-vous au stade à 9 h pour le tournoi.");
    QVERIFY(n["subject_type"] == "conversation");
    QVERIFY(n["subject_id"] == m["conversation_id"]);
    QVERIFY(n["link"] == "/messages/" + m["conversation_id"].get<std::string>());
    QVERIFY(n["is_read"] == false && n["read_at"].is_null() && n["version"] == 1);
    QVERIFY(list["pagination"]["total"] == 1);
    QVERIFY(list["meta"]["unread_count"] == 1);
    QVERIFY(a.http->get(QStringLiteral("/api/notifications")).data().empty()); // the sender has none

    // Read, and read again (idempotent).
    const QString id = str(n["id"]);
    Reply r = b.http->post(QStringLiteral("/api/notifications/") + id + QStringLiteral("/read"), nullptr);
    QCOMPARE(r.status, 200);
    QVERIFY(r.data()["is_read"] == true && r.data()["read_at"].is_string() && r.data()["version"] == 2);
    r = b.http->post(QStringLiteral("/api/notifications/") + id + QStringLiteral("/read"), nullptr);
    QVERIFY(r.data()["version"] == 2);
    QVERIFY(feed(b, "notification").value(id)["item"]["is_read"] == true);
    QCOMPARE(a.http->post(QStringLiteral("/api/notifications/") + id + QStringLiteral("/read"), nullptr).status, 404);

    // Two more (test route), then read-all.
    for (const char *title : {"Document prêt", "Campagne terminée"}) {
        r = b.http->post(QStringLiteral("/api/test/notifications"),
                         {{"type", "document_ready"}, {"title", title}, {"message", "Voir le détail."},
                          {"subject_type", "document"}, {"subject_id", uuid().toStdString()}});
        QCOMPARE(r.status, 201);
    }
    QVERIFY(b.http->get(QStringLiteral("/api/notifications/unread/count")).data()["count"] == 2);
    r = b.http->post(QStringLiteral("/api/notifications/read-all"), nullptr);
    QCOMPARE(r.status, 200);
    QVERIFY(r.data()["count"] == 2);
    QVERIFY(b.http->get(QStringLiteral("/api/notifications/unread/count")).data()["count"] == 0);
    for (const auto &c : feed(b, "notification"))
        QVERIFY(c["item"]["is_read"] == true);
    list = b.http->get(QStringLiteral("/api/notifications?limit=2")).doc();
    QCOMPARE(list["data"].size(), size_t(2));
    QVERIFY(list["data"][0]["created_at"] >= list["data"][1]["created_at"]); // newest first
    QVERIFY(list["pagination"]["has_next"] == true);
    QCOMPARE(b.http->get(QStringLiteral("/api/notifications?limit=51")).status, 400);

    // Delete: even over a stale version (read elsewhere meanwhile), then a
    // tombstone in the feed; someone else's is not found.
    QCOMPARE(a.http->del(QStringLiteral("/api/notifications/") + id).status, 404);
    r = b.http->del(QStringLiteral("/api/notifications/") + id, {{"If-Match", ifMatch(1)}});
    QCOMPARE(r.status, 204);
    const json tomb = feed(b, "notification").value(id);
    QVERIFY(tomb["op"] == "delete");
    QVERIFY(tomb["version"] == 3);
    QVERIFY(!tomb.contains("item"));
    QVERIFY(b.http->get(QStringLiteral("/api/notifications")).doc()["pagination"]["total"] == 2);
    QCOMPARE(b.http->del(QStringLiteral("/api/notifications/") + id).status, 404);

    r = b.http->post(QStringLiteral("/api/test/notifications"), {{"type", "weather"}, {"title", "x"}, {"message", "y"}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.doc()["error"]["details"]["field"] == "type");
    QCOMPARE(Http(m_server->url()).post(QStringLiteral("/api/test/notifications"),
                                        {{"type", "message"}, {"title", "x"}, {"message", "y"}}).status, 401);
}

void TestServerMessages::searchAndPagination()
{
    User a = newUser(QStringLiteral("Alice"));
    User b = newUser(QStringLiteral("Bernadette Écuyer"));
    User c = newUser(QStringLiteral("Charles"));
    User d = newUser(QStringLiteral("Denis"));
    send(a, b, QStringLiteral("Bonjour"));
    pump(10);
    send(a, c, QStringLiteral("Salut"), {{"subject", "Tournoi de Pâques"}});
    pump(10);
    send(d, a, QStringLiteral("Coucou"));

    json all = a.http->get(QStringLiteral("/api/messages/conversations")).doc();
    QCOMPARE(all["data"].size(), size_t(3));
    QVERIFY(all["data"][0]["participant_id"] == d.id); // newest message first
    QVERIFY(all["data"][2]["participant_id"] == b.id);
    QVERIFY(all["pagination"]["total"] == 3);

    json found = a.http->get(QStringLiteral("/api/messages/conversations?search=ecuyer")).data();
    QCOMPARE(found.size(), size_t(1));
    QVERIFY(found[0]["participant_id"] == b.id);
    found = a.http->get(QStringLiteral("/api/messages/conversations?search=") + QUrl::toPercentEncoding(QStringLiteral("PAQUES"))).data();
    QCOMPARE(found.size(), size_t(1));
    QVERIFY(found[0]["participant_id"] == c.id);
    QVERIFY(a.http->get(QStringLiteral("/api/messages/conversations?search=%25")).data().empty()); // % is a plain character

    const json page = a.http->get(QStringLiteral("/api/messages/conversations?limit=2&page=2")).doc();
    QCOMPARE(page["data"].size(), size_t(1));
    QVERIFY(page["data"][0]["participant_id"] == b.id);
    QVERIFY(page["pagination"] == json({{"page", 2}, {"limit", 2}, {"total", 3}, {"total_pages", 2}, {"has_next", false}, {"has_prev", true}}));
    QCOMPARE(a.http->get(QStringLiteral("/api/messages/conversations?limit=0")).status, 400);
    QCOMPARE(a.http->get(QStringLiteral("/api/messages/conversations?page=x")).status, 400);
}

void TestServerMessages::liveEvents()
{
    User a = newUser(QStringLiteral("Alice"));
    User b = newUser(QStringLiteral("Bruno"));
    // Alice on two computers: the one that sends, and another.
    Http aElsewhere(m_server->url());
    QVERIFY(aElsewhere.signIn(a.email, kPassword).contains("access_token"));
    EventStream toB(m_server->url(), b.http->token());
    EventStream toSender(m_server->url(), a.http->token());
    EventStream toOther(m_server->url(), aElsewhere.token());
    QTRY_VERIFY_WITH_TIMEOUT(toB.raw().contains("event: change") && toSender.raw().contains("event: change")
                                 && toOther.raw().contains("event: change"),
                             5000);

    const json m = send(a, b, QStringLiteral("Tu viens à l'entraînement ?"));
    QTRY_VERIFY_WITH_TIMEOUT(toB.events("message.new").size() == 1 && toB.events("notification.new").size() == 1, 5000);
    const qint64 bSeq = b.http->get(QStringLiteral("/api/sync/changes?since=0")).data()["last_seq"];
    const json hint = toB.events("message.new")[0];
    QVERIFY(hint["conversation_id"] == m["conversation_id"]);
    QVERIFY(hint["message_id"] == m["id"]);
    QCOMPARE(hint["last_seq"].get<qint64>(), bSeq);
    const json note = toB.events("notification.new")[0];
    QVERIFY(note["last_seq"] == bSeq);
    QVERIFY(b.http->get(QStringLiteral("/api/notifications")).data()[0]["id"] == note["id"]);
    // The sender's other session hears of it; the sending one has its answer.
    QTRY_VERIFY_WITH_TIMEOUT(toOther.events("message.new").size() == 1, 5000);
    QVERIFY(toOther.events("message.new")[0]["message_id"] == m["id"]);
    QVERIFY(toOther.events("notification.new").isEmpty());
    pump(300);
    QVERIFY(toSender.events("message.new").isEmpty());
    QVERIFY(!toSender.events("change").isEmpty());

    // Bruno reads: Alice hears message.read.
    b.http->get(QStringLiteral("/api/messages/") + str(m["conversation_id"]));
    QTRY_VERIFY_WITH_TIMEOUT(toSender.events("message.read").size() == 1, 5000);
    QVERIFY(toSender.events("message.read")[0]["conversation_id"] == m["conversation_id"]);
    QVERIFY(toSender.events("message.read")[0]["last_seq"] == a.http->get(QStringLiteral("/api/sync/changes?since=0")).data()["last_seq"]);
}

void TestServerMessages::mutedStreams()
{
    User a = newUser(QStringLiteral("Alice"));
    User b = newUser(QStringLiteral("Bruno"));
    Http test(m_server->url());
    Reply r = test.post(QStringLiteral("/api/test/events/mute"), {{"muted", true}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.data()["muted"] == true);
    QVERIFY(test.get(QStringLiteral("/api/test/faults")).data()["events_muted"] == true);

    EventStream toB(m_server->url(), b.http->token());
    QTRY_VERIFY_WITH_TIMEOUT(toB.raw().contains("retry: 3000"), 5000);
    send(a, b, QStringLiteral("Silence radio"));
    pump(800);
    QVERIFY(toB.events("change").isEmpty());
    QVERIFY(toB.events("message.new").isEmpty());
    QVERIFY(toB.events("notification.new").isEmpty());
    QCOMPARE(test.get(QStringLiteral("/api/test/streams")).data()["open"].get<int>() >= 1, true);
    // The feed has it all the same (what a polling client finds).
    QCOMPARE(int(feed(b, "message").size()), 1);

    QVERIFY(test.post(QStringLiteral("/api/test/events/mute"), {{"muted", false}}).data()["muted"] == false);
    send(a, b, QStringLiteral("De retour"));
    QTRY_VERIFY_WITH_TIMEOUT(toB.events("message.new").size() == 1 && !toB.events("change").isEmpty(), 5000);
    // reset-faults unmutes too.
    test.post(QStringLiteral("/api/test/events/mute"), {{"muted", true}});
    test.post(QStringLiteral("/api/test/reset-faults"), nullptr);
    QVERIFY(test.get(QStringLiteral("/api/test/faults")).data()["events_muted"] == false);
    QCOMPARE(test.post(QStringLiteral("/api/test/events/mute"), json::object()).status, 400);
}

void TestServerMessages::whatsappContactReplies()
{
    User a = newUser(QStringLiteral("Claire"));
    Reply r = a.http->post(QStringLiteral("/api/test/contacts"), {{"name", "Karim B."}, {"phone", "+33 6 45 12 78 90"}});
    QCOMPARE(r.status, 201);
    const std::string contact = r.data()["id"];
    QCOMPARE(a.http->post(QStringLiteral("/api/test/contacts"), {{"name", "Karim"}, {"phone", "appelle-moi"}}).status, 400);
    QCOMPARE(Http(m_server->url()).post(QStringLiteral("/api/test/contacts"), {{"name", "Karim"}, {"phone", "+33612345678"}}).status, 401);

    // The club writes to the contact (as sent on WhatsApp): stays unread.
    r = a.http->post(QStringLiteral("/api/messages/send"),
                     {{"recipient_id", contact}, {"recipient_type", "contact"}, {"content", "Le loto a lieu samedi à 20 h !"}});
    QCOMPARE(r.status, 201);
    const json sent = r.data();
    QVERIFY(sent["recipient_type"] == "contact" && sent["is_read"] == false);
    const std::string cid = sent["conversation_id"];
    json view = conversationWith(a, contact);
    QVERIFY(view["kind"] == "whatsapp");
    QVERIFY(view["participant_type"] == "contact");
    QVERIFY(view["participant_name"] == "Karim B.");
    QVERIFY(view["unread_count"] == 0);
    QVERIFY(a.http->get(QStringLiteral("/api/notifications")).data().empty());

    // Karim answers, in the conversation…
    r = a.http->post(QStringLiteral("/api/test/messages/incoming"), {{"conversation_id", cid}, {"content", "Je viendrai avec ma famille !"}});
    QCOMPARE(r.status, 201);
    const json reply = r.data();
    QVERIFY(reply["sender_type"] == "contact" && reply["sender_id"] == contact && reply["sender_name"] == "Karim B.");
    QVERIFY(reply["recipient_id"] == a.id && reply["conversation_id"] == cid);
    // …or by his contact id, in the same one.
    r = a.http->post(QStringLiteral("/api/test/messages/incoming"), {{"contact_id", contact}, {"content", "On peut réserver 6 cartons ?"}});
    QCOMPARE(r.status, 201);
    QVERIFY(r.data()["conversation_id"] == cid);
    view = conversationWith(a, contact);
    QVERIFY(view["unread_count"] == 2);
    QVERIFY(view["last_message"]["content"] == "On peut réserver 6 cartons ?");
    const json notes = a.http->get(QStringLiteral("/api/notifications")).data();
    QCOMPARE(notes.size(), size_t(2));
    QVERIFY(notes[0]["type"] == "message" && notes[0]["title"] == "Nouveau message de Karim B.");
    QVERIFY(notes[0]["subject_id"] == cid);
    const json thread = a.http->get(QStringLiteral("/api/messages/") + QString::fromStdString(cid)).data();
    QCOMPARE(thread.size(), size_t(3));
    QVERIFY(thread[0]["is_read"] == false); // what went to WhatsApp
    QVERIFY(thread[1]["is_read"] == true && thread[2]["is_read"] == true);

    // Wrong uses of the test route.
    User b = newUser(QStringLiteral("Bruno"));
    const std::string withUser = send(a, b, QStringLiteral("Bonjour"))["conversation_id"];
    r = a.http->post(QStringLiteral("/api/test/messages/incoming"), {{"conversation_id", withUser}, {"content", "x"}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.rule(), "not_a_contact_conversation");
    QCOMPARE(b.http->post(QStringLiteral("/api/test/messages/incoming"), {{"contact_id", contact}, {"content", "x"}}).status, 404);
    QCOMPARE(b.http->post(QStringLiteral("/api/test/messages/incoming"), {{"conversation_id", cid}, {"content", "x"}}).status, 404);
    r = a.http->post(QStringLiteral("/api/test/messages/incoming"), {{"content", "x"}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.doc()["error"]["details"]["field"] == "contact_id");
    QCOMPARE(a.http->post(QStringLiteral("/api/test/messages/incoming"), {{"contact_id", contact}, {"content", ""}}).status, 400);
}

void TestServerMessages::publicationAndAccountNotifications()
{
    User a = newUser(QStringLiteral("Alice"));
    // Publishing on a network with no connected account fails: the
    // notification says so, about the post.
    const json post = a.http->post(QStringLiteral("/api/content/posts"),
                                   {{"platforms", {"facebook"}}, {"content", "Victoire 3-1 des U17 !"}, {"status", "draft"}}).data();
    Reply r = a.http->post(QStringLiteral("/api/social/facebook/publish"), {{"post_id", post["id"]}});
    QVERIFY2(r.status == 200 || r.status == 201, r.body.constData());
    json notes = a.http->get(QStringLiteral("/api/notifications")).data();
    QCOMPARE(notes.size(), size_t(1));
    QVERIFY(notes[0]["type"] == "publication_failed");
    QVERIFY(notes[0]["subject_type"] == "post" && notes[0]["subject_id"] == post["id"]);
    QVERIFY(QString::fromStdString(notes[0]["message"]).contains(QLatin1String("Facebook")));

    // Connect Facebook (the server plays the provider), publish: success.
    r = a.http->post(QStringLiteral("/api/social/facebook/connect"),
                     {{"return_to", "http://127.0.0.1:9/callback"}, {"state", "etat-de-test-123"},
                      {"code_challenge", std::string(43, 'c')}, {"code_challenge_method", "S256"}});
    QCOMPARE(r.status, 200);
    QUrl next(QString::fromStdString(r.data()["authorization_url"]));
    QString accountId;
    for (int hop = 0; hop < 3 && accountId.isEmpty(); ++hop) {
        const Reply page = a.http->get(next.path() + QLatin1Char('?') + next.query(QUrl::FullyEncoded));
        QCOMPARE(page.status, 302);
        next = QUrl(QString::fromLatin1(page.header("location")));
        accountId = QUrlQuery(next).queryItemValue(QStringLiteral("account_id"));
    }
    QVERIFY(!accountId.isEmpty());
    const json post2 = a.http->post(QStringLiteral("/api/content/posts"),
                                    {{"platforms", {"facebook"}}, {"content", "Loto samedi soir"}, {"status", "draft"}}).data();
    QCOMPARE(a.http->post(QStringLiteral("/api/social/facebook/publish"), {{"post_id", post2["id"]}}).status, 201);
    notes = a.http->get(QStringLiteral("/api/notifications")).data();
    QVERIFY(notes[0]["type"] == "publication_succeeded" && notes[0]["subject_id"] == post2["id"]);

    // The provider revokes the token: one notification, not one per refusal.
    QCOMPARE(Http(m_server->url()).post(QStringLiteral("/api/test/social/accounts/") + accountId + QStringLiteral("/revoke"), nullptr).status, 200);
    QCOMPARE(Http(m_server->url()).post(QStringLiteral("/api/test/social/accounts/") + accountId + QStringLiteral("/revoke"), nullptr).status, 200);
    notes = a.http->get(QStringLiteral("/api/notifications")).data();
    QCOMPARE(notes.size(), size_t(3));
    QVERIFY(notes[0]["type"] == "account_reconnect");
    QVERIFY(notes[0]["subject_type"] == "social_account" && notes[0]["subject_id"] == accountId.toStdString());
    QVERIFY(feed(a, "notification").size() == 3);
}

void TestServerMessages::feedMigratesToPerUserRows()
{
    // A data dir from before: the feed table with entity_id alone UNIQUE,
    // its sequence ahead of its rows (an entity's older rows replaced).
    QTemporaryDir dir;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(dir.path() + QStringLiteral("/pitchside-server.sqlite"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE changes(seq INTEGER PRIMARY KEY AUTOINCREMENT, user_id TEXT NOT NULL,"
                                      " type TEXT NOT NULL, entity_id TEXT NOT NULL UNIQUE, op TEXT NOT NULL,"
                                      " version INTEGER NOT NULL, created_at TEXT NOT NULL, item TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO changes VALUES(7, 'u1', 'post', 'e1', 'upsert', 3, '2026-01-01T00:00:00.000Z', '{}')")));
        QVERIFY(q.exec(QStringLiteral("UPDATE sqlite_sequence SET seq = 40 WHERE name = 'changes'")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    TestServer server({QStringLiteral("--test-mode")}, dir.path());
    QVERIFY(server.start());
    Http http(server.url());
    http.signUp();
    QCOMPARE(http.post(QStringLiteral("/api/test/notifications"), {{"type", "message"}, {"title", "t"}, {"message", "m"}}).status, 201);
    // New changes continue after the old sequence, never reusing a seq.
    const json changes = http.get(QStringLiteral("/api/sync/changes?since=0")).data();
    QVERIFY(changes["last_seq"].get<qint64>() > 40);
    server.stop();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("new"));
        db.setDatabaseName(server.databasePath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'changes'")) && q.next());
        QVERIFY(q.value(0).toString().contains(QLatin1String("UNIQUE(user_id, entity_id)")));
        QVERIFY(q.exec(QStringLiteral("SELECT version FROM changes WHERE seq = 7 AND entity_id = 'e1'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("new"));
}

QTEST_GUILESS_MAIN(TestServerMessages)
#include "tst_server_messages.moc"
