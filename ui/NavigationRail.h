#pragma once

#include "Page.h"

#include <QHash>
#include <QWidget>

class QToolButton;
class QVBoxLayout;

namespace pitchside::ui {

// The left rail: one button per module (icon above label), Accounts and
// Settings at the bottom, and room at the top for the profile switcher.
class NavigationRail : public QWidget
{
    Q_OBJECT
public:
    explicit NavigationRail(QWidget *parent = nullptr);

    void addPage(PageId id, const QString &label, const QString &iconName, const QString &shortcutText);
    void setCurrent(PageId id);
    void setTopWidget(QWidget *widget);
    // A count on a module's icon (unread messages); 0 takes it away.
    void setBadge(PageId id, int count);
    QToolButton *button(PageId id) const { return m_buttons.value(id); }

Q_SIGNALS:
    void pageRequested(pitchside::ui::PageId id);

private:
    QVBoxLayout *m_top;
    QVBoxLayout *m_modules;
    QVBoxLayout *m_bottom;
    QHash<PageId, QToolButton *> m_buttons;
    QHash<PageId, QString> m_icons;
    QHash<PageId, QString> m_labels;
};

} // namespace pitchside::ui
