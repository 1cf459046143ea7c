#include "MainWindow.h"

#include "NavigationRail.h"
#include "ProfileSwitcher.h"
#include "PublishingTray.h"
#include "StatusStrip.h"
#include "accounts/AccountsPage.h"
#include "analytics/AnalyticsPage.h"
#include "calendar/CalendarPage.h"
#include "campaigns/CampaignsPage.h"
#include "common/EnterPressesButtons.h"
#include "common/Icons.h"
#include "editor/EditorPage.h"
#include "inbox/InboxPage.h"
#include "inbox/NotificationBell.h"
#include "models/Logging.h"
#include "models/Notification.h"
#include "models/NotificationAlerts.h"
#include "media/MediaPage.h"
#include "models/media/RemoteVariantSource.h"
#include "sync/uploads/UploadController.h"
#include "models/Preferences.h"
#include "models/PublishingMonitor.h"
#include "models/store/Store.h"
#include "settings/SettingsPage.h"
#include "sync/AccountRuntime.h"
#include "sync/ai/AiAssistant.h"
#include "sync/auth/SocialConnect.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QLocale>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace pitchside::ui {

namespace {

QString pageLabel(PageId id)
{
    switch (id) {
    case PageId::Calendar:
        return MainWindow::tr("Calendar");
    case PageId::Editor:
        return MainWindow::tr("Editor");
    case PageId::Media:
        return MainWindow::tr("Media");
    case PageId::Inbox:
        return MainWindow::tr("Inbox");
    case PageId::Campaigns:
        return MainWindow::tr("Campaigns");
    case PageId::Analytics:
        return MainWindow::tr("Analytics");
    case PageId::Accounts:
        return MainWindow::tr("Accounts");
    case PageId::Settings:
        return MainWindow::tr("Settings");
    }
    return {};
}

QString pageIcon(PageId id)
{
    switch (id) {
    case PageId::Calendar:
        return QStringLiteral("calendar");
    case PageId::Editor:
        return QStringLiteral("square-pen");
    case PageId::Media:
        return QStringLiteral("image");
    case PageId::Inbox:
        return QStringLiteral("inbox");
    case PageId::Campaigns:
        return QStringLiteral("megaphone");
    case PageId::Analytics:
        return QStringLiteral("chart-column");
    case PageId::Accounts:
        return QStringLiteral("user-round");
    case PageId::Settings:
        return QStringLiteral("settings");
    }
    return {};
}

} // namespace

