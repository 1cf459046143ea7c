// The inbox against pitchside-server (issue 14): a reply written offline
// goes exactly once, read marks cross between two people, the live stream
// brings a message and its absence is made up by polling, the server's
// refusals are kept with their reason, notifications are read and deleted
// through the outbox.
#include "SyncFixture.h"
#include "models/Clock.h"
#include "models/ThreadModel.h"
#include "models/store/PushQueue.h"
#include "models/store/types/SyncedTypes.h"

#include <QElapsedTimer>
#include <QTest>
#include <QUuid>

using namespace pitchside;
using namespace pitchside::test;

class TstSyncInbox : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestServer m_server;
    std::unique_ptr<RemoteUser> m_club;    // the club, on the web
    std::unique_ptr<RemoteUser> m_sponsor; // the other side, on the web
    std::unique_ptr<SyncClient> m_app;     // the club's Pitchside

    QString tag() const
    {
        return QString::fromLatin1(QTest::currentTestFunction()) + QString::fromLatin1(QTest::currentDataTag());
    }

    void start(bool live = false, int intervalMinutes = 0)
    {
        m_club = startServerWithUser(m_server, m_dir, tag());
        QVERIFY(m_club);
        m_sponsor = std::make_unique<RemoteUser>(m_server, tag() + QStringLiteral("-sponsor@club.test"));
        QVERIFY(m_sponsor->registerUser(QStringLiteral("Boulangerie Martin")));
        QDir().mkpath(m_dir.filePath(tag()));
        m_app = std::make_unique<SyncClient>(m_server, m_dir.filePath(tag()));
        m_app->setLive(live);
        m_app->setIntervalMinutes(intervalMinutes);
        QVERIFY(m_app->signIn(m_club->email(), m_club->password()));
    }

    // The sponsor writes to the club from the web; the message's JSON.
    json sponsorWrites(const QString &text)
    {
        const HttpResult r = m_server.http().request(
            "POST", QStringLiteral("/api/messages/send"),
            {{"recipient_id", m_club->userId().toStdString()}, {"recipient_type", "user"}, {"content", text.toStdString()}},
            m_sponsor->token());
        if (r.status != 201)
            qWarning() << "send failed" << r.status << r.raw;
        return r.data();
    }

    // The conversation's messages as the sponsor's web page shows them (reading marks them read).
    json sponsorReads(const QString &conversationId)
    {
        return m_server.http()
            .request("GET", QStringLiteral("/api/messages/%1").arg(conversationId), json(), m_sponsor->token())
            .data();
    }

    std::optional<Message> onlyMessage(const QString &conversationId, const QString &text)
    {
        std::optional<Message> found;
        for (const Message &m : m_app->store().inbox().thread(conversationId)) {
            if (m.content == text) {
                if (found)
                    return std::nullopt; // twice
                found = m;
            }
        }
        return found;
    }

