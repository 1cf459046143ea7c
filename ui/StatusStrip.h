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
    void setUnreadable(int count); // the server's items that could not be read
    void setLastSync(const QDateTime &when);
    // When the last run ended and, after a failure, when the next one is
    // due: "Offline" then says when it was checked, so Ctrl+R visibly does
    // something even when the server is still away.
    void setAttempts(const QDateTime &checked, const QDateTime &next);
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
    void refreshConnection();

    QLabel *m_connectionIcon;
    QLabel *m_connection;
    QProgressBar *m_progress;
    QToolButton *m_pending;
    QToolButton *m_conflicts;
    QToolButton *m_unreadable;
    QLabel *m_lastSync;
    UploadStatus *m_uploads = nullptr;
    QDateTime m_lastSyncAt;
    QDateTime m_checkedAt;
    QDateTime m_nextAttemptAt;
    Connection m_state = Connection::LocalOnly;
    QString m_detail;
};

} // namespace pitchside::ui
