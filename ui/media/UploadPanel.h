#pragma once

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
// each one's progress bar or the reason it failed. It writes the person's
// commands into the store (media_uploads); the upload queue follows them.
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

    // The person's commands ("pause", "retry", "cancel"); empty ids = all.
    static void command(store::Store &store, const QString &command, const QStringList &ids);

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
