// The first use of Pitchside through its real composition root (app/'s
// Application, not a hand-built window), in French, against
// `pitchside-server --seed demo` over 127.0.0.1 and the real keychain:
// the welcome, signing in through the app's own dialog, typing a post (no
// refusal banner), a server photo in the picker (real pixels, not the
// placeholder), an AI suggestion, publishing a draft now and the warnings
// about the demo's expired LinkedIn account (issue 13), then offline and
// back (issue 11), and the demo's draft campaign sent (issue 15).
#include "SyncFixture.h"
#include "app/Application.h"
#include "ui/MainWindow.h"
#include "ui/PublishingTray.h"
#include "ui/StatusStrip.h"
#include "ui/calendar/CalendarPage.h"
#include "ui/campaigns/CampaignDetail.h"
#include "ui/campaigns/CampaignsPage.h"
#include "ui/campaigns/CampaignsView.h"
#include "ui/campaigns/ContactsView.h"
#include "ui/campaigns/SendCampaignDialog.h"
#include "ui/accounts/SignInDialog.h"
#include "ui/common/MediaPickerDialog.h"
#include "ui/common/MessageBanner.h"
#include "ui/editor/AiPanel.h"
#include "ui/editor/EditorPage.h"
#include "ui/editor/PostComposer.h"
#include "ui/editor/PostTextEdit.h"
#include "ui/editor/PublishingPanel.h"
#include "ui/inbox/InboxPage.h"
#include "ui/inbox/MessageComposer.h"
#include "ui/inbox/NotificationBell.h"
#include "models/ConversationListModel.h"
#include "models/campaigns/CampaignListModel.h"
#include "models/campaigns/ContactTableModel.h"
#include "models/ThreadModel.h"

#include <QApplication>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace pitchside;
using namespace pitchside::test;

namespace {

const QString kEmail = QStringLiteral("claire.martin@us-riviere.fr"); // the demo club's volunteer (README)
const QString kPassword = QStringLiteral("Riviere2026!");

template <typename T>
T *visibleTopLevel()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *t = qobject_cast<T *>(w); t && t->isVisible())
            return t;
    }
    return nullptr;
}

// Distinct colours in an icon: a placeholder has a handful, a photo many.
int colours(const QIcon &icon)
{
    const QImage image = icon.pixmap(QSize(96, 96)).toImage();
    QSet<QRgb> seen;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            seen.insert(image.pixel(x, y));
    return int(seen.size());
}

} // namespace

class TstAppFirstUse : public QObject
{
    Q_OBJECT
public:
    TstAppFirstUse(TestServer &server, const QString &dataDir) : m_server(server), m_dataDir(dataDir) {}

private:
    TestServer &m_server;
    QString m_dataDir;

    static ui::MainWindow *window() { return visibleTopLevel<ui::MainWindow>(); }
    static QString connection() { return window() ? window()->statusStrip()->connectionText() : QString(); }

private Q_SLOTS:
    void welcomesAndSignsInThroughItsOwnDialog()
    {
        // No account yet: the window opens on this computer, with the welcome over it.
        QVERIFY(waitFor([] { return visibleTopLevel<ui::SignInDialog>() != nullptr; }, 10000));
        QCOMPARE(connection(), QStringLiteral("Sur cet ordinateur uniquement"));
        ui::SignInDialog *dialog = visibleTopLevel<ui::SignInDialog>();
        QVERIFY(dialog->isWelcome());
        auto *offline = dialog->findChild<QPushButton *>(QStringLiteral("WorkWithoutAccount"));
        QVERIFY(offline && offline->isVisible());
        QCOMPARE(offline->text(), QStringLiteral("Travailler sans compte"));

        const QList<QLineEdit *> edits = dialog->findChildren<QLineEdit *>();
        QCOMPARE(edits.size(), 3);
        edits[0]->selectAll();
        QTest::keyClicks(edits[0], m_server.url().toString());
        QTest::keyClicks(edits[1], kEmail);
        QTest::keyClicks(edits[2], kPassword);
        QTest::keyClick(edits[2], Qt::Key_Return);

        // The window is rebuilt on the account, and its first sync ends.
        QVERIFY2(waitFor([] { return connection() == QStringLiteral("En ligne"); }, 60000), qPrintable(connection()));
        QVERIFY(visibleTopLevel<ui::SignInDialog>() == nullptr);
        QVERIFY(waitFor([] { return window()->statusStrip()->pendingText()
                                        == QStringLiteral("Tout est enregistré"); },
                        30000));
    }

