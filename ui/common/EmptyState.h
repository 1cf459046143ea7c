#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace pitchside::ui {

// What a page shows when it has nothing yet: a large icon, what the page is
// for, and the first thing to do (an optional action button).
class EmptyState : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyState(const QString &iconName, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setText(const QString &text);
    // Shows the button; returns it so the page can connect it.
    QPushButton *setAction(const QString &label);

private:
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_action;
};

} // namespace pitchside::ui
