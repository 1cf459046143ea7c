#pragma once

#include "CalendarView.h"

namespace pitchside::ui {

// Six weeks around a month, painted: each day lists its entries by time,
// as many as fit, then "+N more" (which opens the day). Only what is on
// screen is drawn and every entry comes from the page's snapshot, so a
// month of 5,000 posts paints as fast as one of fifty.
class MonthView : public CalendarView
{
    Q_OBJECT
public:
    explicit MonthView(QWidget *parent = nullptr);

    std::pair<QDate, QDate> rangeFor(QDate date) const override;
    QString periodTitle() const override;
    void stepPeriod(int direction) override;

    // Where things are (tests, drops): the rectangle of a day's cell and of
    // the n-th line of entries in it.
    QRect cellRect(QDate day) const;
    QRect lineRect(QDate day, int line) const;
    int capacity() const; // entry lines a cell can show
    // The line a day's entry is drawn on, -1 when it is inside "+N more".
    // The selected entry is always drawn.
    int lineOf(QDate day, const QString &entryId) const;
    QVector<const CalendarEntry *> hiddenEntries(QDate day) const; // those "+N more" stands for

    QSize minimumSizeHint() const override { return {560, 420}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool event(QEvent *event) override; // tooltips
    void leaveEvent(QEvent *event) override;

private:
    struct Hit
    {
        QDate day;
        int entry = -1; // index in the day's entries, -1 for none
        bool more = false;
    };
    Hit hitTest(const QPoint &pos) const;
    QDate firstShown() const;
    QVector<int> shownEntries(QDate day) const; // indexes into the day's entries, drawn in this order
    int headerHeight() const;
    int lineHeight() const;
    void paintCell(QPainter &p, QDate day, const QRect &cell);

    QDate m_dropDay;
    QDate m_hoverMoreDay;
};

} // namespace pitchside::ui