    void aNewPostIsTypedWithoutARefusal()
    {
        ui::MainWindow *w = window();
        w->showPage(ui::PageId::Editor);
        auto *editor = qobject_cast<ui::EditorPage *>(w->page(ui::PageId::Editor));
        QVERIFY(editor);
        editor->newPost(); // Instagram ticked by default, no photo yet
        QTest::keyClicks(editor->composer()->text(), QStringLiteral("Match samedi 15 h, venez nombreux !"));
        QVERIFY(waitFor([&] { return !editor->currentPostId().isEmpty(); }, 10000)); // saved as it is typed
        const QString id = editor->currentPostId();

        // Saved, pushed, accepted: a draft is not held to Instagram's rules.
        RemoteUser web(m_server, kEmail, kPassword);
        QVERIFY(web.login());
        QVERIFY(waitFor([&] { return web.posts().contains(id); }, 20000));
        QVERIFY(waitFor([&] { return w->statusStrip()->pendingText()
                                     == QStringLiteral("Tout est enregistré"); },
                        20000));
        QVERIFY2(!editor->banner()->isVisible(), qPrintable(editor->banner()->text()));
    }

    void theClubsPhotosShowInThePicker()
    {
        auto *editor = qobject_cast<ui::EditorPage *>(window()->page(ui::PageId::Editor));
        int best = 0;
        int items = 0;
        bool sawPicker = false;
        // The picker is modal: look at it from inside its own loop.
        QTimer::singleShot(0, this, [&] {
            if (!waitFor([] { return qobject_cast<ui::MediaPickerDialog *>(QApplication::activeModalWidget()); },
                         10000))
                return;
            auto *picker = qobject_cast<ui::MediaPickerDialog *>(QApplication::activeModalWidget());
            sawPicker = true;
            QListWidget *grid = picker->grid();
            items = grid->count();
            // Thumbnails arrive from the server's variants (or its cache).
            waitFor([&] {
                for (int i = 0; i < grid->count(); ++i)
                    best = qMax(best, colours(grid->item(i)->icon()));
                return best > 64;
            }, 20000);
            picker->reject();
        });
        editor->attachMedia();
        QVERIFY(sawPicker);
        QVERIFY2(items > 0, "the demo club's photos are offered");
        QVERIFY2(best > 64, qPrintable(QStringLiteral("the best thumbnail has %1 colours: a placeholder").arg(best)));
    }

    void theAiAnswers()
    {
        auto *editor = qobject_cast<ui::EditorPage *>(window()->page(ui::PageId::Editor));
        ui::AiPanel *ai = editor->aiPanel();
        QVERIFY2(ai->ideasButton()->isEnabled(), qPrintable(ai->ideasButton()->toolTip()));
        ai->ideasButton()->click();
        QVERIFY(waitFor([&] { return ai->ideas()->count() > 0; }, 20000));
    }

