#pragma once

#include <QDialog>

class QLabel;
class QListView;
class QPushButton;

namespace pitchside {
class OutboxListModel;
}

namespace pitchside::ui {

// The changes saved here that the server has not accepted yet: what each
// is, where it stands (waiting, being sent, refused, in conflict), the
// server's reason and what to do about it; "Retry now" for one or all.
class PendingChangesDialog : public QDialog
{
    Q_OBJECT
public:
    PendingChangesDialog(OutboxListModel &model, QWidget *parent = nullptr);

    QListView *list() const { return m_list; }

Q_SIGNALS:
    void retryRequested(qint64 seq); // 0: all
    void conflictsRequested();

private:
    void updateButtons();

    OutboxListModel &m_model;
    QListView *m_list;
    QLabel *m_empty;
    QPushButton *m_retry;
    QPushButton *m_retryAll;
    QPushButton *m_conflicts;
};

} // namespace pitchside::ui
