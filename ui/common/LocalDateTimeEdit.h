#pragma once

#include <QDateTimeEdit>

namespace pitchside::ui {

// A date and time field on the local wall clock (a post's publication, a
// kick-off). Qt 6.4's QDateTimeEdit keeps showing a time the clocks skip —
// 02:30 the night Paris goes to summer time — while its value stays the last
// one that existed (01:30, or the day before when the day was typed), so the
// post would be scheduled at a time nobody saw; Enter then puts the old
// value back. Here such a time moves forward by the skip (03:30,
// LocalTime::at), and the field shows what will be used.
class LocalDateTimeEdit : public QDateTimeEdit
{
    Q_OBJECT
public:
    explicit LocalDateTimeEdit(QWidget *parent = nullptr);

    // The value, with what is being typed taken in first (a button may be
    // clicked without the field losing the focus).
    QDateTime enteredDateTime();

protected:
    void fixup(QString &input) const override;
    // Typing over the whole selected field starts at its first section, so
    // a whole date typed over it ("05/12/2026 10:00") is taken section by
    // section; Qt's field otherwise lands it in the last section only.
    void keyPressEvent(QKeyEvent *event) override;
    // Tab leaves the field, as in every other field: Qt's date field moves
    // Tab through its day, month, year, hour and minute first, so a keyboard
    // user was held there five presses. Sections are reached with the arrow
    // keys, or by typing the separator.
    bool focusNextPrevChild(bool next) override;
};

} // namespace pitchside::ui
