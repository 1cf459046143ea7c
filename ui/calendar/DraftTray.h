#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace pitchside::store {
class Store;
struct PostFilter;
} // namespace pitchside::store

namespace pitchside::ui {

class DraftList;

// Drafts without a date, beside the calendar, ready to be dragged onto a
// day. Dropping a planned post here takes its date away (back to drafts).
class DraftTray : public QWidget
{
    Q_OBJECT
public:
    DraftTray(store::Store &store, QWidget *parent = nullptr);

    void reload(const store::PostFilter &filter);
    int count() const;
    QString idAt(int row) const;
    QListWidget *list() const;

Q_SIGNALS:
    void openPostRequested(const QString &postId);
    void unscheduleRequested(const QString &postId);
    void menuRequested(const QString &postId, const QPoint &globalPos);

private:
    store::Store &m_store;
    QLabel *m_title;
    QLabel *m_hint;
    DraftList *m_list;
};

} // namespace pitchside::ui
