#include "MainWindow.h"

#include "NavigationRail.h"
#include "ProfileSwitcher.h"
#include "StatusStrip.h"
#include "accounts/AccountsPage.h"
#include "analytics/AnalyticsPage.h"
#include "calendar/CalendarPage.h"
#include "campaigns/CampaignsPage.h"
#include "common/Icons.h"
#include "editor/EditorPage.h"
#include "inbox/InboxPage.h"
#include "media/MediaPage.h"
#include "models/Preferences.h"
#include "models/store/Store.h"
#include "settings/SettingsPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace pitchside::ui {

MainWindow::MainWindow(UiContext &context, QWidget *parent)
    : QMainWindow(parent), m_context(context), m_rail(new NavigationRail(this)), m_stack(new QStackedWidget(this)),
      m_status(new StatusStrip(this))
{
    setWindowIcon(Icons::appIcon());
    setObjectName(QStringLiteral("MainWindow"));

    auto *profiles = new ProfileSwitcher(context.store, context.preferences, m_rail);
    m_rail->setTopWidget(profiles);

    auto *calendar = new CalendarPage(context, this);
    m_editor = new EditorPage(context, this);
    auto *media = new MediaPage(context, this);
    addPage(PageId::Calendar, calendar, tr("Calendar"));
    addPage(PageId::Editor, m_editor, tr("Editor"));
    addPage(PageId::Media, media, tr("Media"));
    addPage(PageId::Inbox, new InboxPage(this), tr("Inbox"));
    addPage(PageId::Campaigns, new CampaignsPage(this), tr("Campaigns"));
    addPage(PageId::Analytics, new AnalyticsPage(context, this), tr("Analytics"));
    addPage(PageId::Accounts, new AccountsPage(context, this), tr("Accounts"));
    addPage(PageId::Settings, new SettingsPage(context, this), tr("Settings"));

    connect(calendar, &CalendarPage::newPostRequested, this, &MainWindow::newPost);
    connect(calendar, &CalendarPage::openPostRequested, this, [this](const QString &id) {
        showPage(PageId::Editor);
        m_editor->openPost(id);
    });
    connect(m_rail, &NavigationRail::pageRequested, this, &MainWindow::showPage);

    auto *central = new QWidget(this);
    auto *columns = new QHBoxLayout;
    columns->setContentsMargins(0, 0, 0, 0);
    columns->setSpacing(0);
    columns->addWidget(m_rail);
    columns->addWidget(m_stack, 1);
    auto *rows = new QVBoxLayout(central);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(0);
    rows->addLayout(columns, 1);
    rows->addWidget(m_status);
    setCentralWidget(central);

    createMenus();
    connect(&context.store.hub(), &store::ChangeHub::changed, this, &MainWindow::refreshPendingCount);
    refreshPendingCount();
    const QVariant lastSync = context.store.syncState().value(store::SyncStateRepository::lastSyncAtKey());
    if (lastSync.isValid() && !lastSync.isNull())
        m_status->setLastSync(QDateTime::fromMSecsSinceEpoch(lastSync.toLongLong()));

    PageId start = PageId::Calendar;
    pageFromKey(context.preferences.lastPage(), &start);
    showPage(start);
}

void MainWindow::addPage(PageId id, Page *page, const QString &label)
{
    const int number = int(m_pages.size()) + 1;
    m_pages.insert(id, page);
    m_stack->addWidget(page);
    m_rail->addPage(id, label, page->iconName(), QKeySequence(QStringLiteral("Ctrl+%1").arg(number)).toString(
                                                      QKeySequence::NativeText));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newPostAction = file->addAction(Icons::ui(QStringLiteral("plus")), tr("&New post"), this,
                                             &MainWindow::newPost);
    newPostAction->setShortcut(QKeySequence::New);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find = edit->addAction(Icons::ui(QStringLiteral("search")), tr("&Find on this page"), this,
                                    &MainWindow::focusSearch);
    find->setShortcut(QKeySequence::Find);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    int number = 1;
    for (PageId id : AllPages) {
        Page *p = m_pages.value(id);
        QAction *go = view->addAction(Icons::ui(p->iconName()), p->title(), this, [this, id] { showPage(id); });
        go->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(number++)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Pitchside"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::showPage(PageId id)
{
    Page *p = m_pages.value(id);
    if (!p)
        return;
    m_current = id;
    m_stack->setCurrentWidget(p);
    m_rail->setCurrent(id);
    setWindowTitle(tr("%1 — Pitchside").arg(p->title()));
    m_context.preferences.setLastPage(pageKey(id));
    p->activate();
    Q_EMIT currentPageChanged(id);
}

void MainWindow::restoreWindow()
{
    if (!restoreGeometry(m_context.preferences.windowGeometry())) {
        const QRect available = QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->availableGeometry()
                                                                 : QRect(0, 0, 1366, 768);
        resize(QSize(1280, 760).boundedTo(available.size() - QSize(40, 40)));
        move(available.center() - rect().center());
    }
    restoreState(m_context.preferences.windowState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_editor->flush();
    m_context.preferences.setWindow(saveGeometry(), saveState());
    event->accept();
}

void MainWindow::refreshPendingCount()
{
    m_status->setPendingChanges(m_context.store.outbox().count());
    m_status->setConflicts(m_context.store.outbox().countInState(store::Outbox::State::Conflict));
}

void MainWindow::newPost()
{
    showPage(PageId::Editor);
    m_editor->newPost();
}

void MainWindow::focusSearch()
{
    if (m_current == PageId::Editor)
        m_editor->focusSearch();
    else if (auto *media = qobject_cast<MediaPage *>(m_pages.value(PageId::Media)); m_current == PageId::Media)
        media->focusSearch();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Pitchside"),
                       tr("<h3>Pitchside %1</h3><p>Plan, write and publish your club's posts, on this computer "
                          "first, synced with your Pitchside account when you are online.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace pitchside::ui
