#include "PublishingTray.h"

#include "common/Icons.h"
#include "common/Theme.h"
#include "models/PublishingMonitor.h"

#include <QAction>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>

namespace pitchside::ui {

namespace {

QColor levelColor(PublishingOutlook::Level level)
{
    switch (level) {
    case PublishingOutlook::Level::Healthy:
        return Theme::success();
    case PublishingOutlook::Level::Warning:
        return Theme::warning();
    case PublishingOutlook::Level::Error:
        return Theme::danger();
    }
    return Theme::success();
}

} // namespace

PublishingTray::PublishingTray(PublishingMonitor &monitor, QObject *parent)
    : QObject(parent), m_monitor(monitor), m_tray(new QSystemTrayIcon(this)), m_menu(new QMenu)
{
    m_state = m_menu->addAction(QString());
    m_state->setEnabled(false);
    m_menu->addSeparator();
    m_menu->addAction(tr("Open Pitchside"), this, &PublishingTray::showWindowRequested);
    m_menu->addAction(Icons::ui(QStringLiteral("user-round")), tr("Social accounts…"), this,
                      &PublishingTray::accountsRequested);
    m_menu->addSeparator();
    m_menu->addAction(tr("Quit Pitchside"), this, &PublishingTray::quitRequested);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason why) {
        if (why == QSystemTrayIcon::Trigger || why == QSystemTrayIcon::DoubleClick)
            Q_EMIT showWindowRequested();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        switch (m_click) {
        case Click::Accounts:
            Q_EMIT accountsRequested();
            break;
        case Click::Post:
            Q_EMIT postRequested(m_clickPostId);
            break;
        case Click::Notification:
            Q_EMIT notificationRequested(m_clickNotification);
            break;
        case Click::Notifications:
            Q_EMIT notificationsRequested();
            break;
        }
    });
    connect(&monitor, &PublishingMonitor::outlookChanged, this, &PublishingTray::update);
    connect(&monitor, &PublishingMonitor::newAlerts, this, [this](const QVector<PublishingAlert> &alerts) {
        if (m_wanted && !m_wanted(QStringLiteral("account_reconnect")))
            return;
        QStringList lines;
        for (const PublishingAlert &a : alerts)
            lines << a.text();
        m_click = Click::Accounts;
        notify(tr("Posts will not be published"), lines.join(QLatin1Char('\n')), false);
    });
    connect(&monitor, &PublishingMonitor::publicationFailed, this,
            [this](const QString &postId, const QString &title, const QString &message) {
                if (m_wanted && !m_wanted(QStringLiteral("publication_failed")))
                    return;
                m_click = Click::Post;
                m_clickPostId = postId;
                notify(title, message, true);
            });
    update();
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_tray->show();
}

PublishingTray::~PublishingTray()
{
    delete m_menu; // a context menu has no parent: the tray does not own it
}

QIcon PublishingTray::iconFor(PublishingOutlook::Level level)
{
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.drawPixmap(0, 0, Icons::appIcon().pixmap(size, size));
        // The dot in the lower right corner, ringed so it reads on any panel.
        const qreal d = size * 0.46;
        const QRectF dot(size - d - 0.5, size - d - 0.5, d, d);
        p.setPen(QPen(Qt::white, qMax(1.0, size / 16.0)));
        p.setBrush(levelColor(level));
        p.drawEllipse(dot);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QString PublishingTray::toolTip() const
{
    const QString health = m_monitor.outlook().summary();
    return m_inboxSummary.isEmpty() ? health : health + QLatin1Char('\n') + m_inboxSummary;
}

void PublishingTray::setInboxSummary(const QString &line)
{
    if (line == m_inboxSummary)
        return;
    m_inboxSummary = line;
    m_tray->setToolTip(toolTip());
}

void PublishingTray::update()
{
    const PublishingOutlook &o = m_monitor.outlook();
    m_tray->setIcon(iconFor(o.level));
    m_tray->setToolTip(toolTip());
    m_state->setText(o.summary().section(QLatin1Char('\n'), 0, 0));
}

void PublishingTray::showNotification(const Notification &notification)
{
    m_click = Click::Notification;
    m_clickNotification = notification;
    notify(notification.title, notification.message, false);
}

void PublishingTray::showSummary(int count)
{
    m_click = Click::Notifications;
    notify(tr("%n new notification(s)", nullptr, count), tr("Open Pitchside to read them."), false);
}

void PublishingTray::notify(const QString &title, const QString &message, bool error)
{
    m_lastTitle = title;
    m_lastMessage = message;
    if (m_tray->isVisible() && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, message,
                            error                       ? QSystemTrayIcon::Critical
                            : m_click == Click::Accounts ? QSystemTrayIcon::Warning
                                                         : QSystemTrayIcon::Information,
                            15000);
}

} // namespace pitchside::ui
