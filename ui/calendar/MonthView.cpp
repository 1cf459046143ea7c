#include "MonthView.h"

#include "EntryPainter.h"
#include "../common/PostMime.h"
#include "../common/Theme.h"
#include "models/CalendarLayout.h"
#include "models/Clock.h"

#include <QContextMenuEvent>
#include <QDragEnterEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QMimeData>
#include <QPainter>
#include <QToolTip>

namespace pitchside::ui {

namespace {
constexpr int kWeeks = 6;
constexpr int kLineGap = 2;
} // namespace

MonthView::MonthView(QWidget *parent) : CalendarView(parent)
{
    setAccessibleName(tr("Month"));
    setMouseTracking(true);
}

QDate MonthView::firstShown() const
{
    const QDate first(currentDate().year(), currentDate().month(), 1);
    const int weekStart = int(QLocale().firstDayOfWeek());
    return first.addDays(-((first.dayOfWeek() - weekStart + 7) % 7));
}

std::pair<QDate, QDate> MonthView::rangeFor(QDate date) const
{
    const QDate first(date.year(), date.month(), 1);
    const int weekStart = int(QLocale().firstDayOfWeek());
    const QDate start = first.addDays(-((first.dayOfWeek() - weekStart + 7) % 7));
    return {start, start.addDays(kWeeks * 7 - 1)};
}

QString MonthView::periodTitle() const
{
    const QLocale locale;
    QString title = locale.standaloneMonthName(currentDate().month()) + QLatin1Char(' ')
                    + QString::number(currentDate().year());
    if (!title.isEmpty())
        title[0] = title[0].toUpper();
    return title;
}

void MonthView::stepPeriod(int direction)
{
    setSelectedId({});
    setCurrentDate(currentDate().addMonths(direction));
}

int MonthView::headerHeight() const
{
    return fontMetrics().height() + 12;
}

int MonthView::lineHeight() const
{
    return fontMetrics().height() + 6;
}

QRect MonthView::cellRect(QDate day) const
{
    const int index = int(firstShown().daysTo(day));
    if (index < 0 || index >= kWeeks * 7)
        return {};
    const int row = index / 7;
    const int col = index % 7;
    const int top = headerHeight();
    const int w = width();
    const int h = height() - top;
    const int x0 = w * col / 7;
    const int x1 = w * (col + 1) / 7;
    const int y0 = top + h * row / kWeeks;
    const int y1 = top + h * (row + 1) / kWeeks;
    return QRect(x0, y0, x1 - x0, y1 - y0);
}

int MonthView::capacity() const
{
    const int cellHeight = (height() - headerHeight()) / kWeeks;
    const int dayLine = fontMetrics().height() + 8;
    return std::max(0, (cellHeight - dayLine - 4) / (lineHeight() + kLineGap));
}

QRect MonthView::lineRect(QDate day, int line) const
{
    const QRect cell = cellRect(day);
    if (cell.isNull())
        return {};
    const int dayLine = fontMetrics().height() + 8;
    const int y = cell.top() + dayLine + line * (lineHeight() + kLineGap);
    return QRect(cell.left() + 4, y, cell.width() - 8, lineHeight());
}

QVector<int> MonthView::shownEntries(QDate day) const
{
    if (!m_snapshot)
        return {};
    const QVector<CalendarEntry> &entries = m_snapshot->entriesOn(day);
    int pinned = -1;
    if (day == currentDate() && !selectedId().isEmpty()) {
        for (int i = 0; i < entries.size() && pinned < 0; ++i) {
            if (entries.at(i).id == selectedId())
                pinned = i;
        }
    }
    return CalendarLayout::shownInCell(int(entries.size()), capacity(), pinned);
}

int MonthView::lineOf(QDate day, const QString &entryId) const
{
    if (!m_snapshot)
        return -1;
    const QVector<CalendarEntry> &entries = m_snapshot->entriesOn(day);
    const QVector<int> shown = shownEntries(day);
    for (int line = 0; line < shown.size(); ++line) {
        if (entries.at(shown.at(line)).id == entryId)
            return line;
    }
    return -1;
}

QVector<const CalendarEntry *> MonthView::hiddenEntries(QDate day) const
{
    QVector<const CalendarEntry *> hidden;
    if (!m_snapshot)
        return hidden;
    const QVector<CalendarEntry> &entries = m_snapshot->entriesOn(day);
    const QVector<int> shown = shownEntries(day);
    for (int i = 0; i < entries.size(); ++i) {
        if (!shown.contains(i))
            hidden.push_back(&entries.at(i));
    }
    return hidden;
}

MonthView::Hit MonthView::hitTest(const QPoint &pos) const
{
    Hit hit;
    if (pos.y() < headerHeight())
        return hit;
    for (int i = 0; i < kWeeks * 7; ++i) {
        const QDate day = firstShown().addDays(i);
        if (!cellRect(day).contains(pos))
            continue;
        hit.day = day;
        const int count = m_snapshot ? int(m_snapshot->entriesOn(day).size()) : 0;
        const QVector<int> shown = shownEntries(day);
        const int visible = int(shown.size());
        for (int line = 0; line < visible; ++line) {
            if (lineRect(day, line).contains(pos))
                hit.entry = shown.at(line);
        }
        if (visible < count && lineRect(day, visible).contains(pos))
            hit.more = true;
        break;
    }
    return hit;
}

void MonthView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));

    // Weekday names.
    const QLocale locale;
    const QDate first = firstShown();
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    p.setFont(small);
    p.setPen(Theme::mutedText());
    for (int col = 0; col < 7; ++col) {
        const QRect cell = cellRect(first.addDays(col));
        p.drawText(QRect(cell.left() + 8, 0, cell.width() - 8, headerHeight()), Qt::AlignVCenter | Qt::AlignLeft,
                   locale.dayName(first.addDays(col).dayOfWeek(), QLocale::ShortFormat));
    }
    for (int i = 0; i < kWeeks * 7; ++i) {
        const QDate day = first.addDays(i);
        paintCell(p, day, cellRect(day));
    }
    // Grid lines last, crisp over the cells.
    p.setPen(Theme::border());
    for (int row = 0; row <= kWeeks; ++row) {
        const int y = row == kWeeks ? height() - 1 : cellRect(first.addDays(row * 7)).top();
        p.drawLine(0, y, width(), y);
    }
    for (int col = 1; col < 7; ++col) {
        const int x = cellRect(first.addDays(col)).left();
        p.drawLine(x, headerHeight(), x, height());
    }
}

