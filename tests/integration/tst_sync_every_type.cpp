// Every registered synced type, round-tripped against pitchside-server with
// two clients of the demo club (TypeRoundTrip): pull, create offline, edit,
// conflicts kept both ways, delete (media: on an image the web uploads). Rows are generated from the registry,
// so a type is covered the day it is registered.
#include "TypeRoundTrip.h"
#include "models/Clock.h"

#include <QTest>

using namespace pitchside;
using namespace pitchside::test;

class TstSyncEveryType : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestServer m_server;
    std::unique_ptr<RemoteUser> m_remote;
    std::unique_ptr<SyncClient> m_a;
    std::unique_ptr<SyncClient> m_b;

    // The demo club's conversation with a user (its sponsor), as listed.
    json sponsorConversation()
    {
        const HttpResult r =
            m_server.http().request("GET", QStringLiteral("/api/messages/conversations"), json(), m_remote->token());
        for (const json &c : r.data()) {
            if (c.value("participant_type", std::string()) == "user")
                return c;
        }
        return json::object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TestServer::Options options;
        options.seed = QStringLiteral("demo"); // an item of every type, profiles and events included
        // Nothing may change on the server but what the test does.
        options.extraArgs = {QStringLiteral("--publish-interval"), QStringLiteral("0")};
        QVERIFY(m_server.start(m_dir.filePath(QStringLiteral("server")), options));
        m_remote = std::make_unique<RemoteUser>(m_server, QStringLiteral("claire.martin@us-riviere.fr"),
                                                QStringLiteral("Riviere2026!"));
        QVERIFY(m_remote->login());
        for (const char *name : {"a", "b"}) {
            QDir().mkpath(m_dir.filePath(QString::fromLatin1(name)));
            auto client = std::make_unique<SyncClient>(m_server, m_dir.filePath(QString::fromLatin1(name)));
            QVERIFY(client->signIn(m_remote->email(), m_remote->password()));
            (name[0] == 'a' ? m_a : m_b) = std::move(client);
        }
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("type");
        for (const sync::EntitySpec *spec : sync::EntityRegistry::builtin().all())
            QTest::newRow(qPrintable(spec->type)) << spec->type;
    }

    void roundTrip()
    {
        QFETCH(QString, type);
        const sync::EntityRegistry &registry = sync::EntityRegistry::builtin();
        TypeRoundTrip roundTrip(*m_remote, *m_a, *m_b, registry);
        int uploads = 0;
        roundTrip.serverMakes(QStringLiteral("media"), [&] {
            ++uploads;
            return m_remote->uploadImage(QStringLiteral("essai-%1.png").arg(uploads), uploads);
        });
        roundTrip.serverMakes(QStringLiteral("social_account"),
                              [&] { return m_remote->connectSocialAccount(QStringLiteral("linkedin")); });
        // The inbox: a WhatsApp contact writes (a conversation), the server
        // tells something (a notification), and a message goes to the
        // sponsor the demo club talks with.
        roundTrip.serverMakes(QStringLiteral("conversation"), [&] {
            const HttpResult contact = m_server.http().request(
                "POST", QStringLiteral("/api/test/contacts"), {{"name", "Essai Contact"}, {"phone", "+33612345678"}},
                m_remote->token());
            const HttpResult reply = m_server.http().request(
                "POST", QStringLiteral("/api/test/messages/incoming"),
                {{"contact_id", contact.data().value("id", std::string())}, {"content", "Bonjour ⚽"}},
                m_remote->token());
            return QString::fromStdString(reply.data().value("conversation_id", std::string()));
        });
        roundTrip.serverMakes(QStringLiteral("notification"), [&] {
            const HttpResult n = m_server.http().request(
                "POST", QStringLiteral("/api/test/notifications"),
                {{"type", "document_ready"}, {"title", "Essai"}, {"message", "Le document est prêt."}},
                m_remote->token());
            return QString::fromStdString(n.data().value("id", std::string()));
        });
        roundTrip.use(QStringLiteral("notification"), QStringLiteral("is_read"), 1, [] { return 1; });
        // last_read_at: the server takes a time ahead of its clock as now; a past one stays as sent.
        roundTrip.use(QStringLiteral("conversation"), QStringLiteral("last_read_at"), 1,
                      [] { return (Clock::nowMs() / 1000 - 60) * 1000; });
        const json sponsor = sponsorConversation();
        roundTrip.use(QStringLiteral("message"), QStringLiteral("recipient_id"), 0,
                      [sponsor] { return QString::fromStdString(sponsor.value("participant_id", std::string())); });
        roundTrip.use(QStringLiteral("message"), QStringLiteral("conversation_id"), 0,
                      [sponsor] { return QString::fromStdString(sponsor.value("id", std::string())); });
        roundTrip.use(QStringLiteral("message"), QStringLiteral("campaign_id"), 0,
                      [] { return QVariant(QMetaType::fromType<QString>()); });
        // WhatsApp campaigns: numbers the server reads (E.164), colours it
        // takes (#RRGGBB), and a new campaign is a draft (its status is the
        // server's afterwards).
        roundTrip.use(QStringLiteral("contact"), QStringLiteral("full_number"), 0,
                      [] { return QStringLiteral("+33781234561"); });
        roundTrip.use(QStringLiteral("contact"), QStringLiteral("full_number"), 1,
                      [] { return QStringLiteral("+33781234562"); });
        roundTrip.use(QStringLiteral("contact_category"), QStringLiteral("color"), 0,
                      [] { return QStringLiteral("#1565C0"); });
        roundTrip.use(QStringLiteral("contact_category"), QStringLiteral("color"), 1,
                      [] { return QStringLiteral("#C62828"); });
        roundTrip.use(QStringLiteral("campaign"), QStringLiteral("status"), 0, [] { return QStringLiteral("draft"); });
        roundTrip.run(*registry.find(type));
    }
};

QTEST_GUILESS_MAIN(TstSyncEveryType)
#include "tst_sync_every_type.moc"
