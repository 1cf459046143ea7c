// WhatsApp campaigns against pitchside-server (issue 15), paced 1000 times
// faster than the seed: a campaign sent offline goes once even when the
// answer to its send is lost; stop then send resumes without sending twice;
// retry sends the failed ones again; a reply brings message 2 and an inbox
// conversation; a command the server refuses is parked with its reason; the
// WhatsApp check of a number comes back on the contact.
#include "SyncFixture.h"
#include "models/store/CampaignRepository.h"
#include "models/store/ContactRepository.h"
#include "models/store/InboxRepository.h"
#include "models/store/ParkedChanges.h"

#include <QTest>

using namespace pitchside;
using namespace pitchside::test;
using store::CampaignRepository;

class TstSyncCampaigns : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestServer m_server;
    std::unique_ptr<RemoteUser> m_club; // the club, on the web
    std::unique_ptr<SyncClient> m_app;  // the club's Pitchside

    QString tag() const { return QString::fromLatin1(QTest::currentTestFunction()); }

    // A fresh server whose sender waits `scale` times less than the seed's.
    void start(int scale = 1000)
    {
        TestServer::Options options;
        options.extraArgs = {QStringLiteral("--campaign-time-scale"), QString::number(scale)};
        QVERIFY(m_server.start(m_dir.filePath(tag() + QStringLiteral("-server")), options));
        m_club = std::make_unique<RemoteUser>(m_server, tag() + QStringLiteral("@club.test"));
        QVERIFY(m_club->registerUser(QStringLiteral("US Rivière")));
        m_app = signedInClient(m_server, m_dir, tag(), *m_club);
        QVERIFY(m_app);
    }

    store::ContactRepository contacts() { return m_app->store().contacts(); }
    store::CampaignRepository campaigns() { return m_app->store().campaigns(); }

    // A category with `numbers` in it, written in the app; its id.
    QString categoryWith(const QString &name, const QStringList &numbers)
    {
        ContactCategory category;
        category.name = name;
        category.color = QStringLiteral("#2E7D32");
        if (const store::StoreError e = contacts().createCategory(category)) {
            qWarning() << "category:" << e.detail;
            return {};
        }
        int n = 0;
        for (const QString &number : numbers) {
            Contact c;
            c.firstName = QStringLiteral("Camille%1").arg(++n);
            c.lastName = QStringLiteral("Martin");
            c.fullNumber = number;
            c.categoryIds = {category.id};
            if (const store::StoreError e = contacts().create(c)) {
                qWarning() << "contact:" << e.detail;
                return {};
            }
        }
        return category.id;
    }

    QString campaignFor(const QString &categoryId, const QString &followUp = {})
    {
        Campaign c;
        c.name = QStringLiteral("Tournoi de Noël");
        c.message1 = QStringLiteral("Bonjour {{prenom}}, le tournoi de Noël a lieu samedi ⚽");
        c.message2 = followUp;
        c.categoryIds = {categoryId};
        if (const store::StoreError e = campaigns().create(c)) {
            qWarning() << "campaign:" << e.detail;
            return {};
        }
        return c.id;
    }

    json serverCampaign(const QString &id)
    {
        return m_server.http().request("GET", QStringLiteral("/api/campaigns/%1").arg(id), json(), m_club->token()).data();
    }

    // The server's messages of a campaign (all pages).
    json serverMessages(const QString &id)
    {
        json all = json::array();
        for (int page = 1; page < 100; ++page) {
            const HttpResult r = m_server.http().request(
                "GET", QStringLiteral("/api/campaigns/%1/messages?page=%2&limit=100").arg(id).arg(page), json(),
                m_club->token());
            const json items = r.data();
            if (!items.is_array() || items.empty())
                break;
            for (const json &m : items)
                all.push_back(m);
            if (items.size() < 100)
                break;
        }
        return all;
    }

    bool serverStatusIs(const QString &id, const std::string &status, int ms = 20000)
    {
        return waitFor([&] { return serverCampaign(id).value("status", std::string()) == status; }, ms);
    }

    static int countWhere(const QVector<CampaignMessage> &messages, const std::function<bool(const CampaignMessage &)> &f)
    {
        return int(std::count_if(messages.cbegin(), messages.cend(), f));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void cleanup()
    {
        m_app.reset();
        m_club.reset();
        m_server.stop();
    }

    void aCampaignSentOfflineGoesOnceEvenWhenTheAnswerIsLost()
    {
        start();
        // Everything written offline: the category, its contacts (one with
        // no WhatsApp), the campaign and its send.
        const QString category = categoryWith(
            QStringLiteral("Parents U11"),
            {QStringLiteral("+33612345671"), QStringLiteral("+33612345672"), QStringLiteral("+33612345670")});
        QVERIFY(!category.isEmpty());
        const QString id = campaignFor(category);
        QVERIFY(!id.isEmpty());
        QVERIFY(!campaigns().send(id));
        QCOMPARE(campaigns().waitingCommand(id), QStringLiteral("send"));

        // The server runs the send, and its answer is lost: the retry is
        // answered from the first, never sent again.
        m_server.corrupt(QStringLiteral("POST /api/campaigns/%1/send").arg(id), QStringLiteral("truncated"));
        QVERIFY(m_app->syncUntilClean());
        QVERIFY(campaigns().waitingCommand(id).isEmpty());
        QVERIFY(serverStatusIs(id, "completed"));

        const json messages = serverMessages(id);
        QCOMPARE(int(messages.size()), 3);
        QVERIFY(m_app->syncUntilClean());
        const auto campaign = campaigns().find(id);
        QVERIFY(campaign);
        QCOMPARE(campaign->status, QStringLiteral("completed"));
        QCOMPARE(campaign->totalRecipients, 3);
        QCOMPARE(campaign->sentCount, 2);
        QCOMPARE(campaign->failedCount, 1);
        const QVector<CampaignMessage> local = campaigns().messages(id);
        QCOMPARE(int(local.size()), 3);
        QCOMPARE(countWhere(local, [](const CampaignMessage &m) { return m.status == u"failed"; }), 1);
        for (const CampaignMessage &m : local) {
            QVERIFY2(m.content.startsWith(QStringLiteral("Bonjour Camille")), qPrintable(m.content));
            if (m.status == u"failed")
                QVERIFY(!m.errorMessage.isEmpty());
        }
        // The day's counts, read from the messages as the monitor shows them
        // (over two UTC days: the campaign may have gone out at midnight).
        const QDate day = campaign->completedAt.toUTC().date();
        int message1 = 0;
        int errors = 0;
        for (const CampaignRepository::DayCounts &d : campaigns().history(day, 2)) {
            message1 += d.message1;
            errors += d.errors;
        }
        QCOMPARE(message1, 2);
        QCOMPARE(errors, 1);
    }

    void progressArrivesLiveWithoutAskingForIt()
    {
        // The monitor is live: with the event stream open, the sender's
        // changes reach the app as they happen, with no sync asked for.
        start(100); // 250 ms between messages
        const QString category = categoryWith(
            QStringLiteral("Bénévoles"),
            {QStringLiteral("+33612345671"), QStringLiteral("+33612345672"), QStringLiteral("+33612345673"),
             QStringLiteral("+33612345674")});
        const QString id = campaignFor(category);
        QVERIFY(!id.isEmpty());
        m_app->setLive(true);
        QVERIFY(m_app->syncUntilClean());
        QVERIFY(waitFor([&] { return m_server.openStreams() == 1; }));
        QVERIFY(!campaigns().send(id));
        // One push of the send; everything after comes through the stream.
        QVERIFY(m_app->sync().ok());
        QList<int> sentSeen;
        QVERIFY2(waitFor([&] {
                     const auto c = campaigns().find(id);
                     const int done = c ? c->sentCount + c->failedCount : 0;
                     if (c && (sentSeen.isEmpty() || sentSeen.last() != done))
                         sentSeen << done;
                     return c && c->status == u"completed" && campaigns().messages(id).size() == 4;
                 }, 20000),
                 qPrintable(campaigns().find(id)->status));
        QVERIFY(m_app->controller().status().live);
        // Seen moving, not only at the end.
        QVERIFY2(sentSeen.size() >= 3, qPrintable(QString::number(sentSeen.size())));
    }

    void stopThenSendResumesWithoutSendingTwice()
    {
        start(100); // 250 ms between messages: time to stop it
        QStringList numbers;
        for (int i = 1; i <= 12; ++i)
            numbers << QStringLiteral("+3361234%1%2").arg(i, 3, 10, QLatin1Char('0')).arg(7); // none ends in 0
        const QString category = categoryWith(QStringLiteral("Seniors"), numbers);
        QVERIFY(!category.isEmpty());
        const QString id = campaignFor(category);
        QVERIFY(!campaigns().send(id));
        QVERIFY(m_app->syncUntilClean());
        QVERIFY(!campaigns().command(id, CampaignRepository::Command::Stop));
        QVERIFY(m_app->syncUntilClean());
        QVERIFY(serverStatusIs(id, "stopped", 2000));
        const json stopped = serverCampaign(id);
        QVERIFY2(stopped.value("pending_count", 0) > 0, stopped.dump().c_str());
        const int sentWhenStopped = stopped.value("sent_count", 0) + stopped.value("failed_count", 0);
        QTest::qWait(600); // nothing leaves while stopped
        QCOMPARE(serverCampaign(id).value("sent_count", 0) + serverCampaign(id).value("failed_count", 0),
                 sentWhenStopped);
        QVERIFY(m_app->syncUntilClean());
        QCOMPARE(campaigns().find(id)->status, QStringLiteral("stopped"));

        QVERIFY(!campaigns().send(id));
        QVERIFY(m_app->syncUntilClean());
        QVERIFY(serverStatusIs(id, "completed", 30000));
        QCOMPARE(int(serverMessages(id).size()), 12);
        QVERIFY(m_app->syncUntilClean());
        const auto done = campaigns().find(id);
        QCOMPARE(done->totalRecipients, 12);
        QCOMPARE(done->sentCount, 12);
        QCOMPARE(int(campaigns().messages(id).size()), 12);
    }

    void retrySendsTheFailedOnesAgain()
    {
        start();
        const QString category = categoryWith(
            QStringLiteral("Bénévoles"),
            {QStringLiteral("+33612345671"), QStringLiteral("+33612345672"), QStringLiteral("+33612345673")});
        const QString id = campaignFor(category);
        m_server.http().request("POST", QStringLiteral("/api/test/campaigns/failures"),
                                {{"count", 2}, {"reason", "Réseau WhatsApp indisponible"}}, m_club->token());
        QVERIFY(!campaigns().send(id));
        QVERIFY(m_app->syncUntilClean());
        QVERIFY(serverStatusIs(id, "completed"));
        QVERIFY(m_app->syncUntilClean());
        QCOMPARE(campaigns().find(id)->failedCount, 2);
        QCOMPARE(countWhere(campaigns().messages(id),
                            [](const CampaignMessage &m) {
                                return m.status == u"failed" && m.errorMessage == u"Réseau WhatsApp indisponible";
                            }),
                 2);

        QVERIFY(!campaigns().command(id, CampaignRepository::Command::Retry));
        QVERIFY(m_app->syncUntilClean());
        QVERIFY(serverStatusIs(id, "completed"));
        QVERIFY(m_app->syncUntilClean());
        const auto done = campaigns().find(id);
        QCOMPARE(done->failedCount, 0);
        QCOMPARE(done->sentCount, 3);
        const QVector<CampaignMessage> messages = campaigns().messages(id);
        QCOMPARE(int(messages.size()), 3);
        QCOMPARE(countWhere(messages, [](const CampaignMessage &m) { return m.retries == 1; }), 2);
    }

    void aReplyBringsTheFollowUpAndAConversation()
    {
        start();
        const QString category = categoryWith(QStringLiteral("Parents U13"), {QStringLiteral("+33612345671")});
        const QString id = campaignFor(category, QStringLiteral("Merci {{prenom}} ! Rendez-vous à 9 h."));
        QVERIFY(!campaigns().send(id));
        QVERIFY(m_app->syncUntilClean());
        QVERIFY(serverStatusIs(id, "completed"));
        const QString contactId = contacts().findByNumber(QStringLiteral("+33612345671"))->id;
        const HttpResult reply = m_server.http().request(
            "POST", QStringLiteral("/api/test/campaigns/%1/interactions").arg(id),
            {{"contact_id", contactId.toStdString()}, {"type", "reply"}, {"content", "Super, on sera là !"}},
            m_club->token());
        QVERIFY2(reply.status / 100 == 2, reply.raw.constData());
        QVERIFY(waitFor([&] { return serverCampaign(id).value("message_2_sent_count", 0) == 1; }));

        QVERIFY(m_app->syncUntilClean());
        const auto campaign = campaigns().find(id);
        QCOMPARE(campaign->repliedCount, 1);
        QCOMPARE(campaign->message2SentCount, 1);
        const QVector<CampaignMessage> messages = campaigns().messages(id);
        QCOMPARE(countWhere(messages,
                            [](const CampaignMessage &m) {
                                return m.isFollowUp() && m.content == u"Merci Camille1 ! Rendez-vous à 9 h.";
                            }),
                 1);
        QCOMPARE(countWhere(messages, [](const CampaignMessage &m) { return m.repliedAt.isValid(); }), 1);

        bool found = false;
        for (const Conversation &c : m_app->store().inbox().conversations()) {
            if (c.kind == u"whatsapp" && c.campaignId == id) {
                for (const Message &m : m_app->store().inbox().thread(c.id))
                    found = found || m.content == u"Super, on sera là !";
            }
        }
        QVERIFY2(found, "the reply is not in the inbox");
    }

    void aRefusedSendIsParkedWithItsReason()
    {
        start();
        const QString empty = categoryWith(QStringLiteral("Personne"), {});
        const QString id = campaignFor(empty);
        QVERIFY(!campaigns().send(id));
        m_app->syncUntilClean();
        QCOMPARE(m_app->parked(), 1);
        const auto parked = store::parkedChange(m_app->store(), store::EntityType::Campaign, id);
        QVERIFY(parked);
        QVERIFY2(parked->errorCode.contains(QStringLiteral("no_recipients")), qPrintable(parked->errorCode));
        QVERIFY(!parked->message.isEmpty());
        QCOMPARE(serverCampaign(id).value("status", std::string()), std::string("draft"));
        QCOMPARE(campaigns().find(id)->status, QStringLiteral("draft"));
        const auto refused = campaigns().refusedCommand(id);
        QVERIFY(refused);
        QCOMPARE(refused->command, QStringLiteral("send"));
        QVERIFY(campaigns().waitingCommand(id).isEmpty());

        // Someone joins the category and the club sends again: the new send
        // supersedes the refused one instead of queuing behind it.
        Contact c;
        c.fullNumber = QStringLiteral("+33612345671");
        c.categoryIds = {empty};
        QVERIFY(!contacts().create(c));
        QVERIFY(!campaigns().send(id));
        QVERIFY(!campaigns().refusedCommand(id));
        QVERIFY(m_app->syncUntilClean());
        QCOMPARE(m_app->parked(), 0);
        QVERIFY(serverStatusIs(id, "completed"));
    }

    void theWhatsAppCheckComesBackOnTheContact()
    {
        start();
        const QString category = categoryWith(QStringLiteral("Sponsors"),
                                              {QStringLiteral("+33612345671"), QStringLiteral("+33612345670")});
        QVERIFY(!category.isEmpty());
        const QString on = contacts().findByNumber(QStringLiteral("+33612345671"))->id;
        const QString off = contacts().findByNumber(QStringLiteral("+33612345670"))->id;
        QVERIFY(!contacts().requestVerification({on, off}));
        QCOMPARE(contacts().verificationsWaiting(), (QSet<QString>{on, off}));
        QVERIFY(m_app->syncUntilClean());
        QVERIFY(contacts().verificationsWaiting().isEmpty());
        QVERIFY(contacts().find(on)->whatsappVerified);
        QVERIFY(contacts().find(on)->verifiedAt.isValid());
        QVERIFY(!contacts().find(off)->whatsappVerified);
        QVERIFY(contacts().find(off)->verifiedAt.isValid());
        // The number without WhatsApp is no recipient any more.
        QCOMPARE(contacts().recipientCount({category}), 1);

        // One contact per number: refused here before it reaches the server.
        Contact twin;
        twin.fullNumber = QStringLiteral("+33612345671");
        const store::StoreError e = contacts().create(twin);
        QVERIFY(e);
        QCOMPARE(e.detail, QStringLiteral("duplicate_number"));
        // The server derived the national number.
        QCOMPARE(contacts().find(on)->countryCode, QStringLiteral("33"));
        QCOMPARE(contacts().find(on)->phoneNumber, QStringLiteral("612345671"));
    }
};

QTEST_GUILESS_MAIN(TstSyncCampaigns)
#include "tst_sync_campaigns.moc"
