#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace pitchside::ui {

// The strip at the bottom of the window: connection, sync progress, pending
// changes, conflicts and the last successful sync (UX.md "Structure").
class StatusStrip : public QWidget
{
    Q_OBJECT
public:
    enum class Connection {
        LocalOnly, // no account signed in: everything stays on this computer
        Offline,   // signed in, server unreachable
        Online,
        Syncing,
    };

    explicit StatusStrip(QWidget *parent = nullptr);

    void setConnection(Connection connection, const QString &detail = {});
    void setPendingChanges(int count);
    void setConflicts(int count);
    void setLastSync(const QDateTime &when);
    void setProgress(int done, int total); // total 0 hides the bar

    QString connectionText() const;
    QString pendingText() const;

Q_SIGNALS:
    void pendingClicked();
    void conflictsClicked();

private:
    void refreshLastSync();

    QLabel *m_connectionIcon;
    QLabel *m_connection;
    QProgressBar *m_progress;
    QToolButton *m_pending;
    QToolButton *m_conflicts;
    QLabel *m_lastSync;
    QDateTime m_lastSyncAt;
};

} // namespace pitchside::ui
