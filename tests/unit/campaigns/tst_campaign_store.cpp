// Contacts, categories and campaigns over a real store: each edit with its
// outbox entry; the number and name rules; bulk changes all or nothing (a
// transaction made of savepoints); campaign commands that queue once and
// never swallow an edit; the day's counts the gauge reads.
#include "models/Clock.h"
#include "models/store/CampaignRepository.h"
#include "models/store/ContactRepository.h"
#include "models/store/MessageTemplateRepository.h"
#include "models/store/Store.h"
#include "models/store/Transaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <optional>

using namespace pitchside;
using namespace pitchside::store;

class TestCampaignStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::optional<Clock::TestOverride> m_clock;

    void exec(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(m_store->database().sql());
        q.prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(sql));
    }
    qint64 scalar(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(m_store->database().sql());
        q.prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }
    void markSynced(const QString &table, const QString &id)
    {
        exec(QStringLiteral("UPDATE %1 SET version = 1, dirty = 0 WHERE id = ?").arg(table), {id});
        exec(QStringLiteral("DELETE FROM outbox WHERE entity_id = ?"), {id});
    }
    QString contact(const QString &number, const QStringList &categories = {})
    {
        Contact c;
        c.firstName = QStringLiteral("Camille");
        c.fullNumber = number;
        c.categoryIds = categories;
        return m_store->contacts().create(c) ? QString() : c.id;
    }
    QString category(const QString &name)
    {
        ContactCategory c;
        c.name = name;
        c.color = QStringLiteral("#2E7D32");
        return m_store->contacts().createCategory(c) ? QString() : c.id;
    }

