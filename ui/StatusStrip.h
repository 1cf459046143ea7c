#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace pitchside::sync::uploads {
class UploadController;
}

namespace pitchside::ui {

class UploadStatus;

// The strip at the bottom of the window: connection, sync progress, pending
// changes, conflicts and the last successful sync (UX.md "Structure").
class StatusStrip : public QWidget
{
    Q_OBJECT
public:
    enum class Connection {
        LocalOnly, // no account signed in: everything stays on this computer
        Connecting, // signed in, the first exchange with the server not over yet
        Offline,   // signed in, server unreachable
        Online,
        Syncing,
    };

    explicit StatusStrip(QWidget *parent = nullptr);

    void setConnection(Connection connection, const QString &detail = {});
    void setPendingChanges(int count);
    void setConflicts(int count);
    void setLastSync(const QDateTime &when);
    void setProgress(int done, int total); // total 0 hides the bar, < 0 shows a busy bar

    // Media uploads' progress (a button that opens the library), shown
    // while files are on their way or some failed.
    void setUploads(sync::uploads::UploadController *uploads);

    QString connectionText() const;
    QString pendingText() const;

Q_SIGNALS:
    void pendingClicked();
    void conflictsClicked();
    void uploadsClicked();

private:
    void refreshLastSync();

    QLabel *m_connectionIcon;
    QLabel *m_connection;
    QProgressBar *m_progress;
    QToolButton *m_pending;
    QToolButton *m_conflicts;
    QLabel *m_lastSync;
    UploadStatus *m_uploads = nullptr;
    QDateTime m_lastSyncAt;
};

} // namespace pitchside::ui
