#include "StatusStrip.h"

#include "common/Icons.h"
#include "common/RelativeTime.h"
#include "common/Theme.h"
#include "media/UploadStatus.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>

namespace pitchside::ui {

StatusStrip::StatusStrip(QWidget *parent)
    : QWidget(parent), m_connectionIcon(new QLabel(this)), m_connection(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_pending(new QToolButton(this)), m_conflicts(new QToolButton(this)),
      m_unreadable(new QToolButton(this)), m_lastSync(new QLabel(this))
{
    setObjectName(QStringLiteral("StatusStrip"));
    setAttribute(Qt::WA_StyledBackground);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->hide();
    for (QToolButton *b : {m_pending, m_conflicts, m_unreadable}) {
        b->setAutoRaise(true);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setIconSize(QSize(16, 16));
    }
    m_pending->setIcon(Icons::ui(QStringLiteral("cloud-off"), Theme::mutedText()));
    m_pending->setToolTip(tr("Changes saved on this computer that the server has not received yet"));
    m_conflicts->setIcon(Icons::ui(QStringLiteral("git-compare-arrows"), Theme::warning()));
    m_conflicts->setToolTip(tr("Items changed both here and elsewhere: choose which version to keep"));
    m_conflicts->hide();
    m_unreadable->setIcon(Icons::ui(QStringLiteral("circle-alert"), Theme::warning()));
    m_unreadable->setToolTip(tr("Items the server sent that Pitchside could not read: it asks for them again at each sync"));
    m_unreadable->hide();
    connect(m_unreadable, &QToolButton::clicked, this, &StatusStrip::pendingClicked);
    connect(m_pending, &QToolButton::clicked, this, &StatusStrip::pendingClicked);
    connect(m_conflicts, &QToolButton::clicked, this, &StatusStrip::conflictsClicked);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(Theme::spacing * 2, 2, Theme::spacing * 2, 2);
    layout->setSpacing(Theme::spacing);
    layout->addWidget(m_connectionIcon);
    layout->addWidget(m_connection);
    layout->addWidget(m_progress);
    layout->addSpacing(Theme::spacing * 2);
    layout->addWidget(m_pending);
    layout->addWidget(m_conflicts);
    layout->addWidget(m_unreadable);
    m_uploads = new UploadStatus(this);
    connect(m_uploads, &UploadStatus::clicked, this, &StatusStrip::uploadsClicked);
    layout->addWidget(m_uploads);
    layout->addStretch(1);
    layout->addWidget(m_lastSync);

    // "il y a 5 min" must age by itself.
    auto *tick = new QTimer(this);
    tick->setInterval(30 * 1000);
    connect(tick, &QTimer::timeout, this, &StatusStrip::refreshLastSync);
    tick->start();

    setConnection(Connection::LocalOnly);
    setPendingChanges(0);
    setLastSync({});
}

void StatusStrip::setConnection(Connection connection, const QString &detail)
{
    m_state = connection;
    m_detail = detail;
    refreshConnection();
}

void StatusStrip::setAttempts(const QDateTime &checked, const QDateTime &next)
{
    m_checkedAt = checked;
    m_nextAttemptAt = next;
    refreshConnection();
}

void StatusStrip::refreshConnection()
{
    QString icon;
    QColor color = Theme::mutedText();
    QString text;
    QString detail = m_detail;
    switch (m_state) {
    case Connection::LocalOnly:
        icon = QStringLiteral("house");
        text = tr("On this computer only");
        break;
    case Connection::Connecting:
        icon = QStringLiteral("cloud");
        text = tr("Connecting…");
        break;
    case Connection::Offline: {
        icon = QStringLiteral("wifi-off");
        color = Theme::warning();
        const QLocale locale;
        text = m_checkedAt.isValid()
                   ? tr("Offline · checked at %1").arg(locale.toString(m_checkedAt.toLocalTime().time(), QLocale::ShortFormat))
                   : tr("Offline");
        if (m_nextAttemptAt.isValid())
            detail += (detail.isEmpty() ? QString() : QStringLiteral("\n"))
                      + tr("Pitchside tries again by itself at %1; Ctrl+R tries now.")
                            .arg(locale.toString(m_nextAttemptAt.toLocalTime().time(), QLocale::ShortFormat));
        break;
    }
    case Connection::Online:
        icon = QStringLiteral("cloud-check");
        color = Theme::success();
        text = tr("Online");
        break;
    case Connection::Syncing:
        icon = QStringLiteral("refresh-cw");
        color = Theme::accent();
        text = tr("Syncing…");
        break;
    }
    m_connectionIcon->setPixmap(Icons::uiPixmap(icon, 16, color));
    m_connection->setText(text);
    m_connection->setToolTip(detail);
    m_connectionIcon->setToolTip(detail);
    m_progress->setVisible(m_state == Connection::Syncing && m_progress->maximum() > 0);
}

void StatusStrip::setPendingChanges(int count)
{
    m_pending->setText(count == 0 ? tr("All changes saved") : tr("%n change(s) waiting to sync", nullptr, count));
    m_pending->setIcon(Icons::ui(count == 0 ? QStringLiteral("check") : QStringLiteral("cloud-off"),
                                 count == 0 ? Theme::success() : Theme::mutedText()));
}

void StatusStrip::setConflicts(int count)
{
    m_conflicts->setText(tr("%n conflict(s)", nullptr, count));
    m_conflicts->setVisible(count > 0);
}

void StatusStrip::setUnreadable(int count)
{
    m_unreadable->setText(tr("%n item(s) could not be read", nullptr, count));
    m_unreadable->setVisible(count > 0);
}

void StatusStrip::setLastSync(const QDateTime &when)
{
    m_lastSyncAt = when;
    refreshLastSync();
}

void StatusStrip::setProgress(int done, int total)
{
    // A negative total: work whose size is unknown (a busy bar).
    m_progress->setRange(0, qMax(total, 0));
    m_progress->setValue(total > 0 ? qBound(0, done, total) : 0);
    m_progress->setVisible(total != 0);
}

void StatusStrip::refreshLastSync()
{
    if (!m_lastSyncAt.isValid()) {
        m_lastSync->setText(tr("Never synced"));
        m_lastSync->setToolTip({});
        return;
    }
    m_lastSync->setText(tr("Last sync %1").arg(RelativeTime::describe(m_lastSyncAt)));
    m_lastSync->setToolTip(QLocale().toString(m_lastSyncAt.toLocalTime(), QLocale::LongFormat));
}

void StatusStrip::setUploads(sync::uploads::UploadController *uploads)
{
    m_uploads->setController(uploads);
}

QString StatusStrip::connectionText() const
{
    return m_connection->text();
}

QString StatusStrip::pendingText() const
{
    return m_pending->text();
}

} // namespace pitchside::ui
