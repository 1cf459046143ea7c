#pragma once

#include "Page.h"
#include "UiContext.h"
#include "common/ShortcutsDialog.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QStackedWidget;

namespace pitchside::media {
class RemoteVariantSource;
}
namespace pitchside::sync::uploads {
class UploadController;
}
class QUndoStack;

namespace pitchside::sync {
class AccountRuntime;
namespace auth {
class SocialConnect;
}
namespace ai {
class AiAssistant;
}
} // namespace pitchside::sync

namespace pitchside {
class NotificationAlerts;
class PublishingMonitor;
struct Notification;
}

namespace pitchside::ui {

class EditorPage;
class NotificationBell;
class NavigationRail;
class PublishingTray;
class StatusStrip;

// The one window: the navigation rail, the module pages, the status strip,
// menus with the shortcuts people expect.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(UiContext &context, QWidget *parent = nullptr);

    void showPage(PageId id);
    PageId currentPage() const { return m_current; }
    // Pages are built the first time they are shown (or asked for), so that
    // start-up only pays for the page on screen.
    Page *page(PageId id);
    bool isPageBuilt(PageId id) const { return m_pages.contains(id); }
    StatusStrip *statusStrip() const { return m_status; }
    PublishingTray *publishingTray() const { return m_tray; }
    NotificationBell *notificationBell() const { return m_bell; }
    // Opens what a notification is about (a post, a conversation, an account…).
    void openNotification(const pitchside::Notification &notification);
    NavigationRail *rail() const { return m_rail; }
    // Undo for the planning (moves and deletions in the calendar and editor).
    QUndoStack *undoStack() const { return m_undo; }

    // The media uploads and server variants of a signed-in account (app/
    // wires them; absent, the library works on this computer only).
    void setMediaServices(sync::uploads::UploadController *uploads, media::RemoteVariantSource *remote);

    // The signed-in account's runtime (from the composition root): gives the
    // editor its AI assistant. Null or a local account: no AI.
    void setAccountRuntime(sync::AccountRuntime *runtime);
    sync::ai::AiAssistant *aiAssistant() const { return m_ai; }

    // What Aide > Raccourcis clavier lists: the window's actions now, and the
    // keys the built pages handle themselves.
    QList<ShortcutsDialog::Entry> shortcutEntries();

    // Restores the saved geometry, or a size that fits a 1366×768 laptop.
    void restoreWindow();

Q_SIGNALS:
    void currentPageChanged(pitchside::ui::PageId id);

protected:
    // Closed by the person (the window's X, File > Quit): refused changes
    // and conflicts, which never reach the server by themselves, are said
    // first. A close by the program (an account switch) does not ask.
    void closeEvent(QCloseEvent *event) override;

private:
    void requestQuit();
    bool confirmQuitWithWaitingChoices();
    Page *createPage(PageId id);
    EditorPage *editor();
    void createMenus();
    void refreshPendingCount();
    void refreshUnreadMessages();
    void newPost();
    void focusSearch();
    void showAbout();
    void showShortcuts();

    UiContext &m_context;
    NavigationRail *m_rail;
    QStackedWidget *m_stack;
    StatusStrip *m_status;
    QUndoStack *m_undo;
    sync::ai::AiAssistant *m_ai = nullptr;
    sync::auth::SocialConnect *m_socialConnect = nullptr;
    PublishingMonitor *m_publishing = nullptr;
    PublishingTray *m_tray = nullptr;
    NotificationBell *m_bell = nullptr;
    NotificationAlerts *m_alerts = nullptr;
    int m_unreadMessages = -1;
    QHash<PageId, Page *> m_pages;
    PageId m_current = PageId::Calendar;
    bool m_askOnClose = false; // the close comes from File > Quit
    QPointer<sync::uploads::UploadController> m_uploads;
    QPointer<media::RemoteVariantSource> m_remoteMedia;
};

} // namespace pitchside::ui
