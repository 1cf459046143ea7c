#pragma once

#include "models/PublishingOutlook.h"

#include <QIcon>
#include <QObject>

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

Q_SIGNALS:
    void showWindowRequested();
    void accountsRequested();
    void postRequested(const QString &postId); // a click on a failure's notification
    void quitRequested();

private:
    void update();
    void notify(const QString &title, const QString &message, const QString &postId, bool error);

    PublishingMonitor &m_monitor;
    QSystemTrayIcon *m_tray;
    QMenu *m_menu;
    QAction *m_state;
    QString m_lastTitle;
    QString m_lastMessage;
    QString m_inboxSummary;
    QString m_clickPostId; // what a click on the last notification opens
};

} // namespace pitchside::ui
