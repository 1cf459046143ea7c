#pragma once

#include "models/Notification.h"
#include "models/PublishingOutlook.h"

#include <QIcon>
#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace pitchside {
class PublishingMonitor;
}

namespace pitchside::ui {

// The system tray icon: the Pitchside mark with a dot for publishing
// health (green: every account can publish; amber: one needs attention
// soon; red: posts will not go out), its summary as the tooltip, a menu
// to open the window or the Accounts page, and the notifications of
// PublishingMonitor (a refused post; posts that would fail days ahead).
// Without a system tray (some Linux desktops) it stays hidden, and
// `lastNotification()` still holds what it would have said.
class PublishingTray : public QObject
{
    Q_OBJECT
public:
    explicit PublishingTray(PublishingMonitor &monitor, QObject *parent = nullptr);
    ~PublishingTray() override;

    // The icon for a level (also what the screenshots show).
    static QIcon iconFor(PublishingOutlook::Level level);
    QString toolTip() const;
    // The inbox's line of the tooltip ("3 unread messages"); empty: none.
    void setInboxSummary(const QString &line);
    QMenu *menu() const { return m_menu; }
    QString lastNotification() const { return m_lastTitle + QLatin1Char('\n') + m_lastMessage; }

    // Which notification types the user keeps on (a refused publication,
    // an account to reconnect are told here too); all when not set.
    void setWanted(std::function<bool(const QString &type)> wanted) { m_wanted = std::move(wanted); }
    // A notification from the server, while the window is in the background.
    void showNotification(const pitchside::Notification &notification);
    // Several at once: "5 new notifications".
    void showSummary(int count);

Q_SIGNALS:
    void showWindowRequested();
    void accountsRequested();
    void postRequested(const QString &postId); // a click on a failure's notification
    void notificationRequested(const pitchside::Notification &notification);
    void notificationsRequested(); // a click on a summary: the bell's panel
    void quitRequested();

private:
    void update();
    enum class Click { Accounts, Post, Notification, Notifications };
    void notify(const QString &title, const QString &message, bool error);

    PublishingMonitor &m_monitor;
    QSystemTrayIcon *m_tray;
    QMenu *m_menu;
    QAction *m_state;
    QString m_lastTitle;
    QString m_lastMessage;
    QString m_inboxSummary;
    // What a click on the last notification opens.
    Click m_click = Click::Accounts;
    QString m_clickPostId;
    pitchside::Notification m_clickNotification;
    std::function<bool(const QString &)> m_wanted;
};

} // namespace pitchside::ui