void MonthView::paintCell(QPainter &p, QDate day, const QRect &cell)
{
    const bool inMonth = day.month() == currentDate().month();
    const bool today = day == Clock::today();
    if (!inMonth)
        p.fillRect(cell, palette().color(QPalette::AlternateBase));
    if (day == m_dropDay) {
        QColor drop = Theme::accent();
        drop.setAlpha(40);
        p.fillRect(cell, drop);
    }
    if (day == currentDate() && hasFocus()) {
        // An outline, never a fill: the cell keeps its background, so its
        // chips and "+N more" keep their contrast. (The brush is reset: the
        // previous cell may have left today's accent disc brush set.)
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(Theme::focusRing(), 2));
        p.drawRect(cell.adjusted(1, 1, -2, -2));
    }

    // Day number; today's in an accent disc.
    const QFontMetrics fm = fontMetrics();
    const QString number = QString::number(day.day());
    const int d = fm.height() + 4;
    const QRect numberRect(cell.left() + 4, cell.top() + 3, std::max(d, fm.horizontalAdvance(number) + 8), d);
    if (today) {
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(Theme::accent());
        p.setPen(Qt::NoPen);
        p.drawRoundedRect(numberRect, d / 2.0, d / 2.0);
        p.setBrush(Qt::NoBrush);
        p.setRenderHint(QPainter::Antialiasing, false);
        p.setPen(Theme::onAccent());
    } else {
        p.setPen(inMonth ? palette().color(QPalette::Text) : Theme::mutedText());
    }
    QFont numberFont = font();
    if (today)
        numberFont.setWeight(QFont::DemiBold);
    p.setFont(numberFont);
    p.drawText(numberRect, Qt::AlignCenter, number);
    p.setFont(font());

    if (!m_snapshot)
        return;
    const QVector<CalendarEntry> &entries = m_snapshot->entriesOn(day);
    const QVector<int> shown = shownEntries(day);
    const int visible = int(shown.size());
    for (int line = 0; line < visible; ++line) {
        const CalendarEntry &e = entries.at(shown.at(line));
        EntryPainter::Style style;
        style.selected = e.id == selectedId() && day == currentDate();
        style.dimmed = e.id == draggedId();
        EntryPainter::paintChip(p, lineRect(day, line), e, font(), style);
    }
    if (visible < entries.size())
        EntryPainter::paintMore(p, lineRect(day, visible), int(entries.size()) - visible, font(), day == m_hoverMoreDay);
}