MainWindow::MainWindow(UiContext &context, QWidget *parent)
    : QMainWindow(parent), m_context(context), m_rail(new NavigationRail(this)), m_stack(new QStackedWidget(this)),
      m_status(new StatusStrip(this)), m_undo(new QUndoStack(this))
{
    setWindowIcon(Icons::appIcon());
    setObjectName(QStringLiteral("MainWindow"));

    auto *profiles = new ProfileSwitcher(context.store, context.preferences, m_rail);
    m_rail->setTopWidget(profiles);

    for (PageId id : AllPages) {
        const int number = int(id) + 1;
        m_rail->addPage(id, pageLabel(id), pageIcon(id),
                        QKeySequence(QStringLiteral("Ctrl+%1").arg(number)).toString(QKeySequence::NativeText));
    }
    connect(m_rail, &NavigationRail::pageRequested, this, &MainWindow::showPage);
    connect(m_status, &StatusStrip::uploadsClicked, this, [this] { showPage(PageId::Media); });

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
    EnterPressesButtons::install();
    connect(&context.store.hub(), &store::ChangeHub::changed, this, &MainWindow::refreshPendingCount);
    refreshPendingCount();
    const QVariant lastSync = context.store.syncState().value(store::SyncStateRepository::lastSyncAtKey());
    if (lastSync.isValid() && !lastSync.isNull())
        m_status->setLastSync(QDateTime::fromMSecsSinceEpoch(lastSync.toLongLong()));

    // Publishing health in the system tray, with its notifications.
    m_publishing = new PublishingMonitor(context.store, this);
    m_tray = new PublishingTray(*m_publishing, this);
    auto bringBack = [this] {
        showNormal();
        raise();
        activateWindow();
    };
    connect(m_tray, &PublishingTray::showWindowRequested, this, bringBack);
    connect(m_tray, &PublishingTray::accountsRequested, this, [this, bringBack] {
        bringBack();
        showPage(PageId::Accounts);
    });
    connect(m_tray, &PublishingTray::postRequested, this, [this, bringBack](const QString &postId) {
        bringBack();
        showPage(PageId::Editor);
        editor()->openPost(postId);
    });
    connect(m_tray, &PublishingTray::quitRequested, this, &MainWindow::requestQuit);

    // The bell at the right of the menu bar; the unread messages on the
    // rail's Messagerie and in the tray's tooltip.
    m_bell = new NotificationBell(context.store, this);
    menuBar()->setCornerWidget(m_bell, Qt::TopRightCorner);
    connect(m_bell, &NotificationBell::activated, this, &MainWindow::openNotification);

    // What the sync brings while the window is in the background, on the
    // desktop, each type as Settings keep it.
    m_tray->setWanted([&prefs = context.preferences](const QString &type) {
        return NotificationAlerts::wanted(prefs, type);
    });
    m_alerts = new NotificationAlerts(context.store, context.preferences, this);
    connect(m_alerts, &NotificationAlerts::alert, this, [this](const Notification &n) {
        if (!isActiveWindow())
            m_tray->showNotification(n);
    });
    connect(m_alerts, &NotificationAlerts::summary, this, [this](int count) {
        if (!isActiveWindow())
            m_tray->showSummary(count);
    });
    connect(m_tray, &PublishingTray::notificationRequested, this, [this, bringBack](const Notification &n) {
        bringBack();
        if (!n.isRead) {
            if (store::StoreError e = m_context.store.notifications().markRead(n.id))
                qCWarning(lcStore) << "a notification stays unread:" << e.detail;
        }
        openNotification(n);
    });
    connect(m_tray, &PublishingTray::notificationsRequested, this, [this, bringBack] {
        bringBack();
        m_bell->showPanel();
    });
    connect(&context.store.hub(), &store::ChangeHub::changed, this, [this](const QString &type, const QStringList &) {
        if (type == store::EntityType::Conversation)
            refreshUnreadMessages();
    });
    refreshUnreadMessages();

    PageId start = PageId::Calendar;
    pageFromKey(context.preferences.lastPage(), &start);
    showPage(start);
}

Page *MainWindow::page(PageId id)
{
    if (Page *existing = m_pages.value(id))
        return existing;
    Page *created = createPage(id);
    m_pages.insert(id, created);
    m_stack->addWidget(created);
    return created;
}

Page *MainWindow::createPage(PageId id)
{
    switch (id) {
    case PageId::Calendar: {
        auto *calendar = new CalendarPage(m_context, this, m_undo);
        connect(calendar, &CalendarPage::newPostRequested, this, &MainWindow::newPost);
        connect(calendar, &CalendarPage::accountsRequested, this, [this] { showPage(PageId::Accounts); });
        connect(calendar, &CalendarPage::openPostRequested, this, [this](const QString &postId) {
            showPage(PageId::Editor);
            editor()->openPost(postId);
        });
        connect(calendar, &CalendarPage::newPostAtRequested, this, [this](const QDateTime &when) {
            showPage(PageId::Editor);
            editor()->newPost(when);
        });
        connect(calendar, &CalendarPage::matchdayPostRequested, this, [this](const QString &matchId) {
            showPage(PageId::Editor);
            editor()->startMatchdayPost(matchId);
        });
        return calendar;
    }
    case PageId::Editor: {
        auto *editor = new EditorPage(m_context, this, m_undo);
        // A post just scheduled is where the calendar opens next, selected, never inside "+N more".
        connect(editor, &EditorPage::postScheduled, this, [this](const QString &postId) {
            static_cast<CalendarPage *>(page(PageId::Calendar))->revealPost(postId);
        });
        connect(editor, &EditorPage::accountsRequested, this, [this] { showPage(PageId::Accounts); });
        editor->setAiAssistant(m_ai);
        editor->setRemoteMedia(m_remoteMedia);
        return editor;
    }
    case PageId::Media: {
        auto *media = new MediaPage(m_context, this);
        connect(media, &MediaPage::openPostRequested, this, [this](const QString &postId) {
            showPage(PageId::Editor);
            editor()->openPost(postId);
        });
        media->setUploadController(m_uploads);
        media->setRemoteSource(m_remoteMedia);
        return media;
    }
    case PageId::Inbox:
        return new InboxPage(m_context, this);
    case PageId::Campaigns:
        return new CampaignsPage(m_context, this);
    case PageId::Analytics:
        return new AnalyticsPage(m_context, this);
    case PageId::Accounts:
    {
        auto *accounts = new AccountsPage(m_context, this);
        accounts->setSocialConnect(m_socialConnect);
        return accounts;
    }
    case PageId::Settings:
        return new SettingsPage(m_context, this);
    }
    return nullptr;
}

