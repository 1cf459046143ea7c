#pragma once

#include <QToolButton>

class QFrame;
class QLabel;
class QListView;
class QPushButton;

namespace pitchside {
class NotificationListModel;
struct Notification;
namespace store {
class Store;
}
} // namespace pitchside

namespace pitchside::ui {

// The bell in the window's menu bar: the number of unread notifications on
// it, and a click opens the panel of the latest ones, grouped by day. A
// click on one opens what it is about (activated()) and marks it read;
// "Mark all read"; Delete (or the context menu) removes one. Reads and
// deletions go with the outbox like any change.
class NotificationBell : public QToolButton
{
    Q_OBJECT
public:
    explicit NotificationBell(store::Store &store, QWidget *parent = nullptr);

    int unreadCount() const;
    NotificationListModel *model() const { return m_model; }
    QFrame *panel() const { return m_panel; }
    QListView *list() const { return m_list; }
    void showPanel();
    // What a click on row `row` of the panel does.
    void activateRow(int row);

Q_SIGNALS:
    void activated(const pitchside::Notification &notification);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateBadge();
    void removeRow(int row);

    store::Store &m_store;
    NotificationListModel *m_model;
    QFrame *m_panel;
    QListView *m_list;
    QLabel *m_empty;
    QPushButton *m_markAll;
};

} // namespace pitchside::ui
