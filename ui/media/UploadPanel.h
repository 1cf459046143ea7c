#pragma once

#include "models/media/UploadControl.h"
#include "models/media/UploadRecord.h"

#include <QFrame>
#include <QHash>
#include <QTimer>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace pitchside::store {
class Store;
}

namespace pitchside::ui {

// The uploads of the library at the bottom of the media page: total
// progress, pause / resume / cancel for all, and the list of files with
// each one's progress bar or the reason it failed. The buttons ask for the
// person's commands (media::UploadControl); the page runs them and says
// what failed, and the upload queue follows what they write.
class UploadPanel : public QFrame
{
    Q_OBJECT
public:
    explicit UploadPanel(store::Store &store, QWidget *parent = nullptr);

    // Whether an account can receive uploads (else: say so, offer nothing).
    void setUploadsEnabled(bool enabled);
    // Live progress of running jobs: media id -> (done, total) bytes.
    void setLive(const QHash<QString, std::pair<qint64, qint64>> &running, qint64 bytesDone);
    void refresh();
    QString summaryText() const;
    QTreeWidget *fileList() const { return m_list; }

Q_SIGNALS:
    // Pause, resume or cancel every unfinished upload.
    void commandRequested(pitchside::media::UploadControl::Command command);

private:
    void rebuildList(const QVector<media::UploadRecord> &records);

    store::Store &m_store;
    QLabel *m_icon;
    QLabel *m_text;
    QProgressBar *m_bar;
    QPushButton *m_pause;
    QPushButton *m_cancel;
    QPushButton *m_toggle;
    QTreeWidget *m_list;
    QTimer m_refresh;
    QHash<QString, std::pair<qint64, qint64>> m_running;
    qint64 m_liveDone = -1;
    media::UploadTotals m_totals;
    bool m_enabled = true;
    bool m_allPaused = false;
};

} // namespace pitchside::ui
