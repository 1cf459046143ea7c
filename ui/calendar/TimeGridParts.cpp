#include "TimeGridParts.h"

#include "EntryPainter.h"
#include "TimeGridView.h"
#include "../common/PostMime.h"
#include "../common/Theme.h"
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
constexpr int kMaxAllDayLines = 2;
}

TimeGridHeader::TimeGridHeader(TimeGridView *view) : QWidget(view), m_view(view)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

int TimeGridHeader::allDayLines() const
{
    int most = 0;
    for (int i = 0; i < m_view->m_days; ++i)
        most = std::max(most, int(m_view->allDayEntries(m_view->firstDay().addDays(i)).size()));
    return std::min(most, kMaxAllDayLines);
}

QSize TimeGridHeader::sizeHint() const
{
    const int line = fontMetrics().height() + 6;
    return {200, fontMetrics().height() * 2 + 14 + allDayLines() * (line + 2) + (allDayLines() ? 4 : 0)};
}

void TimeGridHeader::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    const QLocale locale;
    const int line = fontMetrics().height() + 6;
    const int labelHeight = fontMetrics().height() * 2 + 10;
    // The body may show a scroll bar: columns follow the body's width.
    for (int i = 0; i < m_view->m_days; ++i) {
        const QDate day = m_view->firstDay().addDays(i);
        const QRect column = m_view->dayColumn(i);
        const bool today = day == Clock::today();
        QFont small = font();
        small.setPointSizeF(font().pointSizeF() * 0.85);
        p.setFont(small);
        p.setPen(today ? Theme::accent() : Theme::mutedText());
        p.drawText(QRect(column.left() + 8, 4, column.width() - 8, fontMetrics().height()), Qt::AlignLeft,
                   locale.dayName(day.dayOfWeek(), QLocale::ShortFormat).toUpper());
        QFont big = font();
        big.setPointSizeF(font().pointSizeF() * 1.25);
        big.setWeight(today ? QFont::Bold : QFont::Normal);
        p.setFont(big);
        p.setPen(today ? Theme::accent() : palette().color(QPalette::Text));
        p.drawText(QRect(column.left() + 8, 4 + fontMetrics().height(), column.width() - 8, labelHeight),
                   Qt::AlignLeft | Qt::AlignTop, QString::number(day.day()));
        p.setFont(font());
        if (day == m_view->currentDate() && m_view->hasFocus()) {
            // The keyboard is on this day: its name is underlined with the focus colour.
            p.fillRect(QRect(column.left() + 2, labelHeight - 1, column.width() - 5, 3), Theme::focusRing());
        }
        const QVector<const CalendarEntry *> allDay = m_view->allDayEntries(day);
        const int shown = std::min(int(allDay.size()), kMaxAllDayLines);
        for (int l = 0; l < shown; ++l) {
            const QRect r(column.left() + 2, labelHeight + 4 + l * (line + 2), column.width() - 5, line);
            if (l == kMaxAllDayLines - 1 && allDay.size() > kMaxAllDayLines)
                EntryPainter::paintMore(p, r, int(allDay.size()) - l, font(), false);
            else
                EntryPainter::paintChip(p, r, *allDay.at(l), font(), {});
        }
    }
    p.setPen(Theme::border());
    p.drawLine(0, height() - 1, width(), height() - 1);
}

void TimeGridHeader::mouseDoubleClickEvent(QMouseEvent *event)
{
    // A day's name opens that day.
    for (int i = 0; i < m_view->m_days; ++i) {
        const QRect column = m_view->dayColumn(i);
        if (event->pos().x() >= column.left() && event->pos().x() <= column.right())
            Q_EMIT m_view->dayRequested(m_view->firstDay().addDays(i));
    }
}

TimeGridBody::TimeGridBody(TimeGridView *view) : QWidget(view), m_view(view)
{
    setAcceptDrops(true);
    setMouseTracking(true);
}

void TimeGridBody::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_view->relayout();
}

