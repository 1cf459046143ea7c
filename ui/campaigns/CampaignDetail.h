#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace pitchside::store {
class Store;
}

namespace pitchside::campaigns {
class RecipientTableModel;
}

namespace pitchside::ui {

class MessageBanner;

// One campaign, open: where it stands (status, progress, counters), what it
// says, who it went to and what became of each message, and what can be
// done now (send, stop, retry the failed ones, relaunch, edit, delete).
// Actions are recorded in the store and go when online; until then a
// banner says they wait.
class CampaignDetail : public QWidget
{
    Q_OBJECT
public:
    explicit CampaignDetail(store::Store &store, QWidget *parent = nullptr);

    void showCampaign(const QString &id);
    QString campaign() const { return m_id; }
    void refresh();

    // For tests and screenshots.
    QPushButton *sendButton() const { return m_send; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *retryButton() const { return m_retry; }
    QTableView *recipients() const { return m_table; }
    MessageBanner *banner() const { return m_banner; }
    QLabel *counter(int index) const;

Q_SIGNALS:
    void editRequested(const QString &id);
    void deleted();

private:
    void askSend();
    void stop();
    void retry();
    void relaunch();
    void remove();
    void duplicate();
    void exportReport(bool pdf);
    void report(const QString &failure, bool failed);

    store::Store &m_store;
    QString m_id;
    QLabel *m_title;
    QLabel *m_status;
    MessageBanner *m_banner;
    QProgressBar *m_progress;
    QList<QLabel *> m_counters;
    QLabel *m_message1;
    QLabel *m_message2;
    QPushButton *m_send;
    QPushButton *m_stop;
    QPushButton *m_retry;
    QPushButton *m_relaunch;
    QPushButton *m_edit;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
    QPushButton *m_export;
    campaigns::RecipientTableModel *m_recipients;
    QTableView *m_table;
};

} // namespace pitchside::ui
