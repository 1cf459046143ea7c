#include "LocalDateTimeEdit.h"

#include "models/LocalTime.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace pitchside::ui {

LocalDateTimeEdit::LocalDateTimeEdit(QWidget *parent) : QDateTimeEdit(parent)
{
    setTimeSpec(Qt::LocalTime);
}

QDateTime LocalDateTimeEdit::enteredDateTime()
{
    interpretText();
    return dateTime();
}

void LocalDateTimeEdit::keyPressEvent(QKeyEvent *event)
{
    const QString typed = event->text();
    QLineEdit *edit = lineEdit();
    const bool wholeSelected = edit->hasSelectedText() && edit->selectedText() == edit->text();
    if (wholeSelected && typed.size() == 1 && typed.at(0).isDigit() && sectionCount() > 0) {
        setCurrentSectionIndex(0);
        setSelectedSection(sectionAt(0));
    }
    QDateTimeEdit::keyPressEvent(event);
}

bool LocalDateTimeEdit::focusNextPrevChild(bool next)
{
    return QWidget::focusNextPrevChild(next);
}

void LocalDateTimeEdit::fixup(QString &input) const
{
    QDateTimeEdit::fixup(input);
    // Read the text as a wall time with no time zone (UTC has no gaps): the
    // field's own parser refuses it when the local clock skips it.
    const QDateTime wall =
        locale().toDateTime(input + QStringLiteral(" UTC"), displayFormat() + QStringLiteral(" t"));
    if (!wall.isValid() || LocalTime::exists(wall.date(), wall.time()))
        return;
    input = textFromDateTime(LocalTime::at(wall.date(), wall.time()));
}

} // namespace pitchside::ui
