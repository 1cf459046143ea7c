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
};

} // namespace pitchside::ui
