// The inbox page over a real store (issue 14): the thread opens on what is
// new, stays put when the reader scrolled up, follows when they are at the
// bottom, loads earlier pages without moving; the composer's limit, its
// Ctrl+Enter and the drafts kept across restarts; a notification's click
// opens what it is about. Screenshots in French and English, light and dark.
#include "tests/support/PageStore.h"
#include "InboxSeed.h"
#include "UiTestSupport.h"
#include "models/Clock.h"
#include "models/ConversationListModel.h"
#include "models/NotificationAlerts.h"
#include "models/NotificationListModel.h"
#include "models/Preferences.h"
#include "models/ThreadModel.h"
#include "models/store/PushQueue.h"
#include "models/store/Store.h"
#include "ui/MainWindow.h"
#include "ui/PublishingTray.h"
#include "ui/settings/SettingsPage.h"
#include "ui/NavigationRail.h"
#include "ui/UiContext.h"
#include "ui/common/Theme.h"
#include "ui/inbox/InboxPage.h"
#include "ui/inbox/MessageComposer.h"
#include "ui/inbox/NotificationBell.h"
#include "ui/inbox/ThreadView.h"

#include <QCheckBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace pitchside;
using namespace pitchside::ui;

class TstInboxPage : public QObject
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

    // A sponsor who wrote a long thread; the last three not read yet.
    Conversation longThread(int messages)
    {
        const Conversation c = inboxseed::conversation(*m_store, QStringLiteral("Boulangerie Martin"),
                                                       QStringLiteral("sponsor"), QStringLiteral("Maillot 2027"));
        const QDateTime start = Clock::nowUtc().addSecs(-qint64(messages) * 600);
        for (int i = 0; i < messages; ++i) {
            const bool mine = i % 3 == 1 && i < messages - 3;
            inboxseed::message(*m_store, c, QStringLiteral("Message %1 — on cale le logo sur la manche ?").arg(i + 1),
                               start.addSecs(qint64(i) * 600), mine, i < messages - 3);
        }
        return *m_store->inbox().conversation(c.id);
    }

    void demoInbox()
    {
        const QDateTime now = Clock::nowUtc();
        const Conversation sponsor = inboxseed::conversation(*m_store, QStringLiteral("Boulangerie Martin"),
                                                             QStringLiteral("sponsor"), QStringLiteral("Maillot 2027"));
        const QStringList lines = {
            QStringLiteral("Bonjour Claire, nous aimerions renouveler notre partenariat pour la saison prochaine."),
            QStringLiteral("Bonjour Julien ! Avec plaisir. Vous pensiez au maillot ou aux panneaux du stade ?"),
            QStringLiteral("Le maillot, sur la manche. Quel serait le tarif pour les U15 et les seniors ?"),
            QStringLiteral("Je vous prépare une proposition d'ici vendredi."),
            QStringLiteral("Parfait. Et pour la photo d'équipe, on peut venir samedi au match ?"),
            QStringLiteral("Bien sûr, coup d'envoi 15 h. Je vous réserve deux places en tribune."),
            QStringLiteral("Merci ! Pouvez-vous aussi nous envoyer le logo en haute définition ?"),
            QStringLiteral("Nous avons aussi une idée de jeu concours pour vos réseaux 🙂"),
        };
        for (int i = 0; i < lines.size(); ++i)
            inboxseed::message(*m_store, sponsor, lines[i], now.addSecs(-qint64(lines.size() - i) * 3 * 3600),
                               i % 2 == 1 && i < lines.size() - 2, i < lines.size() - 2);
        const Conversation district =
            inboxseed::conversation(*m_store, QStringLiteral("District de l'Ain"), QStringLiteral("club"),
                                    QStringLiteral("Calendrier des U13"));
        inboxseed::message(*m_store, district, QStringLiteral("Le calendrier des U13 est en ligne."),
                           now.addDays(-3), false);
        inboxseed::message(*m_store, district, QStringLiteral("Merci, nous l'avons partagé."), now.addDays(-3).addSecs(900),
                           true);
        const Conversation karim =
            inboxseed::conversation(*m_store, QStringLiteral("Karim B."), QStringLiteral("whatsapp"));
        inboxseed::message(*m_store, karim, QStringLiteral("Oui, je serai là pour la vente des calendriers !"),
                           now.addSecs(-40 * 60), false, false);
        inboxseed::notification(*m_store, QStringLiteral("message"), QStringLiteral("Nouveau message de Karim B."),
                                QStringLiteral("Oui, je serai là pour la vente des calendriers !"),
                                now.addSecs(-40 * 60), QStringLiteral("conversation"), karim.id);
        inboxseed::notification(*m_store, QStringLiteral("publication_failed"),
                                QStringLiteral("Publication refusée sur LinkedIn"),
                                QStringLiteral("Reconnectez le compte LinkedIn pour publier « Victoire 3-1 ! »."),
                                now.addSecs(-5 * 3600));
        inboxseed::notification(*m_store, QStringLiteral("document_ready"), QStringLiteral("Affiche prête"),
                                QStringLiteral("L'affiche du match contre Bourg est prête."), now.addDays(-1), {}, {},
                                true);
    }

    static ThreadModel::Delivery delivery(const ThreadModel &m, int row)
    {
        return ThreadModel::Delivery(m.index(row).data(ThreadModel::DeliveryRole).toInt());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Theme::apply(Theme::Mode::Light);
        uitest::useLanguage(QStringLiteral("en"));
    }

    void cleanup() { m_page.close(); }

    void theThreadOpensOnWhatIsNewAndFollowsOnlyAtTheBottom()
    {
        openStore(QStringLiteral("scroll"));
        const Conversation c = longThread(300);
        InboxPage page(*m_context);
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(m_store->inbox().unreadTotal(), 3);
        QVERIFY(page.openConversation(c.id));
        ThreadModel &model = *page.thread();
        QCOMPARE(model.rowCount(), ThreadModel::kPage); // the last page only
        const int marker = model.firstUnreadRow();
        QCOMPARE(marker, ThreadModel::kPage - 3);
        QVERIFY(model.index(marker).data(ThreadModel::FirstUnreadRole).toBool());
        ThreadView &view = *page.threadView();
        QVERIFY(view.viewport()->rect().intersects(view.visualRect(model.index(marker))));

        // At the bottom, the conversation is read (and the read goes with the outbox).
        view.scrollToBottom();
        QTRY_COMPARE(m_store->inbox().unreadTotal(), 0);
        QVERIFY(!store::PushQueue(m_store->database().sql()).forEntity(store::EntityType::Conversation, c.id).isEmpty());

        // A message while at the bottom: it scrolls into view.
        inboxseed::message(*m_store, c, QStringLiteral("Et le devis ?"), Clock::nowUtc(), false, false);
        QCOMPARE(model.rowCount(), ThreadModel::kPage + 1);
        QTRY_VERIFY(view.isAtBottom());
        QVERIFY(!view.newMessagesButton()->isVisible());

        // Scrolled up to read: it stays put, and says something came.
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum() / 2);
        const int value = view.verticalScrollBar()->value();
        inboxseed::message(*m_store, c, QStringLiteral("Vous êtes là ?"), Clock::nowUtc().addSecs(5), false, false);
        QCOMPARE(view.verticalScrollBar()->value(), value);
        QVERIFY(view.newMessagesButton()->isVisible());
        QTest::mouseClick(view.newMessagesButton(), Qt::LeftButton);
        QTRY_VERIFY(view.isAtBottom());

        // The top loads the page before, and what was on screen stays there.
        const QString firstId = model.index(0).data(ThreadModel::IdRole).toString();
        view.scrollToTop();
        QTRY_VERIFY(model.rowCount() > ThreadModel::kPage + 2);
        const QRect where = view.visualRect(model.index(model.rowOf(firstId)));
        QVERIFY2(where.top() >= -4 && where.top() <= 4, qPrintable(QString::number(where.top())));
    }

    void ourMessagesSayHowFarTheyWent()
    {
        openStore(QStringLiteral("ticks"));
        const Conversation c = inboxseed::conversation(*m_store, QStringLiteral("District de l'Ain"),
                                                       QStringLiteral("club"));
        inboxseed::message(*m_store, c, QStringLiteral("Lu"), Clock::nowUtc().addSecs(-60), true, true);
        inboxseed::message(*m_store, c, QStringLiteral("Envoyé"), Clock::nowUtc().addSecs(-30), true, false);
        QVERIFY(!m_store->inbox().send(c.id, QStringLiteral("En attente")));
        ThreadModel model(*m_store);
        model.open(c.id, c.participantId, {});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(delivery(model, 0), ThreadModel::Delivery::Read);
        QCOMPARE(delivery(model, 1), ThreadModel::Delivery::Sent);
        QCOMPARE(delivery(model, 2), ThreadModel::Delivery::Waiting);
    }

    void theComposerCountsAndRefusesBeyondTheLimit()
    {
        openStore(QStringLiteral("composer"));
        const Conversation c = inboxseed::conversation(*m_store, QStringLiteral("Karim B."), QStringLiteral("whatsapp"));
        InboxPage page(*m_context);
        page.resize(1100, 700);
        page.show();
        QVERIFY(page.openConversation(c.id));
        MessageComposer &composer = *page.composer();
        composer.editor()->setPlainText(QString(5001, u'a'));
        QVERIFY(composer.isOverLimit());
        QVERIFY(composer.counter()->property("over").toBool());
        QCOMPARE(composer.counter()->palette().color(QPalette::WindowText), Theme::danger());
        QVERIFY(!composer.sendButton()->isEnabled());
        QTest::keyClick(composer.editor(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(m_store->inbox().threadSize(c.id), 0);
        QVERIFY(composer.counter()->text().contains(QStringLiteral("5,001")));
        // An emoji is one character, as the server counts.
        composer.editor()->setPlainText(QString(4999, u'a') + QStringLiteral("⚽"));
        QVERIFY(!composer.isOverLimit());
        QVERIFY(composer.sendButton()->isEnabled());
    }

    void ctrlEnterSendsAndDraftsSurviveARestart()
    {
        openStore(QStringLiteral("drafts"));
        const Conversation c = inboxseed::conversation(*m_store, QStringLiteral("Boulangerie Martin"),
                                                       QStringLiteral("sponsor"));
        {
            InboxPage page(*m_context);
            page.show();
            QVERIFY(page.openConversation(c.id));
            QTest::keyClicks(page.composer()->editor(), QStringLiteral("Bonjour, je reviens vers vous"));
            QTRY_COMPARE(m_store->inbox().draft(c.id), QStringLiteral("Bonjour, je reviens vers vous"));
        }
        openStore(QStringLiteral("drafts")); // a restart
        InboxPage page(*m_context);
        page.show();
        QVERIFY(page.openConversation(c.id));
        QCOMPARE(page.composer()->text(), QStringLiteral("Bonjour, je reviens vers vous"));
        QVERIFY(page.conversations()->index(0).data(ConversationListModel::HasDraftRole).toBool());
        QTest::keyClick(page.composer()->editor(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(m_store->inbox().threadSize(c.id), 1);
        QVERIFY(page.composer()->text().isEmpty());
        QVERIFY(m_store->inbox().draft(c.id).isEmpty());
        QCOMPARE(page.thread()->rowCount(), 1);
        QCOMPARE(delivery(*page.thread(), 0), ThreadModel::Delivery::Waiting);
    }

    void searchFindsNamesSubjectsAndMessages()
    {
        openStore(QStringLiteral("search"));
        demoInbox();
        InboxPage page(*m_context);
        page.show();
        QCOMPARE(page.conversations()->rowCount(), 3);
        page.searchField()->setText(QStringLiteral("district"));
        QTRY_COMPARE(page.conversations()->rowCount(), 1);
        page.searchField()->setText(QStringLiteral("MAILLOT")); // a subject, in any case
        QTRY_COMPARE(page.conversations()->index(0).data(ConversationListModel::NameRole).toString(),
                     QStringLiteral("Boulangerie Martin"));
        page.searchField()->setText(QStringLiteral("calendrier")); // words of a message (and a subject)
        QTRY_COMPARE(page.conversations()->rowCount(), 2);
        page.searchField()->clear();
        QTRY_COMPARE(page.conversations()->rowCount(), 3);
    }

    void aNotificationOpensWhatItIsAbout()
    {
        openStore(QStringLiteral("bell"));
        demoInbox();
        MainWindow window(*m_context);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        NotificationBell *bell = window.notificationBell();
        QVERIFY(bell);
        QCOMPARE(bell->unreadCount(), 2);
        QVERIFY(bell->toolTip().contains(QStringLiteral("2")));
        // The rail says what is unread: the sponsor's 2 and Karim's 1.
        QVERIFY2(window.rail()->button(PageId::Inbox)->accessibleName().contains(QStringLiteral("3 unread")),
                 qPrintable(window.rail()->button(PageId::Inbox)->accessibleName()));
        bell->showPanel();
        QVERIFY(bell->panel()->isVisible());
        QCOMPARE(bell->model()->index(0).data(NotificationListModel::TitleRole).toString(),
                 QStringLiteral("Nouveau message de Karim B."));
        QTest::mouseClick(bell->list()->viewport(), Qt::LeftButton, {},
                          bell->list()->visualRect(bell->model()->index(0)).center());
        QTRY_COMPARE(window.currentPage(), PageId::Inbox);
        auto *inbox = qobject_cast<InboxPage *>(window.page(PageId::Inbox));
        QVERIFY(inbox);
        const QString karim = inbox->conversations()->index(inbox->conversations()->rowOf(inbox->currentConversation()))
                                  .data(ConversationListModel::NameRole)
                                  .toString();
        QCOMPARE(karim, QStringLiteral("Karim B."));
        QTRY_COMPARE(bell->unreadCount(), 1);
        QVERIFY(!bell->panel()->isVisible());
        // Karim's conversation is open, so read: the rail counts the sponsor's only.
        QTRY_COMPARE(m_store->inbox().unreadTotal(), 2);
        QTRY_VERIFY(window.rail()->button(PageId::Inbox)->accessibleName().contains(QStringLiteral("2 unread")));
    }

    void newNotificationsReachTheDesktopAsSettingsSay()
    {
        openStore(QStringLiteral("alerts"));
        demoInbox(); // the backlog: already there when Pitchside started, not news
        MainWindow window(*m_context); // not shown: in the background
        PublishingTray *tray = window.publishingTray();
        const QString before = tray->lastNotification();
        QVERIFY(!before.contains(QStringLiteral("Karim")));

        inboxseed::notification(*m_store, QStringLiteral("sponsor_offer"), QStringLiteral("Offre de la Boulangerie Martin"),
                                QStringLiteral("1 200 € pour la manche du maillot."), Clock::nowUtc(),
                                QStringLiteral("sponsor_request"), QStringLiteral("a1b2c3d4-0000-4000-8000-000000000001"));
        QTRY_VERIFY2(tray->lastNotification().startsWith(QStringLiteral("Offre de la Boulangerie Martin\n1 200 €")),
                     qPrintable(tray->lastNotification()));

        // Turned off in Settings: the bell still has it, the desktop does not.
        SettingsPage settings(*m_context);
        auto *toggle = settings.findChild<QCheckBox *>(QStringLiteral("desktop-notification-sponsor_offer"));
        QVERIFY(toggle);
        QVERIFY(toggle->isChecked());
        toggle->setChecked(false);
        QVERIFY(!NotificationAlerts::wanted(*m_prefs, QStringLiteral("sponsor_offer")));
        inboxseed::notification(*m_store, QStringLiteral("sponsor_offer"), QStringLiteral("Offre du Garage Dupont"),
                                QStringLiteral("Panneau en tribune."), Clock::nowUtc());
        inboxseed::notification(*m_store, QStringLiteral("document_ready"), QStringLiteral("Affiche prête"),
                                QStringLiteral("L'affiche du tournoi est prête."), Clock::nowUtc());
        QTRY_VERIFY(tray->lastNotification().startsWith(QStringLiteral("Affiche prête")));
        QCOMPARE(window.notificationBell()->unreadCount(), 5);
        // Kept across restarts.
        SettingsPage again(*m_context);
        QVERIFY(!again.findChild<QCheckBox *>(QStringLiteral("desktop-notification-sponsor_offer"))->isChecked());

        // A burst (one sync page) becomes one line.
        {
            const QSignalBlocker quiet(&m_store->hub());
            for (int i = 0; i < NotificationAlerts::kBurst + 2; ++i)
                inboxseed::notification(*m_store, QStringLiteral("message"), QStringLiteral("Message %1").arg(i),
                                        QStringLiteral("Bonjour"), Clock::nowUtc());
        }
        m_store->hub().notify(store::EntityType::Notification);
        QTRY_VERIFY2(tray->lastNotification().startsWith(QStringLiteral("5 new notifications")),
                     qPrintable(tray->lastNotification()));
        // Told once: the same change again says nothing more.
        inboxseed::notification(*m_store, QStringLiteral("document_ready"), QStringLiteral("Programme prêt"),
                                QStringLiteral("Le programme est prêt."), Clock::nowUtc());
        QTRY_VERIFY(tray->lastNotification().startsWith(QStringLiteral("Programme prêt")));
        m_store->hub().notify(store::EntityType::Notification);
        QTest::qWait(20);
        QVERIFY(tray->lastNotification().startsWith(QStringLiteral("Programme prêt")));
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("dark");
        QTest::newRow("fr") << QStringLiteral("fr") << false;
        QTest::newRow("en") << QStringLiteral("en") << false;
        QTest::newRow("fr-dark") << QStringLiteral("fr") << true;
        QTest::newRow("en-dark") << QStringLiteral("en") << true;
    }

    void screenshots()
    {
        QFETCH(QString, language);
        QFETCH(bool, dark);
        uitest::useLanguage(language);
        Theme::apply(dark ? Theme::Mode::Dark : Theme::Mode::Light);
        openStore(QStringLiteral("shots-") + QString::fromLatin1(QTest::currentDataTag()));
        demoInbox();
        MainWindow window(*m_context);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(PageId::Inbox);
        auto *inbox = qobject_cast<InboxPage *>(window.page(PageId::Inbox));
        QVERIFY(inbox->openConversation(inbox->conversations()->index(0).data(ConversationListModel::IdRole).toString()));
        inbox->composer()->setText(language == QLatin1String("fr") ? QStringLiteral("Je vous envoie le logo demain.")
                                                                   : QStringLiteral("I'll send the logo tomorrow."));
        QTest::qWait(50);
        const QString dir = uitest::screenshotDir().isEmpty() ? m_dir.filePath(QStringLiteral("shots"))
                                                              : uitest::screenshotDir();
        const QString suffix = language + (dark ? QStringLiteral("-dark") : QString());
        QVERIFY(uitest::saveShot(&window, dir, QStringLiteral("inbox-%1").arg(suffix)));
        window.notificationBell()->showPanel();
        QTest::qWait(50);
        QVERIFY(uitest::saveShot(window.notificationBell()->panel(), dir, QStringLiteral("notifications-%1").arg(suffix)));
        window.notificationBell()->panel()->hide();
        Theme::apply(Theme::Mode::Light);
        uitest::useLanguage(QStringLiteral("en"));
    }
};

QTEST_MAIN(TstInboxPage)
#include "tst_inbox_page.moc"
