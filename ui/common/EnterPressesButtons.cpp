#include "EnterPressesButtons.h"

#include <QApplication>
#include <QKeyEvent>
#include <QPushButton>
#include <QToolButton>

namespace pitchside::ui {

void EnterPressesButtons::install()
{
    if (!qApp || qApp->findChild<EnterPressesButtons *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    qApp->installEventFilter(new EnterPressesButtons(qApp));
}

bool EnterPressesButtons::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::KeyRelease)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter)
        return false;
    if (key->modifiers() & ~Qt::KeypadModifier)
        return false; // Ctrl+Enter and the like belong to whoever defines them
    auto *button = qobject_cast<QAbstractButton *>(watched);
    if (!button || !(qobject_cast<QPushButton *>(button) || qobject_cast<QToolButton *>(button)))
        return false;
    if (!button->hasFocus() || !button->isEnabled())
        return false;
    // Space's own path (press, then release clicks): menus pop up, toggles
    // toggle, and a held key does not click twenty times.
    if (key->isAutoRepeat())
        return true;
    QKeyEvent space(event->type(), Qt::Key_Space, Qt::NoModifier, QStringLiteral(" "));
    QCoreApplication::sendEvent(button, &space);
    return true;
}

} // namespace pitchside::ui
