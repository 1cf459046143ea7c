#pragma once

#include "CalendarView.h"

#include <QVector>

#include <optional>

class QScrollArea;

namespace pitchside::ui {

class TimeGridBody;
class TimeGridHeader;

// Days side by side with their hours (the week view: seven days; the day
// view: one). Posts are half-hour blocks at their time, matches two-hour
// blocks, events their own length; events lasting days sit in a strip
// under the day names. Overlapping entries share the width; when too many
// overlap for the width, the last column says "+N more" and lists them.
class TimeGridView : public CalendarView
{
    Q_OBJECT
public:
    explicit TimeGridView(int days, QWidget *parent = nullptr);

    std::pair<QDate, QDate> rangeFor(QDate date) const override;
    QString periodTitle() const override;
    void stepPeriod(int direction) override;

    int dayCount() const { return m_days; }
    QDate firstDay() const { return rangeFor(currentDate()).first; }
    // Geometry in the body's coordinates, for tests and drops.
    QWidget *body() const;
    QRect slotRect(const QDateTime &when) const;
    // Snapped to a quarter hour; the hour the clocks skip reads as the next (LocalTime::at).
    QDateTime timeAt(const QPoint &bodyPos) const;
    QRect blockRect(const QString &entryId) const;  // empty when not drawn as a block
    int visibleBlockCount() const;
    int overflowCount() const; // "+N more" pills shown
    // Brings an hour into view.
    void scrollToHour(int hour);
    int scrollPosition() const;
    QRect visibleBodyRect() const; // the part of the body on screen, in body coordinates

    static constexpr int kSnapMinutes = 15;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void snapshotChanged() override;
    void currentDateSet() override;
    void selectionChanged() override;
    int daysPerRow() const override { return m_days; }

private:
    friend class TimeGridBody;
    friend class TimeGridHeader;

    struct Block
    {
        QRect rect;
        const CalendarEntry *entry = nullptr;
    };
    struct More
    {
        QRect rect;
        QVector<const CalendarEntry *> hidden;
    };

    void relayout();
    std::optional<int> firstEntryMinute() const; // wall-clock minute of the range's first timed entry
    void scrollToFirstEntry();
    void revealSelection();
    int hourHeight() const { return m_hourHeight; }
    int gutter() const;
    QRect dayColumn(int index) const; // in body coordinates
    const Block *blockAt(const QPoint &pos) const;
    const More *moreAt(const QPoint &pos) const;
    void showMore(const More &more, const QPoint &globalPos);
    QVector<const CalendarEntry *> allDayEntries(QDate day) const;

    int m_days;
    int m_hourHeight = 48;
    TimeGridHeader *m_header;
    QScrollArea *m_scroll;
    TimeGridBody *m_body;
    QVector<Block> m_blocks;
    QVector<More> m_more;
    QDateTime m_dropAt;
    std::pair<QDate, QDate> m_scrolledRange; // the range scrollToFirstEntry() last placed
};

} // namespace pitchside::ui
