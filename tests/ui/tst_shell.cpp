// The main window over a real store: pages, shortcuts, autosave, status,
// remembered page and geometry, settings validation.
#include "models/Clock.h"
#include "models/Preferences.h"
#include "models/store/PushQueue.h"
#include "models/store/Store.h"
#include "ui/MainWindow.h"
#include "ui/NavigationRail.h"
#include "ui/StatusStrip.h"
#include "ui/UiContext.h"
#include "ui/calendar/CalendarPage.h"
#include "ui/common/Theme.h"
#include "ui/editor/EditorPage.h"
#include "ui/settings/SettingsPage.h"

#include <QApplication>
#include <QMessageBox>
#include <QSet>
#include <QSignalSpy>
#include <QTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace pitchside;
using namespace pitchside::ui;

class TestShell : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<Preferences> m_prefs;
    std::unique_ptr<UiContext> m_context;

    std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = std::make_unique<MainWindow>(*m_context);
        window->restoreWindow();
        window->show();
        [[maybe_unused]] bool exposed = QTest::qWaitForWindowExposed(window.get());
        return window;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Theme::apply(Theme::Mode::Light);
        store::StoreError error;
        m_store = store::Store::open(m_dir.filePath(QStringLiteral("accounts/local/pitchside.sqlite")), &error);
        QVERIFY(m_store);
        m_prefs = std::make_unique<Preferences>(Preferences::makeSettings(m_dir.path()));
        m_context = std::make_unique<UiContext>(UiContext{*m_store, *m_prefs, m_dir.path(), QStringLiteral("Test")});
    }

    void everyModuleHasAPageAndARailButton()
    {
        auto window = makeWindow();
        for (PageId id : AllPages) {
            QVERIFY(window->page(id));
            QToolButton *button = window->rail()->button(id);
            QVERIFY(button);
            QVERIFY(!button->text().isEmpty());
            button->click();
            QCOMPARE(window->currentPage(), id);
            QVERIFY(window->page(id)->isVisible());
            QVERIFY(window->windowTitle().contains(window->page(id)->title()));
        }
    }

    // Issue 11, defect 8: Tab reached only the current module's button.
    void tabReachesEveryModuleButton()
    {
        auto window = makeWindow();
        window->showPage(PageId::Calendar);
        QToolButton *first = window->rail()->button(AllPages[0]);
        first->setFocus();
        QTRY_VERIFY(first->hasFocus());
        QSet<QToolButton *> reached{first};
        for (int i = 0; i < 20; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            if (auto *b = qobject_cast<QToolButton *>(QApplication::focusWidget()))
                reached.insert(b);
        }
        for (PageId id : AllPages)
            QVERIFY2(reached.contains(window->rail()->button(id)), qPrintable(pageKey(id)));
        // Space on a focused module opens it, and only one stays checked.
        QToolButton *media = window->rail()->button(PageId::Media);
        media->setFocus();
        QTest::keyClick(media, Qt::Key_Space);
        QCOMPARE(window->currentPage(), PageId::Media);
        int checked = 0;
        for (PageId id : AllPages)
            checked += window->rail()->button(id)->isChecked() ? 1 : 0;
        QCOMPARE(checked, 1);
        // Pressing the current module again keeps it checked (no exclusive group now).
        QTest::keyClick(media, Qt::Key_Space);
        QVERIFY(media->isChecked());
        QCOMPARE(window->currentPage(), PageId::Media);
    }

    void shortcutsSwitchModules()
    {
        auto window = makeWindow();
        window->activateWindow();
        QTest::keyClick(window.get(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window->currentPage(), PageId::Media);
        QTest::keyClick(window.get(), Qt::Key_8, Qt::ControlModifier);
        QCOMPARE(window->currentPage(), PageId::Settings);
        QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(window->currentPage(), PageId::Editor);
    }

    void typingIsSavedWithItsOutboxEntry()
    {
        auto window = makeWindow();
        window->showPage(PageId::Editor);
        auto *editor = static_cast<EditorPage *>(window->page(PageId::Editor));
        editor->newPost();
        auto *text = editor->findChild<QPlainTextEdit *>(QStringLiteral("PostText"));
        QVERIFY(text);
        const int before = m_store->posts().count({});
        QTest::keyClicks(text, QStringLiteral("Allez les bleus !"));
        // Autosave about a second after the last keystroke.
        QTRY_COMPARE_WITH_TIMEOUT(m_store->posts().count({}), before + 1, 3000);
        const QString id = editor->currentPostId();
        QCOMPARE(m_store->posts().find(id)->content, QStringLiteral("Allez les bleus !"));
        QVERIFY(m_store->outbox().count() >= 1);
        QTRY_VERIFY(window->statusStrip()->pendingText().contains(QStringLiteral("waiting")));

        // Closing the window saves what the debounce had not saved yet.
        QTest::keyClicks(text, QStringLiteral(" Et de 4 !"));
        window->close();
        QCOMPARE(m_store->posts().find(id)->content, QStringLiteral("Allez les bleus ! Et de 4 !"));
    }

    // Issue 11, defect 10: quitting with a refused change said nothing; it
    // never reaches the server by itself.
    void quittingWithARefusedChangeAsksFirst()
    {
        Post post;
        post.content = QStringLiteral("Refusé par le serveur");
        QVERIFY(!m_store->posts().create(post));
        const auto entries = m_store->outbox().entriesFor(store::EntityType::Post, post.id);
        QVERIFY(!entries.isEmpty());
        store::PushQueue queue(m_store->database().sql());
        QVERIFY(!queue.park(entries.constLast().seq, QStringLiteral("refused"), QStringLiteral("BUSINESS_RULE/x")));

        auto window = makeWindow();
        auto *quit = window->findChild<QAction *>(QStringLiteral("QuitAction"));
        QVERIFY(quit);
        QString asked;
        auto answer = [&asked](const QString &button) {
            QTimer::singleShot(0, [&asked, button] {
                QVERIFY(QTest::qWaitFor([] { return QApplication::activeModalWidget() != nullptr; }, 5000));
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                asked = box->text();
                for (QAbstractButton *b : box->buttons()) {
                    if (b->text() == button)
                        b->click();
                }
            });
        };
        answer(QStringLiteral("Cancel"));
        quit->trigger();
        QVERIFY2(asked.contains(QStringLiteral("refused 1 change")), qPrintable(asked));
        QVERIFY(window->isVisible()); // stayed

        QSignalSpy shown(window->statusStrip(), &StatusStrip::pendingClicked);
        answer(QStringLiteral("Show them"));
        quit->trigger();
        QCOMPARE(shown.count(), 1);
        QVERIFY(window->isVisible());

        answer(QStringLiteral("Quit anyway"));
        quit->trigger();
        QVERIFY(!window->isVisible());

        // A close by the program (an account switch) never asks.
        auto again = makeWindow();
        again->close();
        QVERIFY(!again->isVisible());
        QVERIFY(!m_store->posts().remove(post.id));
    }

    void theCalendarShowsScheduledPosts()
    {
        Post post;
        post.content = QStringLiteral("J-2 avant le derby");
        post.status = PostStatus::Scheduled;
        post.platforms = Platform::Instagram;
        post.scheduledAt = Clock::nowUtc().addDays(2); // in the month grid, whatever the day
        QVERIFY(!m_store->posts().create(post));
        auto window = makeWindow();
        auto *calendar = static_cast<CalendarPage *>(window->page(PageId::Calendar));
        QVERIFY(calendar->itemCount() >= 1);
    }

    void lastPageAndGeometryAreRemembered()
    {
        {
            auto window = makeWindow();
            window->showPage(PageId::Analytics);
            window->resize(1100, 700);
            window->close();
        }
        auto window = makeWindow();
        QCOMPARE(window->currentPage(), PageId::Analytics);
        QCOMPARE(window->size(), QSize(1100, 700));
    }

    void serverAddressIsValidated()
    {
        auto window = makeWindow();
        auto *settings = static_cast<SettingsPage *>(window->page(PageId::Settings));
        auto *field = settings->findChild<QLineEdit *>();
        QVERIFY(field);
        field->setText(QStringLiteral("http://api.monclub.fr"));
        QVERIFY(!settings->applyServerUrl());
        QVERIFY(settings->serverError().contains(QStringLiteral("https://")));
        QCOMPARE(m_prefs->backendUrl(), QStringLiteral("http://127.0.0.1:8765"));
        field->setText(QStringLiteral("ftp://x"));
        QVERIFY(!settings->applyServerUrl());
        field->setText(QStringLiteral("http://localhost:9000/"));
        QVERIFY(settings->applyServerUrl());
        QCOMPARE(m_prefs->backendUrl(), QStringLiteral("http://localhost:9000"));
        field->setText(QStringLiteral("https://api.monclub.fr"));
        QVERIFY(settings->applyServerUrl());
        QCOMPARE(m_prefs->backendUrl(), QStringLiteral("https://api.monclub.fr"));
    }
};

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