    void publishesNowAndWarnsBeforehand()
    {
        ui::MainWindow *w = window();
        // The demo club's LinkedIn authorisation has expired: the tray and
        // the calendar say so, with what to do.
        QVERIFY2(waitFor([&] { return w->publishingTray()->toolTip().contains(QStringLiteral("LinkedIn")); }, 10000),
                 qPrintable(w->publishingTray()->toolTip()));
        QVERIFY(w->publishingTray()->toolTip().startsWith(QStringLiteral("Pitchside · des publications vont échouer")));
        w->showPage(ui::PageId::Calendar);
        auto *calendar = qobject_cast<ui::CalendarPage *>(w->page(ui::PageId::Calendar));
        QVERIFY(calendar);
        QVERIFY2(waitFor([&] { return calendar->publishingBanner()->text().contains(QStringLiteral("LinkedIn")); },
                         10000),
                 qPrintable(calendar->publishingBanner()->text()));
        QVERIFY(calendar->publishingBanner()->text().contains(QStringLiteral("reconnectez le compte")));

        // A Facebook-only draft of the demo, published now from the editor.
        RemoteUser web(m_server, kEmail, kPassword);
        QVERIFY(web.login());
        QString draft;
        const PostSnapshot posts = web.posts();
        for (auto it = posts.cbegin(); it != posts.cend() && draft.isEmpty(); ++it)
            if (it->status == u"draft" && it->platforms == QStringList{QStringLiteral("facebook")})
                draft = it.key();
        QVERIFY(!draft.isEmpty());
        w->showPage(ui::PageId::Editor);
        auto *editor = qobject_cast<ui::EditorPage *>(w->page(ui::PageId::Editor));
        editor->openPost(draft);
        QCOMPARE(editor->currentPostId(), draft);
        QPushButton *publish = editor->composer()->publishNowButton();
        QCOMPARE(publish->text(), QStringLiteral("Publier maintenant"));
        QVERIFY(publish->isEnabled());
        publish->click();

        // The server publishes it through the club's Facebook account; the
        // outcome comes back by sync, with the link to the post.
        QVERIFY(waitFor([&] { return web.posts().value(draft).status == u"published"; }, 20000));
        ui::PublishingPanel *panel = editor->composer()->publishing();
        auto published = [&] {
            for (const QString &line : panel->lines())
                if (line.startsWith(QStringLiteral("Facebook : publiée")) && line.contains(u"Voir la publication"))
                    return true;
            return false;
        };
        QVERIFY2(waitFor(published, 20000), qPrintable(panel->lines().join(u'\n')));
        QVERIFY(waitFor([&] { return w->statusStrip()->pendingText() == QStringLiteral("Tout est enregistré"); },
                        20000));
    }

    void theDemoInboxTakesAReply()
    {
        ui::MainWindow *w = window();
        // The demo's notifications and conversations came with the first sync.
        QVERIFY(waitFor([&] { return w->notificationBell()->unreadCount() > 0; }, 10000));
        w->showPage(ui::PageId::Inbox);
        auto *inbox = qobject_cast<ui::InboxPage *>(w->page(ui::PageId::Inbox));
        QVERIFY(inbox);
        QVERIFY(waitFor([&] { return inbox->conversations()->rowCount() >= 3; }, 10000));
        QString sponsor;
        for (int i = 0; i < inbox->conversations()->rowCount(); ++i) {
            const QModelIndex row = inbox->conversations()->index(i);
            if (row.data(ConversationListModel::NameRole).toString().contains(QStringLiteral("Boulangerie Martin")))
                sponsor = row.data(ConversationListModel::IdRole).toString();
        }
        QVERIFY2(!sponsor.isEmpty(), "the demo's sponsor writes to the club");
        QVERIFY(inbox->openConversation(sponsor));
        QVERIFY(inbox->thread()->rowCount() > 0);
        const QString reply = QStringLiteral("Merci, je vous envoie le logo demain.");
        inbox->composer()->setText(reply);
        QVERIFY(inbox->composer()->sendButton()->isEnabled());
        inbox->composer()->sendButton()->click();
        QVERIFY(inbox->composer()->text().isEmpty());
        ThreadModel *thread = inbox->thread();
        const auto last = [&] { return thread->index(thread->rowCount() - 1); };
        QCOMPARE(last().data(ThreadModel::TextRole).toString(), reply);
        // Sent by the background sync: ✓ once the server has it.
        QVERIFY2(waitFor([&] {
                     const auto d = ThreadModel::Delivery(last().data(ThreadModel::DeliveryRole).toInt());
                     return d == ThreadModel::Delivery::Sent || d == ThreadModel::Delivery::Read;
                 }, 20000),
                 qPrintable(last().data(ThreadModel::ErrorRole).toString()));
        QVERIFY(waitFor([&] { return w->statusStrip()->pendingText() == QStringLiteral("Tout est enregistré"); }, 20000));
    }

