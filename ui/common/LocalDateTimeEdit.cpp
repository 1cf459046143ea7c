#include "LocalDateTimeEdit.h"

#include "models/LocalTime.h"

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