void MonthView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    const Hit hit = hitTest(event->pos());
    if (!hit.day.isValid())
        return;
    setCurrentDate(hit.day);
    const CalendarEntry *entry =
        hit.entry >= 0 && m_snapshot ? &m_snapshot->entriesOn(hit.day).at(hit.entry) : nullptr;
    // A click on "+N more" keeps the selection: the day view opens with it.
    if (!hit.more)
        setSelectedId(entry ? entry->id : QString());
    if (event->button() == Qt::LeftButton) {
        notePress(entry, event->pos());
        if (hit.more)
            Q_EMIT dayRequested(hit.day);
    }
}

void MonthView::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton) {
        maybeStartDrag(event->pos());
        return;
    }
    const Hit hit = hitTest(event->pos());
    const QDate hover = hit.more ? hit.day : QDate();
    if (hover != m_hoverMoreDay) {
        m_hoverMoreDay = hover;
        setCursor(hover.isValid() ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
}

void MonthView::mouseReleaseEvent(QMouseEvent *)
{
    clearPress();
}

void MonthView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const Hit hit = hitTest(event->pos());
    if (hit.entry >= 0 && m_snapshot)
        Q_EMIT entryActivated(m_snapshot->entriesOn(hit.day).at(hit.entry));
    else if (hit.day.isValid() && !hit.more)
        Q_EMIT dayRequested(hit.day);
}

void MonthView::contextMenuEvent(QContextMenuEvent *event)
{
    const Hit hit = hitTest(event->pos());
    if (!hit.day.isValid())
        return;
    setCurrentDate(hit.day);
    if (hit.entry >= 0 && m_snapshot) {
        const CalendarEntry &e = m_snapshot->entriesOn(hit.day).at(hit.entry);
        setSelectedId(e.id);
        Q_EMIT entryMenuRequested(e, event->globalPos());
    } else {
        Q_EMIT emptyMenuRequested(QDateTime(hit.day, QTime()), event->globalPos());
    }
}

bool MonthView::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(e);
        const Hit hit = hitTest(help->pos());
        if (hit.entry >= 0 && m_snapshot)
            QToolTip::showText(help->globalPos(), EntryPainter::tooltip(m_snapshot->entriesOn(hit.day).at(hit.entry)),
                               this, lineRect(hit.day, hit.entry));
        else if (hit.more)
            QToolTip::showText(help->globalPos(), EntryPainter::moreTooltip(hiddenEntries(hit.day)), this,
                               lineRect(hit.day, int(shownEntries(hit.day).size())));
        else
            QToolTip::hideText();
        return true;
    }
    return CalendarView::event(e);
}

void MonthView::leaveEvent(QEvent *)
{
    if (m_hoverMoreDay.isValid()) {
        m_hoverMoreDay = {};
        update();
    }
}

void MonthView::dragEnterEvent(QDragEnterEvent *event)
{
    if (!PostMime::postId(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MonthView::dragMoveEvent(QDragMoveEvent *event)
{
    const Hit hit = hitTest(event->position().toPoint());
    if (hit.day != m_dropDay) {
        m_dropDay = hit.day;
        update();
    }
    if (hit.day.isValid())
        event->acceptProposedAction();
    else
        event->ignore();
}

void MonthView::dragLeaveEvent(QDragLeaveEvent *)
{
    m_dropDay = {};
    update();
}

void MonthView::dropEvent(QDropEvent *event)
{
    const QString id = PostMime::postId(event->mimeData());
    const QDate day = hitTest(event->position().toPoint()).day;
    m_dropDay = {};
    update();
    if (id.isEmpty() || !day.isValid())
        return;
    event->acceptProposedAction();
    // After the drag has finished: the page may show a message or reload.
    QMetaObject::invokeMethod(this, [this, id, day] { Q_EMIT postDroppedOnDay(id, day); }, Qt::QueuedConnection);
}

} // namespace pitchside::ui
