#pragma once

#include "../Page.h"
#include "../UiContext.h"

class QStackedLayout;
class QTreeWidget;

namespace pitchside::ui {

class EmptyState;

// What is planned, day by day: scheduled posts, matches and events of the
// coming weeks, from the local store.
class CalendarPage : public Page
{
    Q_OBJECT
public:
    explicit CalendarPage(UiContext &context, QWidget *parent = nullptr);

    QString title() const override { return tr("Calendar"); }
    QString iconName() const override { return QStringLiteral("calendar"); }

    int itemCount() const; // entries shown (posts, matches, events)

Q_SIGNALS:
    void newPostRequested();
    void openPostRequested(const QString &postId);

private:
    void reload();

    UiContext &m_context;
    QStackedLayout *m_stack;
    QTreeWidget *m_agenda;
    EmptyState *m_empty;
};

} // namespace pitchside::ui