void MainWindow::setMediaServices(sync::uploads::UploadController *uploads, media::RemoteVariantSource *remote)
{
    m_uploads = uploads;
    m_remoteMedia = remote;
    if (auto *media = qobject_cast<MediaPage *>(m_pages.value(PageId::Media))) {
        media->setUploadController(uploads);
        media->setRemoteSource(remote);
    }
    if (isPageBuilt(PageId::Editor))
        editor()->setRemoteMedia(remote);
    m_status->setUploads(uploads);
}

void MainWindow::setAccountRuntime(sync::AccountRuntime *runtime)
{
    delete m_ai;
    m_ai = nullptr;
    delete m_socialConnect;
    m_socialConnect = nullptr;
    if (runtime && runtime->account() && runtime->session()) {
        const QByteArray language = QLocale().language() == QLocale::French ? "fr" : "en";
        m_ai = sync::ai::AiAssistant::create(QUrl(runtime->account()->server), language,
                                             &runtime->session()->tokens(), this)
                   .release();
        auto *session = runtime->session();
        const auto signedIn = [ai = m_ai, session] {
            ai->setSignedIn(session->state() != sync::auth::Session::State::SignInRequired);
        };
        signedIn();
        connect(session, &sync::auth::Session::stateChanged, m_ai, signedIn);
        if (sync::SyncController *controller = runtime->controller()) {
            connect(controller, &sync::SyncController::statusChanged, m_ai, [ai = m_ai](const sync::SyncStatus &s) {
                if (s.state == sync::SyncStatus::State::Offline)
                    ai->setOnline(false);
                else if (s.state == sync::SyncStatus::State::Idle || s.state == sync::SyncStatus::State::Syncing)
                    ai->setOnline(true);
            });
        }
    }
    if (isPageBuilt(PageId::Editor))
        editor()->setAiAssistant(m_ai);
    if (runtime && runtime->account() && runtime->session()) {
        const QByteArray language = QLocale().language() == QLocale::French ? "fr" : "en";
        m_socialConnect = new sync::auth::SocialConnect(QUrl(runtime->account()->server), language,
                                                        &runtime->session()->tokens(), this);
    }
    if (isPageBuilt(PageId::Accounts))
        static_cast<AccountsPage *>(page(PageId::Accounts))->setSocialConnect(m_socialConnect);
}

