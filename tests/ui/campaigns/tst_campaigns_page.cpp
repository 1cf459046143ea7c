// The WhatsApp campaigns page over a real store (issue 15): the editor
// counts recipients as categories are ticked and refuses what the server
// would; the send confirmation plans within the daily limit; the detail
// shows the server's figures and records its actions as outbox commands,
// with a banner until they reach the server; the monitor's levels and its
// error alert. Screenshots of each tab in French and English.
#include "tests/support/PageStore.h"
#include "CampaignSeed.h"
#include "UiTestSupport.h"
#include "models/Clock.h"
#include "models/Preferences.h"
#include "models/campaigns/CampaignListModel.h"
#include "models/store/CampaignRepository.h"
#include "models/store/ContactRepository.h"
#include "models/store/MessageTemplateRepository.h"
#include "models/store/Outbox.h"
#include "models/store/Store.h"
#include "ui/MainWindow.h"
#include "ui/UiContext.h"
#include "ui/campaigns/CampaignDetail.h"
#include "ui/campaigns/CampaignEditorDialog.h"
#include "ui/campaigns/CampaignsPage.h"
#include "ui/campaigns/CampaignsView.h"
#include "ui/campaigns/DailyGauge.h"
#include "ui/campaigns/MonitoringView.h"
#include "ui/campaigns/SendCampaignDialog.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace pitchside;
using namespace pitchside::ui;

class TstCampaignsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    testsupport::PageStore m_page;
    // The open page store's parts, as the tests read them.
    store::Store *m_store = nullptr;
    Preferences *m_prefs = nullptr;
    UiContext *m_context = nullptr;

    void openStore(const QString &name)
    {
        QString error;
        QVERIFY2(m_page.open(m_dir.filePath(name), &error), qPrintable(error));
        m_store = m_page.store.get();
        m_prefs = m_page.prefs.get();
        m_context = m_page.context.get();
    }

    // The club's contacts: parents of the U11 (one never checked, one with
    // no WhatsApp), the volunteers.
    struct Club
    {
        ContactCategory parents;
        ContactCategory volunteers;
        QVector<Contact> contacts;
    };
    Club demoContacts()
    {
        Club club;
        club.parents = campaignseed::category(*m_store, QStringLiteral("Parents U11"), QStringLiteral("#2E7D32"));
        club.volunteers = campaignseed::category(*m_store, QStringLiteral("Bénévoles"), QStringLiteral("#1565C0"));
        const struct
        {
            const char *first, *last, *number;
            bool parent, volunteer, checked;
        } people[] = {{"Camille", "Martin", "+33612345671", true, false, true},
                      {"Hélène", "Durand", "+33612345672", true, true, true},
                      {"Karim", "Benali", "+33612345673", true, false, false},
                      {"Sophie", "Lefèvre", "+33612345670", true, false, true}, // no WhatsApp
                      {"Thomas", "Petit", "+33698765431", false, true, true},
                      {"Léa", "Moreau", "+33698765432", false, true, true}};
        for (const auto &p : people) {
            QStringList categories;
            if (p.parent)
                categories << club.parents.id;
            if (p.volunteer)
                categories << club.volunteers.id;
            club.contacts << campaignseed::contact(*m_store, QString::fromUtf8(p.first), QString::fromUtf8(p.last),
                                                   QString::fromLatin1(p.number), categories, p.checked);
        }
        return club;
    }

    // A campaign the server is sending: some sent, read, replied, one failed.
    Campaign sendingCampaign(const Club &club)
    {
        Campaign c;
        c.name = QStringLiteral("Tournoi de Noël");
        c.message1 = QStringLiteral("Bonjour {{prenom}}, le tournoi de Noël des U11 a lieu samedi à 10 h ⚽");
        c.message2 = QStringLiteral("Merci {{prenom}} ! Rendez-vous au stade à 9 h 30.");
        c.categoryIds = {club.parents.id};
        c.status = QStringLiteral("sending");
        c.startedAt = Clock::nowUtc().addSecs(-600);
        c.totalRecipients = 3;
        c.sentCount = 2;
        c.deliveredCount = 2;
        c.readCount = 1;
        c.repliedCount = 1;
        c.failedCount = 0;
        c.pendingCount = 1;
        c.successCount = 2;
        c.message2SentCount = 1;
        c = campaignseed::campaign(*m_store, c);
        const QDateTime at = Clock::nowUtc().addSecs(-540);
        campaignseed::message(*m_store, c, club.contacts.at(0), QStringLiteral("read"), at, false, true);
        campaignseed::message(*m_store, c, club.contacts.at(0), QStringLiteral("delivered"), at.addSecs(30), true);
        campaignseed::message(*m_store, c, club.contacts.at(1), QStringLiteral("delivered"), at.addSecs(25));
        campaignseed::message(*m_store, c, club.contacts.at(2), QStringLiteral("pending"), {});
        return c;
    }

    // Last month's campaigns, for the list and the 30-day history.
    void pastCampaigns(const Club &club)
    {
        Campaign done;
        done.name = QStringLiteral("Assemblée générale");
        done.message1 = QStringLiteral("Bonjour {{prenom}}, l'assemblée générale du club a lieu vendredi à 19 h.");
        done.categoryIds = {club.volunteers.id};
        done.status = QStringLiteral("completed");
        done.startedAt = Clock::nowUtc().addDays(-12);
        done.completedAt = done.startedAt.addSecs(120);
        done.totalRecipients = 3;
        done.sentCount = done.deliveredCount = done.successCount = 2;
        done.readCount = 2;
        done.failedCount = 1;
        done.createdAt = done.startedAt.addDays(-1);
        done = campaignseed::campaign(*m_store, done);
        campaignseed::message(*m_store, done, club.contacts.at(4), QStringLiteral("read"), done.startedAt);
        campaignseed::message(*m_store, done, club.contacts.at(5), QStringLiteral("read"), done.startedAt.addSecs(25));
        campaignseed::message(*m_store, done, club.contacts.at(1), QStringLiteral("failed"),
                              done.startedAt.addSecs(50), false, false,
                              QStringLiteral("Ce numéro n'est pas sur WhatsApp."));
        Campaign draft;
        draft.name = QStringLiteral("Stage de février");
        draft.message1 = QStringLiteral("Bonjour {{prenom}}, les inscriptions au stage de février sont ouvertes.");
        draft.categoryIds = {club.parents.id};
        draft.createdAt = Clock::nowUtc().addDays(-1);
        campaignseed::campaign(*m_store, draft);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // 15:00 in Paris on a Saturday: the day's messages stay on one UTC day.
        Clock::setForTesting(QDateTime(QDate(2026, 12, 5), QTime(14, 0), QTimeZone::utc()));
        Theme::apply(Theme::Mode::Light);
        uitest::useLanguage(QStringLiteral("en"));
    }

    void cleanupTestCase() { Clock::setForTesting({}); }

    void theEditorCountsRecipientsAndRefusesWhatTheServerWould()
    {
        openStore(QStringLiteral("editor"));
        const Club club = demoContacts();
        CampaignEditorDialog dialog(*m_store, Campaign());
        QPushButton *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QVERIFY(!save->isEnabled()); // no name, no message
        dialog.nameField()->setText(QStringLiteral("Tournoi de Noël"));
        dialog.firstMessage()->setPlainText(QStringLiteral("Bonjour {{prenom}} {{nom}}, rendez-vous samedi."));
        QVERIFY(save->isEnabled());

        // Parents: four contacts, one of them found to have no WhatsApp.
        QListWidget *categories = dialog.categoryList();
        QCOMPARE(categories->count(), 2);
        for (int i = 0; i < categories->count(); ++i) {
            if (categories->item(i)->data(Qt::UserRole).toString() == club.parents.id)
                categories->item(i)->setCheckState(Qt::Checked);
        }
        QVERIFY2(dialog.recipientLabel()->text().startsWith(QStringLiteral("3 recipients")),
                 qPrintable(dialog.recipientLabel()->text()));
        // Both categories: Hélène is in both, and counts once.
        for (int i = 0; i < categories->count(); ++i)
            categories->item(i)->setCheckState(Qt::Checked);
        QVERIFY2(dialog.recipientLabel()->text().startsWith(QStringLiteral("5 recipients")),
                 qPrintable(dialog.recipientLabel()->text()));

        dialog.followUp()->setPlainText(QStringLiteral("Merci {{equipe}} !"));
        QVERIFY(!save->isEnabled()); // a variable the server would leave as written
        dialog.followUp()->setPlainText(QStringLiteral("Merci {{prenom}} !"));
        QVERIFY(save->isEnabled());

        const int before = m_store->outbox().count();
        QVERIFY(dialog.save());
        QCOMPARE(m_store->outbox().count(), before + 1);
        const auto saved = m_store->campaigns().find(dialog.savedId());
        QVERIFY(saved);
        QCOMPARE(saved->status, QStringLiteral("draft"));
        QCOMPARE(saved->categoryIds.size(), 2);
        QCOMPARE(saved->message2, QStringLiteral("Merci {{prenom}} !"));
    }

    void theEditorStartsFromATemplateAndSavesOne()
    {
        openStore(QStringLiteral("templates"));
        demoContacts();
        CampaignEditorDialog dialog(*m_store, Campaign());
        QComboBox *chooser = dialog.templateChooser();
        QVERIFY(!chooser->isEnabled()); // none yet: the first item says how to make one
        QCOMPARE(chooser->count(), 1);

        dialog.nameField()->setText(QStringLiteral("Tournoi de Noël"));
        dialog.firstMessage()->setPlainText(QStringLiteral("Bonjour {{prenom}}, rendez-vous samedi à 10 h."));
        dialog.followUp()->setPlainText(QStringLiteral("Merci {{prenom}} !"));
        QVERIFY(dialog.saveAsTemplate(QStringLiteral("Convocation tournoi"), false));
        QVERIFY(chooser->isEnabled());
        QCOMPARE(chooser->count(), 2);
        QCOMPARE(chooser->currentText(), QStringLiteral("Convocation tournoi"));
        const auto saved = m_store->messageTemplates().findByName(QStringLiteral("convocation TOURNOI"));
        QVERIFY(saved);
        QCOMPARE(saved->message2, QStringLiteral("Merci {{prenom}} !"));
        QCOMPARE(m_store->outbox().count(), 1); // the template's create: the campaign is not saved yet

        // The same name again is refused unless the person said "replace".
        dialog.firstMessage()->setPlainText(QStringLiteral("Bonjour {{prenom}}, rendez-vous dimanche à 9 h."));
        QVERIFY(!dialog.saveAsTemplate(QStringLiteral("Convocation Tournoi"), false));
        QVERIFY(dialog.saveAsTemplate(QStringLiteral("Convocation Tournoi"), true));
        QCOMPARE(m_store->messageTemplates().all().size(), 1);
        QCOMPARE(m_store->messageTemplates().find(saved->id)->message1,
                 QStringLiteral("Bonjour {{prenom}}, rendez-vous dimanche à 9 h."));

        // A new campaign starts from it: both messages, and its name while none is written.
        CampaignEditorDialog next(*m_store, Campaign());
        QCOMPARE(next.templateChooser()->count(), 2);
        next.applyTemplate(saved->id);
        QCOMPARE(next.firstMessage()->toPlainText(), QStringLiteral("Bonjour {{prenom}}, rendez-vous dimanche à 9 h."));
        QCOMPARE(next.followUp()->toPlainText(), QStringLiteral("Merci {{prenom}} !"));
        QCOMPARE(next.nameField()->text(), QStringLiteral("Convocation tournoi"));
        // Each field is one undo step back to what was written.
        next.firstMessage()->undo();
        QVERIFY(next.firstMessage()->toPlainText().isEmpty());
    }

    void theSendConfirmationPlansWithinTheDailyLimit()
    {
        Campaign c;
        c.name = QStringLiteral("Newsletter");
        campaigns::DayMonitor today;
        today.day = Clock::nowUtc().date();
        today.message1 = 700;
        today.message2 = 100;
        today.replies = 70; // 10 % reply: the capacity keeps room for their follow-ups
        QCOMPARE(today.capacity(), 181);

        SendCampaignDialog small(c, 120, today);
        QVERIFY(small.sendButton()->isEnabled());
        QCOMPARE(small.sendButton()->text(), QStringLiteral("Send to 120 contacts"));
        QVERIFY2(small.planText().startsWith(QStringLiteral("All 120 leave one by one")), qPrintable(small.planText()));

        SendCampaignDialog big(c, 2000, today);
        QVERIFY2(big.planText().contains(QStringLiteral("4 days")), qPrintable(big.planText()));
        QVERIFY2(big.planText().contains(QStringLiteral("181 on the first day")), qPrintable(big.planText()));

        SendCampaignDialog nobody(c, 0, today);
        QVERIFY(!nobody.sendButton()->isEnabled());
    }

    void theDetailRecordsActionsAsCommands()
    {
        openStore(QStringLiteral("detail"));
        const Club club = demoContacts();
        const Campaign c = sendingCampaign(club);
        CampaignsView view(*m_store);
        view.resize(1200, 760);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.openCampaign(c.id));
        CampaignDetail *detail = view.detail();
        QCOMPARE(detail->counter(0)->text(), QStringLiteral("3"));
        QCOMPARE(detail->counter(4)->text(), QStringLiteral("1"));
        QCOMPARE(detail->recipients()->model()->rowCount(), 4);
        QVERIFY(detail->stopButton()->isEnabled());
        QVERIFY(!detail->sendButton()->isEnabled());

        QTest::mouseClick(detail->stopButton(), Qt::LeftButton);
        QCOMPARE(m_store->campaigns().waitingCommand(c.id), QStringLiteral("stop"));
        QVERIFY(!detail->stopButton()->isEnabled()); // not twice
        QVERIFY(detail->banner()->isVisibleTo(detail));
        QVERIFY2(detail->banner()->text().startsWith(QStringLiteral("Stop asked")),
                 qPrintable(detail->banner()->text()));
        // The list says it waits too.
        const QModelIndex row = view.model()->index(view.model()->rowOf(c.id));
        QTRY_COMPARE(row.data(campaigns::CampaignListModel::WaitingRole).toString(), QStringLiteral("stop"));
    }

    void theMonitorShowsTheLevelAndAlertsOnErrors()
    {
        openStore(QStringLiteral("monitor"));
        const Club club = demoContacts();
        Campaign c;
        c.name = QStringLiteral("Gros envoi");
        c.message1 = QStringLiteral("Bonjour {{prenom}}");
        c.status = QStringLiteral("completed");
        c = campaignseed::campaign(*m_store, c);
        const QDateTime start = Clock::nowUtc().addSecs(-3 * 3600);
        // 800 messages out today: "attention" (over 75 % of 1000).
        for (int i = 0; i < 800; ++i)
            campaignseed::message(*m_store, c, club.contacts.at(i % club.contacts.size()), QStringLiteral("sent"),
                                  start.addSecs(i * 10));
        MonitoringView view(*m_store);
        view.resize(1100, 700);
        view.show();
        QTRY_COMPARE(view.gauge()->sent(), 800);
        QCOMPARE(campaigns::levelFor(view.gauge()->sent()), campaigns::Level::Attention);
        QVERIFY(!view.banner()->isVisibleTo(&view));
        QCOMPARE(view.capacityLabel()->text(), QStringLiteral("200"));

        // 100 failures: 11 % of today's tries, above the 10 % alert.
        for (int i = 0; i < 100; ++i)
            campaignseed::message(*m_store, c, club.contacts.at(i % club.contacts.size()), QStringLiteral("failed"),
                                  start.addSecs(i * 10), false, false, QStringLiteral("Échec"));
        QTRY_VERIFY(view.banner()->isVisibleTo(&view));
        QCOMPARE(view.banner()->kind(), MessageBanner::Kind::Warning);
        QVERIFY2(view.banner()->text().startsWith(QStringLiteral("11 %")), qPrintable(view.banner()->text()));
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void screenshots()
    {
        QFETCH(QString, language);
        uitest::useLanguage(language);
        openStore(QStringLiteral("shots-") + language);
        const Club club = demoContacts();
        const Campaign c = sendingCampaign(club);
        pastCampaigns(club);
        MainWindow window(*m_context);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(PageId::Campaigns);
        auto *page = qobject_cast<CampaignsPage *>(window.page(PageId::Campaigns));
        QVERIFY(page);
        QVERIFY(page->openCampaign(c.id));
        QTest::qWait(50);
        const QString dir = uitest::screenshotDir().isEmpty() ? m_dir.filePath(QStringLiteral("shots"))
                                                              : uitest::screenshotDir();
        QVERIFY(uitest::saveShot(&window, dir, QStringLiteral("campaigns-%1").arg(language)));
        page->showTab(CampaignsPage::Tab::Contacts);
        QTest::qWait(50);
        QVERIFY(uitest::saveShot(&window, dir, QStringLiteral("campaigns-contacts-%1").arg(language)));
        page->showTab(CampaignsPage::Tab::Monitoring);
        QTest::qWait(50);
        QVERIFY(uitest::saveShot(&window, dir, QStringLiteral("campaigns-monitoring-%1").arg(language)));

        for (const auto &[name, text] :
             {std::pair{QStringLiteral("Convocation match U13"),
                        QStringLiteral("Bonjour {{prenom}}, match samedi à 14 h au stade : rendez-vous à 13 h.")},
              std::pair{QStringLiteral("Merci aux bénévoles"),
                        QStringLiteral("Merci {{prenom}} pour ton aide ce week-end !")}}) {
            MessageTemplate t;
            t.name = name;
            t.message1 = text;
            QVERIFY(!m_store->messageTemplates().create(t));
        }
        const Campaign stored = *m_store->campaigns().find(c.id);
        CampaignEditorDialog editor(*m_store, stored, &window);
        editor.show();
        QTest::qWait(50);
        QVERIFY(uitest::saveShot(&editor, dir, QStringLiteral("campaign-editor-%1").arg(language)));
        editor.hide();
        campaigns::DayMonitor today = campaigns::DayMonitor::read(m_store->campaigns(), Clock::nowUtc().date());
        SendCampaignDialog send(*m_store->campaigns().find(c.id), 248, today, &window);
        send.show();
        QTest::qWait(50);
        QVERIFY(uitest::saveShot(&send, dir, QStringLiteral("campaign-send-%1").arg(language)));
        uitest::useLanguage(QStringLiteral("en"));
    }
};

QTEST_MAIN(TstCampaignsPage)
#include "tst_campaigns_page.moc"
