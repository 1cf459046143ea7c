#pragma once

#include <QObject>

namespace pitchside::ui {

// Enter and Return press the focused push or tool button, as Space does —
// what people expect on every desktop, and what Qt only does for a dialog's
// default button. Text fields are not buttons: Enter stays a new line there.
// One filter for the whole application.
class EnterPressesButtons : public QObject
{
    Q_OBJECT
public:
    // Installs it on the application once (later calls do nothing).
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace pitchside::ui