void TimeGridBody::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    const QRect dirty = event->rect();
    p.fillRect(dirty, palette().color(QPalette::Base));
    const int hour = m_view->hourHeight();
    const QLocale locale;
    // Working hours stand out a little from the night.
    for (int i = 0; i < m_view->m_days; ++i) {
        const QRect column = m_view->dayColumn(i);
        const QDate day = m_view->firstDay().addDays(i);
        p.fillRect(QRect(column.left(), 0, column.width(), 8 * hour), palette().color(QPalette::AlternateBase));
        p.fillRect(QRect(column.left(), 20 * hour, column.width(), 4 * hour), palette().color(QPalette::AlternateBase));
        if (day == m_view->currentDate() && m_view->hasFocus() && m_view->m_days > 1) {
            QColor focus = Theme::accent();
            focus.setAlpha(18);
            p.fillRect(column, focus);
        }
    }
    p.setPen(Theme::border());
    for (int h = 0; h < 24; ++h) {
        const int y = h * hour;
        if (y < dirty.top() - hour || y > dirty.bottom() + hour)
            continue;
        p.drawLine(m_view->gutter() - 6, y, width(), y);
        if (h > 0) {
            p.setPen(Theme::mutedText());
            p.drawText(QRect(0, y - fontMetrics().height() / 2, m_view->gutter() - 10, fontMetrics().height()),
                       Qt::AlignRight | Qt::AlignVCenter, locale.toString(QTime(h, 0), QLocale::ShortFormat));
            p.setPen(Theme::border());
        }
    }
    for (int i = 0; i < m_view->m_days; ++i)
        p.drawLine(m_view->dayColumn(i).left(), 0, m_view->dayColumn(i).left(), height());

    for (const TimeGridView::Block &b : m_view->m_blocks) {
        if (!b.rect.intersects(dirty))
            continue;
        EntryPainter::Style style;
        style.selected = b.entry->id == m_view->selectedId();
        style.dimmed = b.entry->id == m_view->draggedId();
        EntryPainter::paintBlock(p, b.rect, *b.entry, font(), style);
    }
    for (const TimeGridView::More &m : m_view->m_more) {
        if (m.rect.intersects(dirty))
            EntryPainter::paintMore(p, m.rect, int(m.hidden.size()), font(), m_hoverMore);
    }

    // Now, in today's column.
    const QDateTime now = Clock::nowLocal();
    const int todayIndex = int(m_view->firstDay().daysTo(now.date()));
    if (todayIndex >= 0 && todayIndex < m_view->m_days) {
        const QRect column = m_view->dayColumn(todayIndex);
        const int y = (now.time().hour() * 60 + now.time().minute()) * hour / 60;
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(Theme::danger(), 2));
        p.drawLine(column.left(), y, column.right(), y);
        p.setBrush(Theme::danger());
        p.drawEllipse(QPoint(column.left(), y), 4, 4);
    }
    if (m_view->m_dropAt.isValid()) {
        const QRect ghost = m_view->slotRect(m_view->m_dropAt);
        QColor fill = Theme::accent();
        fill.setAlpha(60);
        p.setPen(QPen(Theme::accent(), 1.5, Qt::DashLine));
        p.setBrush(fill);
        p.drawRoundedRect(ghost, 4, 4);
        p.setPen(Theme::accent());
        p.drawText(ghost.adjusted(6, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft,
                   locale.toString(m_view->m_dropAt.time(), QLocale::ShortFormat));
    }
}

void TimeGridBody::mousePressEvent(QMouseEvent *event)
{
    m_view->setFocus(Qt::MouseFocusReason);
    const QDateTime at = m_view->timeAt(event->pos());
    if (at.isValid())
        m_view->setCurrentDate(at.date());
    const TimeGridView::Block *block = m_view->blockAt(event->pos());
    m_view->setSelectedId(block ? block->entry->id : QString());
    if (event->button() == Qt::LeftButton) {
        m_view->notePress(block ? block->entry : nullptr, event->pos());
        if (const TimeGridView::More *more = m_view->moreAt(event->pos()))
            m_view->showMore(*more, event->globalPosition().toPoint());
    }
    update();
}

void TimeGridBody::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton) {
        if (m_view->maybeStartDrag(event->pos()))
            update();
        return;
    }
    const bool hover = m_view->moreAt(event->pos()) != nullptr;
    if (hover != m_hoverMore) {
        m_hoverMore = hover;
        setCursor(hover ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
}

void TimeGridBody::mouseReleaseEvent(QMouseEvent *)
{
    m_view->clearPress();
}

void TimeGridBody::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (const TimeGridView::Block *block = m_view->blockAt(event->pos()))
        Q_EMIT m_view->entryActivated(*block->entry);
}

void TimeGridBody::contextMenuEvent(QContextMenuEvent *event)
{
    if (const TimeGridView::Block *block = m_view->blockAt(event->pos())) {
        m_view->setSelectedId(block->entry->id);
        Q_EMIT m_view->entryMenuRequested(*block->entry, event->globalPos());
        return;
    }
    const QDateTime at = m_view->timeAt(event->pos());
    if (at.isValid())
        Q_EMIT m_view->emptyMenuRequested(at, event->globalPos());
}

void TimeGridBody::dragEnterEvent(QDragEnterEvent *event)
{
    if (!PostMime::postId(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void TimeGridBody::dragMoveEvent(QDragMoveEvent *event)
{
    const QDateTime at = m_view->timeAt(event->position().toPoint());
    if (at != m_view->m_dropAt) {
        m_view->m_dropAt = at;
        update();
    }
    if (at.isValid())
        event->acceptProposedAction();
    else
        event->ignore();
}

void TimeGridBody::dragLeaveEvent(QDragLeaveEvent *)
{
    m_view->m_dropAt = {};
    update();
}

void TimeGridBody::dropEvent(QDropEvent *event)
{
    const QString id = PostMime::postId(event->mimeData());
    const QDateTime at = m_view->timeAt(event->position().toPoint());
    m_view->m_dropAt = {};
    update();
    if (id.isEmpty() || !at.isValid())
        return;
    event->acceptProposedAction();
    TimeGridView *view = m_view;
    QMetaObject::invokeMethod(view, [view, id, at] { Q_EMIT view->postDroppedAt(id, at); }, Qt::QueuedConnection);
}

bool TimeGridBody::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(e);
        if (const TimeGridView::Block *block = m_view->blockAt(help->pos()))
            QToolTip::showText(help->globalPos(), EntryPainter::tooltip(*block->entry), this, block->rect);
        else if (m_view->moreAt(help->pos()))
            QToolTip::showText(help->globalPos(), TimeGridView::tr("Show the posts hidden here"), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(e);
}

} // namespace pitchside::ui