    void theDemoCampaignGoesOut()
    {
        // Issue 15: the demo's campaigns and contacts came with the first
        // sync; its draft is sent through the confirmation, and the server
        // takes the command.
        ui::MainWindow *w = window();
        w->showPage(ui::PageId::Campaigns);
        auto *page = qobject_cast<ui::CampaignsPage *>(w->page(ui::PageId::Campaigns));
        QVERIFY(page);
        campaigns::CampaignListModel *list = page->campaigns()->model();
        QVERIFY(waitFor([&] { return list->rowCount() >= 5; }, 10000));
        QString draft;
        for (int i = 0; i < list->rowCount(); ++i) {
            if (list->index(i).data(campaigns::CampaignListModel::StatusRole).toString() == u"draft")
                draft = list->index(i).data(campaigns::CampaignListModel::IdRole).toString();
        }
        QVERIFY2(!draft.isEmpty(), "the demo has a draft campaign");
        QVERIFY(page->openCampaign(draft));
        ui::CampaignDetail *detail = page->campaigns()->detail();
        QVERIFY(detail->sendButton()->isEnabled());

        // The confirmation says how many and when; "Send" in it.
        QString plan;
        QTimer confirm;
        connect(&confirm, &QTimer::timeout, this, [&] {
            if (auto *dialog = visibleTopLevel<ui::SendCampaignDialog>()) {
                plan = dialog->planText();
                dialog->accept();
            }
        });
        confirm.start(50);
        detail->sendButton()->click();
        confirm.stop();
        QVERIFY2(!plan.isEmpty(), "the send confirmation showed");
        const auto row = [&] {
            for (int i = 0; i < list->rowCount(); ++i) {
                if (list->index(i).data(campaigns::CampaignListModel::IdRole).toString() == draft)
                    return list->index(i);
            }
            return QModelIndex();
        };
        QVERIFY2(waitFor([&] {
                     const QString status = row().data(campaigns::CampaignListModel::StatusRole).toString();
                     return row().data(campaigns::CampaignListModel::WaitingRole).toString().isEmpty()
                            && (status == u"sending" || status == u"completed");
                 }, 20000),
                 qPrintable(row().data(campaigns::CampaignListModel::StatusRole).toString()));

        page->showTab(ui::CampaignsPage::Tab::Contacts);
        QVERIFY(page->contacts()->model()->rowCount() >= 200);
        QVERIFY(waitFor([&] { return w->statusStrip()->pendingText() == QStringLiteral("Tout est enregistré"); }, 20000));
    }

    void offlineAndBackIsSaidAtEachStep()
    {
        // A sync the last step started (a read mark) ends first.
        QVERIFY2(waitFor([] { return connection() == QStringLiteral("En ligne"); }, 15000), qPrintable(connection()));
        m_server.stop();
        // Nothing edited, nothing clicked: the strip notices by itself.
        QVERIFY2(waitFor([] { return connection().startsWith(QStringLiteral("Hors ligne")); }, 15000),
                 qPrintable(connection()));
        QVERIFY2(connection().contains(QStringLiteral("vérifié à")), qPrintable(connection()));
        QVERIFY(m_server.restart());
        QVERIFY2(waitFor([] { return connection() == QStringLiteral("En ligne"); }, 30000), qPrintable(connection()));
    }
};

int main(int argc, char **argv)
{
    QTemporaryDir dir;
    // The app reads its options like a user's launch: French, a data folder
    // of its own, no --server (the welcome asks for it).
    QByteArray program(argv[0]);
    QByteArray dataDirFlag("--data-dir");
    QByteArray dataDir = dir.filePath(QStringLiteral("app")).toLocal8Bit();
    QByteArray langFlag("--lang");
    QByteArray lang("fr");
    char *appArgv[] = {program.data(), dataDirFlag.data(), dataDir.data(), langFlag.data(), lang.data(), nullptr};
    int appArgc = 5;
    QApplication qapp(appArgc, appArgv);
    QApplication::setApplicationName(QStringLiteral("pitchside-first-use-test"));

    TestServer server;
    TestServer::Options options;
    options.seed = QStringLiteral("demo");
    if (!server.start(dir.filePath(QStringLiteral("server")), options)) {
        qCritical("cannot start pitchside-server --seed demo");
        return 1;
    }
    int result = 1;
    app::Application application(qapp);
    TstAppFirstUse test(server, QString::fromLocal8Bit(dataDir));
    QTimer::singleShot(0, &qapp, [&] {
        QStringList testArgs{QString::fromLocal8Bit(program)};
        for (int i = 1; i < argc; ++i)
            testArgs << QString::fromLocal8Bit(argv[i]);
        result = QTest::qExec(&test, testArgs);
        QApplication::closeAllWindows();
        qapp.quit();
    });
    application.run();
    server.stop();
    return result;
}

#include "tst_app_first_use.moc"