private Q_SLOTS:
    void cleanup()
    {
        m_app.reset();
        m_club.reset();
        m_sponsor.reset();
        m_server.stop();
    }

    void aReplyWrittenOfflineGoesExactlyOnce()
    {
        start();
        const json first = sponsorWrites(QStringLiteral("Bonjour, notre offre pour le maillot ?"));
        const QString conversationId = QString::fromStdString(first.value("conversation_id", std::string()));
        QVERIFY(!conversationId.isEmpty());
        QVERIFY(m_app->sync().ok());
        const std::optional<Conversation> c = m_app->store().inbox().conversation(conversationId);
        QVERIFY(c);
        QCOMPARE(c->participantName, QStringLiteral("Boulangerie Martin"));
        QCOMPARE(c->unreadShown(), 1);
        QCOMPARE(m_app->store().inbox().unreadTotal(), 1);

        // Offline: the reply is kept, waiting.
        m_server.stop();
        const QString reply = QStringLiteral("Merci ! On en parle jeudi ⚽");
        QString id;
        QVERIFY(!m_app->store().inbox().send(conversationId, reply, &id));
        QVERIFY(!id.isEmpty());
        QVERIFY(!m_app->sync().ok());
        std::optional<Message> waiting = onlyMessage(conversationId, reply);
        QVERIFY(waiting);
        QVERIFY(waiting->isPending());
        ThreadModel thread(m_app->store());
        thread.open(conversationId, c->participantId, {});
        QCOMPARE(ThreadModel::Delivery(thread.index(thread.rowOf(id)).data(ThreadModel::DeliveryRole).toInt()),
                 ThreadModel::Delivery::Waiting);

        // Back online, and the first answer lost: still one message.
        QVERIFY(m_server.restart());
        m_server.corrupt(QStringLiteral("POST /api/messages/send"), QStringLiteral("truncated"));
        QVERIFY(m_app->syncUntilClean());
        const json messages = sponsorReads(conversationId);
        int copies = 0;
        for (const json &m : messages)
            copies += m.value("content", std::string()) == reply.toStdString() ? 1 : 0;
        QCOMPARE(copies, 1);
        QVERIFY(m_app->sync().ok());
        const std::optional<Message> sent = onlyMessage(conversationId, reply);
        QVERIFY(sent);
        QCOMPARE(sent->id, id);
        QVERIFY(!sent->isPending());
        QVERIFY(thread.rowOf(id) >= 0);
        // The sponsor's page read it: two ticks here.
        QVERIFY(sent->isRead);
        QCOMPARE(ThreadModel::Delivery(thread.index(thread.rowOf(id)).data(ThreadModel::DeliveryRole).toInt()),
                 ThreadModel::Delivery::Read);
    }

    void readMarksCross()
    {
        start();
        const json first = sponsorWrites(QStringLiteral("Avez-vous reçu le contrat ?"));
        const QString conversationId = QString::fromStdString(first.value("conversation_id", std::string()));
        QVERIFY(m_app->sync().ok());
        // The club reads it here, offline first: shown read at once…
        m_server.stop();
        const std::optional<Conversation> c = m_app->store().inbox().conversation(conversationId);
        QVERIFY(c);
        QVERIFY(!m_app->store().inbox().markRead(conversationId, c->lastMessageAt));
        QCOMPARE(m_app->store().inbox().unreadTotal(), 0);
        // …and meanwhile the sponsor writes again: not a conflict with the read mark.
        QVERIFY(m_server.restart());
        sponsorWrites(QStringLiteral("Je vous le renvoie."));
        QVERIFY(m_app->syncUntilClean());
        QCOMPARE(m_app->conflicts(), 0);
        QVERIFY(m_app->sync().ok());
        QCOMPARE(m_app->store().inbox().conversation(conversationId)->unreadShown(), 1);
        // The sponsor sees the first message read, the second not yet.
        const json theirs = m_server.http()
                                .request("GET", QStringLiteral("/api/sync/changes?since=0&limit=1000"), json(),
                                         m_sponsor->token())
                                .data();
        int read = 0, unread = 0;
        for (const json &change : theirs.at("changes")) {
            if (change.value("type", std::string()) != "message")
                continue;
            (change.at("item").value("is_read", false) ? read : unread) += 1;
        }
        QCOMPARE(read, 1);
        QCOMPARE(unread, 1);
    }

    void aMessageArrivesLive()
    {
        start(true);
        QVERIFY(m_app->sync().ok());
        QVERIFY(waitFor([&] { return m_app->controller().status().live; }, 10000));
        QElapsedTimer timer;
        timer.start();
        const json m = sponsorWrites(QStringLiteral("En direct du stade"));
        const QString id = QString::fromStdString(m.value("id", std::string()));
        QVERIFY(waitFor([&] { return m_app->store().inbox().message(id).has_value(); }, 5000));
        qInfo() << "a message by the live stream reached the store in" << timer.elapsed() << "ms";
    }

    void withoutTheStreamItPollsEvery30Seconds()
    {
        start(true, 5); // the app's five minutes while the stream is up
        QVERIFY(m_app->sync().ok());
        QVERIFY(waitFor([&] { return m_app->controller().status().live; }, 10000));
        // The stream breaks (the server restarts) and cannot come back.
        QVERIFY(m_server.restart());
        m_server.drops(1.0, false, QStringLiteral("GET /api/events/stream"));
        QVERIFY(waitFor([&] { return !m_app->controller().status().live; }, 15000));
        QTest::qWait(3000); // a reconnect attempt started before the drops would have come back by now
        QVERIFY(!m_app->controller().status().live);
        const json m = sponsorWrites(QStringLiteral("Par le sondage"));
        const QString id = QString::fromStdString(m.value("id", std::string()));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(waitFor([&] { return m_app->store().inbox().message(id).has_value(); }, 45000));
        QVERIFY2(timer.elapsed() < 35000, "polled later than every 30 s");
    }

    void theServersRefusalsAreKeptWithTheirReason()
    {
        start();
        const json first = sponsorWrites(QStringLiteral("Bonjour"));
        const QString conversationId = QString::fromStdString(first.value("conversation_id", std::string()));
        QVERIFY(m_app->sync().ok());
        // Over 5,000 characters: refused here, nothing queued.
        const int waiting = m_app->waiting();
        const store::StoreError tooLong = m_app->store().inbox().send(conversationId, QString(5001, u'a'));
        QCOMPARE(tooLong.kind, store::StoreError::Kind::Refused);
        QVERIFY(tooLong.detail.contains(QStringLiteral("5000")) || tooLong.detail.contains(QStringLiteral("5,000")));
        QCOMPARE(m_app->waiting(), waiting);
        // To someone the server does not know (an account since deleted):
        // refused with the server's reason, kept, not retried forever.
        Message m;
        m.conversationId = conversationId;
        m.senderType = QStringLiteral("user");
        m.recipientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m.recipientType = QStringLiteral("user");
        m.content = QStringLiteral("Vous êtes là ?");
        store::SyncedRepository<Message> messages(m_app->store().database().sql(), &m_app->store().hub(),
                                                  store::messageType());
        QVERIFY(!messages.create(m));
        const sync::SyncReport r = m_app->sync();
        QVERIFY(r.ok());
        QCOMPARE(r.parked, 1);
        const QVector<store::PushQueue::Item> items =
            store::PushQueue(m_app->store().database().sql()).forEntity(store::EntityType::Message, m.id);
        QCOMPARE(int(items.size()), 1);
        QCOMPARE(items[0].entry.state, store::Outbox::State::Parked);
        QVERIFY2(!items[0].entry.lastError.isEmpty(), "a refusal says why");
        ThreadModel thread(m_app->store());
        thread.open(conversationId, m_sponsor->userId(), {});
        const QModelIndex row = thread.index(thread.rowOf(m.id));
        QCOMPARE(ThreadModel::Delivery(row.data(ThreadModel::DeliveryRole).toInt()), ThreadModel::Delivery::Refused);
        QVERIFY(!row.data(ThreadModel::ErrorRole).toString().isEmpty());
        QCOMPARE(row.data(ThreadModel::OutboxSeqRole).toLongLong(), items[0].entry.seq);
    }

    void notificationsAreReadAndDeletedThroughTheOutbox()
    {
        start();
        for (const char *title : {"Document prêt", "Compte à reconnecter"}) {
            const HttpResult r = m_server.http().request(
                "POST", QStringLiteral("/api/test/notifications"),
                {{"type", "document_ready"}, {"title", title}, {"message", "Le dossier sponsor est prêt."}},
                m_club->token());
            QCOMPARE(r.status / 100, 2);
        }
        QVERIFY(m_app->sync().ok());
        store::NotificationRepository &notifications = m_app->store().notifications();
        QCOMPARE(notifications.unreadCount(), 2);
        const QVector<Notification> all = notifications.recent();
        QCOMPARE(int(all.size()), 2);
        QVERIFY(!notifications.markRead(all[0].id));
        QCOMPARE(notifications.unreadCount(), 1);
        QVERIFY(!notifications.remove(all[1].id));
        QVERIFY(m_app->syncUntilClean());
        const json listed =
            m_server.http().request("GET", QStringLiteral("/api/notifications"), json(), m_club->token()).data();
        QVERIFY(listed.is_array());
        QCOMPARE(int(listed.size()), 1);
        QCOMPARE(QString::fromStdString(listed[0].value("id", std::string())), all[0].id);
        QVERIFY(listed[0].value("is_read", false));
        QVERIFY(m_app->sync().ok());
        QCOMPARE(int(notifications.recent().size()), 1);
        QCOMPARE(m_app->conflicts(), 0);
    }
};

QTEST_GUILESS_MAIN(TstSyncInbox)
#include "tst_sync_inbox.moc"