EditorPage *MainWindow::editor()
{
    return static_cast<EditorPage *>(page(PageId::Editor));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newPostAction = file->addAction(Icons::ui(QStringLiteral("plus")), tr("&New post"), this,
                                             &MainWindow::newPost);
    newPostAction->setShortcut(QKeySequence::New);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &MainWindow::requestQuit);
    quit->setObjectName(QStringLiteral("QuitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // Text fields keep their own Ctrl+Z while they have the focus.
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(Icons::ui(QStringLiteral("undo-2")));
    edit->addAction(undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(Icons::ui(QStringLiteral("redo-2")));
    edit->addAction(redo);
    edit->addSeparator();
    QAction *find = edit->addAction(Icons::ui(QStringLiteral("search")), tr("&Find on this page"), this,
                                    &MainWindow::focusSearch);
    find->setShortcut(QKeySequence::Find);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    int number = 1;
    for (PageId id : AllPages) {
        QAction *go = view->addAction(Icons::ui(pageIcon(id)), pageLabel(id), this, [this, id] { showPage(id); });
        go->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(number++)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard shortcuts"), this,
                                         &MainWindow::showShortcuts);
    shortcuts->setShortcut(QKeySequence(QStringLiteral("Ctrl+/")));
    shortcuts->setObjectName(QStringLiteral("KeyboardShortcutsAction"));
    QAction *about = help->addAction(tr("&About Pitchside"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::showPage(PageId id)
{
    Page *p = page(id);
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
    if (isPageBuilt(PageId::Editor))
        editor()->flush();
    if ((event->spontaneous() || m_askOnClose) && !confirmQuitWithWaitingChoices()) {
        event->ignore();
        return;
    }
    m_context.preferences.setWindow(saveGeometry(), saveState());
    event->accept();
}

void MainWindow::requestQuit()
{
    m_askOnClose = true;
    close();
    m_askOnClose = false;
}

bool MainWindow::confirmQuitWithWaitingChoices()
{
    const int refused = m_context.store.outbox().countInState(store::Outbox::State::Parked);
    const int conflicts = m_context.store.conflicts().count();
    if (refused + conflicts == 0)
        return true; // the rest goes to the server by itself at the next start
    QStringList said;
    if (refused > 0)
        said << tr("The server refused %n change(s): it will not have them until they are fixed.", nullptr, refused);
    if (conflicts > 0)
        said << tr("%n item(s) changed here and elsewhere wait for you to choose a version.", nullptr, conflicts);
    QMessageBox box(QMessageBox::Warning, tr("Changes wait for you"), said.join(u' '), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("QuitWarning"));
    box.setInformativeText(tr("Nothing is lost: they stay on this computer and wait for you next time."));
    QPushButton *show = box.addButton(tr("Show them"), QMessageBox::AcceptRole);
    QPushButton *quit = box.addButton(tr("Quit anyway"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(show);
    box.exec();
    if (box.clickedButton() == quit)
        return true;
    if (box.clickedButton() == show)
        Q_EMIT m_status->pendingClicked();
    return false;
}

void MainWindow::refreshUnreadMessages()
{
    const int unread = m_context.store.inbox().unreadTotal();
    if (unread == m_unreadMessages)
        return;
    m_unreadMessages = unread;
    m_rail->setBadge(PageId::Inbox, unread);
    m_tray->setInboxSummary(unread > 0 ? tr("%n unread message(s)", nullptr, unread) : QString());
}

void MainWindow::openNotification(const Notification &n)
{
    if (n.subjectType == QLatin1String("conversation") || n.type == QLatin1String("message")) {
        showPage(PageId::Inbox);
        if (auto *inbox = qobject_cast<InboxPage *>(page(PageId::Inbox)); inbox && !n.subjectId.isEmpty())
            inbox->openConversation(n.subjectId);
    } else if (n.subjectType == QLatin1String("post") && !n.subjectId.isEmpty()) {
        showPage(PageId::Editor);
        editor()->openPost(n.subjectId);
    } else if (n.subjectType == QLatin1String("social_account") || n.type == QLatin1String("account_reconnect")) {
        showPage(PageId::Accounts);
    } else if (n.subjectType == QLatin1String("campaign") || n.subjectType == QLatin1String("sponsor_request")
               || n.type == QLatin1String("sponsor_offer") || n.type == QLatin1String("campaign_finished")) {
        showPage(PageId::Campaigns);
        if (auto *campaigns = qobject_cast<CampaignsPage *>(page(PageId::Campaigns));
            campaigns && n.subjectType == QLatin1String("campaign") && !n.subjectId.isEmpty())
            campaigns->openCampaign(n.subjectId);
    } else if (n.type == QLatin1String("document_ready")) {
        showPage(PageId::Calendar);
    }
}

void MainWindow::refreshPendingCount()
{
    m_status->setPendingChanges(m_context.store.outbox().count());
    // Conflicts are per entity (the conflicts table), not per outbox entry.
    m_status->setConflicts(m_context.store.conflicts().count());
    m_status->setUnreadable(m_context.store.unreadableItems().count());
}

void MainWindow::newPost()
{
    showPage(PageId::Editor);
    editor()->newPost();
}

void MainWindow::focusSearch()
{
    if (m_current == PageId::Editor)
        editor()->focusSearch();
    else if (m_current == PageId::Media)
        static_cast<MediaPage *>(page(PageId::Media))->focusSearch();
}

QList<ShortcutsDialog::Entry> MainWindow::shortcutEntries()
{
    QList<ShortcutsDialog::Entry> entries = ShortcutsDialog::collect(this, tr("Window"));
    for (PageId id : AllPages) {
        if (const Page *p = m_pages.value(id)) {
            for (const auto &[action, keys] : p->keyboardHelp())
                entries.push_back({p->title(), action, keys});
        }
    }
    return entries;
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(shortcutEntries(), this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Pitchside"),
                       tr("<h3>Pitchside %1</h3><p>Plan, write and publish your club's posts, on this computer "
                          "first, synced with your Pitchside account when you are online.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace pitchside::ui