private Q_SLOTS:
    void init()
    {
        m_clock.emplace(QDateTime(QDate(2026, 12, 31), QTime(23, 30), QTimeZone::utc()));
        StoreError error;
        m_store = Store::open(m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction())), &error);
        QVERIFY(m_store);
    }
    void cleanup()
    {
        m_store.reset();
        m_clock.reset();
    }

    void oneContactPerNumberOneCategoryPerName()
    {
        const QString a = contact(QStringLiteral("+33612345678"));
        QVERIFY(!a.isEmpty());
        Contact twin;
        twin.fullNumber = QStringLiteral("+33612345678");
        const StoreError e = m_store->contacts().create(twin);
        QCOMPARE(int(e.kind), int(StoreError::Kind::Refused));
        QCOMPARE(e.detail, QStringLiteral("duplicate_number"));
        const QString b = contact(QStringLiteral("+33698765432"));
        QCOMPARE(m_store->contacts().update(b, [](Contact &c) { c.fullNumber = QStringLiteral("+33612345678"); }).detail,
                 QStringLiteral("duplicate_number"));

        QVERIFY(!category(QStringLiteral("Parents U11")).isEmpty());
        ContactCategory same;
        same.name = QStringLiteral("parents u11 ");
        QCOMPARE(m_store->contacts().createCategory(same).detail, QStringLiteral("duplicate_name"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")), qint64(3)); // 2 contacts, 1 category
    }

    void bulkChangesAreAllOrNothing()
    {
        const QString u11 = category(QStringLiteral("U11"));
        QStringList ids;
        for (int i = 0; i < 5; ++i)
            ids << contact(QStringLiteral("+3361234567%1").arg(i));
        for (const QString &id : ids)
            markSynced(QStringLiteral("contacts"), id);
        QVERIFY(!m_store->contacts().addToCategory(ids, u11));
        QCOMPARE(m_store->contacts().countInCategory(u11), 5);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity_type = 'contact' AND op = 'update'")),
                 qint64(5));

        // One of them is gone: the whole removal is refused, nothing moves.
        QStringList withMissing = ids;
        withMissing.insert(2, QStringLiteral("00000000-0000-4000-8000-000000000000"));
        QVERIFY(m_store->contacts().removeMany(withMissing));
        QCOMPARE(m_store->contacts().count(), 5);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE op = 'delete'")), qint64(0));

        QVERIFY(!m_store->contacts().removeMany(ids));
        QCOMPARE(m_store->contacts().count(), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE op = 'delete'")), qint64(5));
    }

    void aNestedTransactionIsASavepoint()
    {
        QSqlDatabase &db = m_store->database().sql();
        Transaction outer(db);
        QVERIFY(outer.isActive());
        {
            Transaction inner(db);
            QVERIFY(inner.isActive());
            exec(QStringLiteral("INSERT INTO sync_state (key, value) VALUES ('a', '1')"));
            // not committed: rolled back alone
        }
        {
            Transaction inner(db);
            exec(QStringLiteral("INSERT INTO sync_state (key, value) VALUES ('b', '1')"));
            QVERIFY(inner.commit());
        }
        QVERIFY(outer.commit());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sync_state WHERE key IN ('a', 'b')")), qint64(1));
        Transaction again(db); // the depth went back to 0: a real BEGIN
        QVERIFY(again.isActive());
    }

    void removingACategoryTakesItOutOfItsContacts()
    {
        const QString u11 = category(QStringLiteral("U11"));
        const QString u13 = category(QStringLiteral("U13"));
        const QString a = contact(QStringLiteral("+33612345678"), {u11, u13});
        QVERIFY(!m_store->contacts().removeCategory(u11));
        QCOMPARE(m_store->contacts().find(a)->categoryIds, QStringList({u13}));
        QCOMPARE(m_store->contacts().categories().size(), 1);
    }

    void recipientsAreEachContactOnceWithoutThoseWithoutWhatsApp()
    {
        const QString u11 = category(QStringLiteral("U11"));
        const QString u13 = category(QStringLiteral("U13"));
        contact(QStringLiteral("+33612345671"), {u11, u13});
        contact(QStringLiteral("+33612345672"), {u13});
        const QString none = contact(QStringLiteral("+33612345673"), {u11});
        contact(QStringLiteral("+33612345674"));
        QCOMPARE(m_store->contacts().recipientCount({u11, u13}), 3);
        exec(QStringLiteral("UPDATE contacts SET verified_at = 1, whatsapp_verified = 0 WHERE id = ?"), {none});
        QCOMPARE(m_store->contacts().recipientCount({u11, u13}), 2);
        QCOMPARE(m_store->contacts().recipientCount({}), 0);
    }

    void verificationIsOneCommandPerContact()
    {
        const QString a = contact(QStringLiteral("+33612345678"));
        markSynced(QStringLiteral("contacts"), a);
        QVERIFY(!m_store->contacts().requestVerification({a}));
        QVERIFY(!m_store->contacts().requestVerification({a})); // asked already
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE op = 'command'")), qint64(1));
        QCOMPARE(m_store->contacts().verificationsWaiting(), QSet<QString>({a}));
    }

    void campaignCommandsQueueInOrderAndNeverSwallowAnEdit()
    {
        Campaign c;
        c.name = QStringLiteral("Tournoi de Noël");
        c.message1 = QStringLiteral("Bonjour {{prenom}}");
        QVERIFY(!m_store->campaigns().create(c));
        markSynced(QStringLiteral("campaigns"), c.id);

        const QDateTime at(QDate(2027, 1, 2), QTime(9, 0), QTimeZone::utc());
        QVERIFY(!m_store->campaigns().send(c.id, at));
        QCOMPARE(m_store->campaigns().waitingCommand(c.id), QStringLiteral("send"));
        // An edit after the command is its own entry, behind it.
        QVERIFY(!m_store->campaigns().update(c.id, [](Campaign &x) { x.name = QStringLiteral("Tournoi"); }));
        QVERIFY(!m_store->campaigns().update(c.id, [](Campaign &x) { x.message2 = QStringLiteral("Merci"); }));
        QSqlQuery q(m_store->database().sql());
        QVERIFY(q.exec(QStringLiteral("SELECT op, payload FROM outbox WHERE entity_id = '%1' ORDER BY seq").arg(c.id)));
        QStringList ops;
        QString commandPayload;
        while (q.next()) {
            ops << q.value(0).toString();
            if (q.value(0).toString() == u"command")
                commandPayload = q.value(1).toString();
        }
        QCOMPARE(ops, QStringList({QStringLiteral("command"), QStringLiteral("update")}));
        QVERIFY2(commandPayload.contains(QStringLiteral("2027-01-02T09:00:00.000Z")), qPrintable(commandPayload));
        const auto entries = m_store->outbox().entriesFor(QStringLiteral("campaign"), c.id);
        QCOMPARE(entries.constLast().op, Outbox::Op::Command);
        QCOMPARE(entries.constLast().fields, QStringList({QStringLiteral("send")}));
        QVERIFY(entries.constLast().commandBody.contains("scheduled_at"));

        QVERIFY(!m_store->campaigns().command(c.id, CampaignRepository::Command::Stop));
        QCOMPARE(m_store->campaigns().waitingCommand(c.id), QStringLiteral("stop"));
    }

    void aSendingCampaignIsNotEdited()
    {
        Campaign c;
        c.name = QStringLiteral("Relance");
        c.message1 = QStringLiteral("Bonjour");
        QVERIFY(!m_store->campaigns().create(c));
        markSynced(QStringLiteral("campaigns"), c.id);
        exec(QStringLiteral("UPDATE campaigns SET status = 'sending' WHERE id = ?"), {c.id});
        QCOMPARE(m_store->campaigns().update(c.id, [](Campaign &x) { x.name = QStringLiteral("x"); }).detail,
                 QStringLiteral("campaign_sending"));
        QCOMPARE(m_store->campaigns().remove(c.id).detail, QStringLiteral("campaign_sending"));
        QVERIFY(!m_store->campaigns().command(c.id, CampaignRepository::Command::Stop)); // stopping is always possible
    }

    void theDaysCountsAreUtcDays()
    {
        // 23:30 UTC on Dec 31: two messages today, one just after midnight is tomorrow's.
        const qint64 today = QDateTime(QDate(2026, 12, 31), QTime(10, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        const qint64 lastMinute = QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59), QTimeZone::utc()).toMSecsSinceEpoch();
        const qint64 newYear = QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        int n = 0;
        const auto message = [&](const char *type, const char *status, qint64 sent, qint64 failed, qint64 replied) {
            exec(QStringLiteral("INSERT INTO campaign_messages (id, campaign_id, contact_id, message_type, status, "
                                "sent_at, failed_at, replied_at, created_at, updated_at, version) "
                                "VALUES (?, 'c', 'k', ?, ?, ?, ?, ?, 1, 1, 1)"),
                 {QStringLiteral("m%1").arg(++n), QString::fromLatin1(type), QString::fromLatin1(status),
                  sent ? QVariant(sent) : QVariant(), failed ? QVariant(failed) : QVariant(),
                  replied ? QVariant(replied) : QVariant()});
        };
        message("message_1", "read", today, 0, lastMinute);
        message("message_1", "delivered", lastMinute, 0, 0);
        message("message_2", "sent", lastMinute, 0, 0);
        message("message_1", "failed", 0, today, 0);
        message("message_1", "sent", newYear, 0, 0);
        const auto d = m_store->campaigns().dayCounts(QDate(2026, 12, 31));
        QCOMPARE(d.message1, 2);
        QCOMPARE(d.message2, 1);
        QCOMPARE(d.errors, 1);
        QCOMPARE(d.replies, 1);
        const auto history = m_store->campaigns().history(QDate(2027, 1, 1), 30);
        QCOMPARE(history.size(), 30);
        QCOMPARE(history.first().day, QDate(2026, 12, 3));
        QCOMPARE(history.last().message1, 1);
        QCOMPARE(history.at(28).message1, 2);
        QCOMPARE(history.at(0).message1, 0);
    }

    void messageTemplatesAreNamedOnceAndSortedAsFrenchReads()
    {
        MessageTemplateRepository templates = m_store->messageTemplates();
        MessageTemplate convocation;
        convocation.name = QStringLiteral("  Convocation U13 ");
        convocation.message1 = QStringLiteral("Bonjour {{prenom}}, match samedi à 10 h.");
        QVERIFY(!templates.create(convocation));
        QCOMPARE(templates.find(convocation.id)->name, QStringLiteral("Convocation U13"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity_type = 'message_template' "
                                       "AND entity_id = ? AND op = 'create'"),
                        {convocation.id}),
                 1);

        // The same name once case and accents are folded is the same template.
        MessageTemplate again;
        again.name = QStringLiteral("convocation u13");
        again.message1 = QStringLiteral("Autre texte");
        QCOMPARE(templates.create(again).detail, QStringLiteral("duplicate_name"));
        MessageTemplate blank;
        blank.name = QStringLiteral("Vide");
        blank.message1 = QStringLiteral("   ");
        QCOMPARE(templates.create(blank).detail, QStringLiteral("message_required"));

        MessageTemplate elections, zoo, benevoles;
        elections.name = QStringLiteral("Élections du bureau");
        zoo.name = QStringLiteral("Zoo de fin de saison");
        benevoles.name = QStringLiteral("bénévoles");
        for (MessageTemplate *t : {&elections, &zoo, &benevoles}) {
            t->message1 = QStringLiteral("Bonjour {{prenom}}");
            QVERIFY(!templates.create(*t));
        }
        QCOMPARE(templates.findByName(QStringLiteral("ELECTIONS DU BUREAU"))->id, elections.id);
        QStringList names;
        for (const MessageTemplate &t : templates.all())
            names << t.name;
        QCOMPARE(names, (QStringList{QStringLiteral("bénévoles"), QStringLiteral("Convocation U13"),
                                     QStringLiteral("Élections du bureau"), QStringLiteral("Zoo de fin de saison")}));

        // Renaming onto another's name is refused; the messages change with their outbox entry.
        QCOMPARE(templates.update(zoo.id, [](MessageTemplate &t) { t.name = QStringLiteral("Bénévoles"); }).detail,
                 QStringLiteral("duplicate_name"));
        markSynced(QStringLiteral("message_templates"), zoo.id);
        QVERIFY(!templates.update(zoo.id, [](MessageTemplate &t) { t.message2 = QStringLiteral("Merci !"); }));
        QCOMPARE(templates.find(zoo.id)->message2, QStringLiteral("Merci !"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity_id = ? AND op = 'update'"), {zoo.id}),
                 1);
        markSynced(QStringLiteral("message_templates"), zoo.id);
        QVERIFY(!templates.remove(zoo.id));
        QVERIFY(!templates.findByName(zoo.name));
        QCOMPARE(templates.all().size(), 3);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity_id = ? AND op = 'delete'"), {zoo.id}),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestCampaignStore)
#include "tst_campaign_store.moc"
