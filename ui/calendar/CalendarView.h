#pragma once

#include "models/CalendarData.h"
#include "models/Clock.h"

#include <QDate>
#include <QPoint>
#include <QWidget>

#include <optional>

namespace pitchside::ui {

// What the month, week, day and agenda views share: the date they are on,
// the entries they show (a snapshot the page loads for their range), the
// selected entry, dragging posts out and dropping them in, and the keys
// (arrows, PgUp/PgDn, T for today, Tab through the day's entries, Enter,
// Delete, the menu key).
class CalendarView : public QWidget
{
    Q_OBJECT
public:
    explicit CalendarView(QWidget *parent = nullptr);

    // The days this view shows around `date` (the page loads them).
    virtual std::pair<QDate, QDate> rangeFor(QDate date) const = 0;
    // "March 2026", "9 – 15 March 2026"…
    virtual QString periodTitle() const = 0;
    // One period back (-1) or forward (+1).
    virtual void stepPeriod(int direction) = 0;

    void setSnapshot(const CalendarSnapshot *snapshot);
    const CalendarSnapshot *snapshot() const { return m_snapshot; }
    QDate currentDate() const { return m_current; }
    void setCurrentDate(QDate date);
    QString selectedId() const { return m_selectedId; }
    void setSelectedId(const QString &id);
    // The selected entry in the snapshot, if any.
    const CalendarEntry *selectedEntry() const;

Q_SIGNALS:
    void currentDateChanged(QDate date);
    void entryActivated(const pitchside::CalendarEntry &entry); // double-click, Enter
    void entryMenuRequested(const pitchside::CalendarEntry &entry, const QPoint &globalPos);
    // Right-click on an empty place: `when` is the day (and time, in the grid).
    void emptyMenuRequested(const QDateTime &when, const QPoint &globalPos);
    void deleteRequested(const pitchside::CalendarEntry &entry);
    // A post dropped on a day (month): keep its time of day.
    void postDroppedOnDay(const QString &postId, QDate day);
    // A post dropped on a time (week, day).
    void postDroppedAt(const QString &postId, const QDateTime &when);
    void dayRequested(QDate day); // "+N more" in the month, Enter on a day

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    // Selects the current day's next (or previous) entry; false past its last.
    bool selectNextEntry(bool next);
    virtual void selectionChanged() {}
    // Arrow keys: how many days left/right and up/down move the current date.
    virtual int daysPerRow() const { return 7; }
    virtual void snapshotChanged() {}
    virtual void currentDateSet() {}

    // Drag support for subclasses: remember a press on a post, start the
    // drag once the mouse moved far enough.
    void notePress(const CalendarEntry *entry, const QPoint &pos);
    bool maybeStartDrag(const QPoint &pos);
    QString draggedId() const { return m_dragging; }
    void clearPress() { m_pressId.clear(); }

    const CalendarSnapshot *m_snapshot = nullptr;

private:
    QDate m_current = Clock::today();
    QString m_selectedId;
    QString m_pressId;
    QPoint m_pressPos;
    QString m_dragging;
};

} // namespace pitchside::ui
