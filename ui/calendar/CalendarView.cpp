#include "CalendarView.h"

#include "EntryPainter.h"
#include "../common/PostMime.h"
#include "models/Clock.h"
#include "models/PostRules.h"

#include <QApplication>
#include <QDrag>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>

namespace pitchside::ui {

CalendarView::CalendarView(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
}

void CalendarView::setSnapshot(const CalendarSnapshot *snapshot)
{
    m_snapshot = snapshot;
    snapshotChanged();
    update();
}

void CalendarView::setCurrentDate(QDate date)
{
    if (!date.isValid() || date == m_current)
        return;
    m_current = date;
    currentDateSet();
    update();
    Q_EMIT currentDateChanged(date);
}

void CalendarView::setSelectedId(const QString &id)
{
    if (id == m_selectedId)
        return;
    m_selectedId = id;
    selectionChanged();
    update();
}

const CalendarEntry *CalendarView::selectedEntry() const
{
    if (!m_snapshot || m_selectedId.isEmpty())
        return nullptr;
    // The current day first: an event spanning days is the same entry on each.
    for (const CalendarEntry &e : m_snapshot->entriesOn(m_current)) {
        if (e.id == m_selectedId)
            return &e;
    }
    return m_snapshot->find(m_selectedId);
}

void CalendarView::keyPressEvent(QKeyEvent *event)
{
    const auto move = [this](int days) {
        setSelectedId({});
        setCurrentDate(m_current.addDays(days));
    };
    switch (event->key()) {
    case Qt::Key_Left:
        move(layoutDirection() == Qt::RightToLeft ? 1 : -1);
        return;
    case Qt::Key_Right:
        move(layoutDirection() == Qt::RightToLeft ? -1 : 1);
        return;
    case Qt::Key_Up:
        move(-daysPerRow());
        return;
    case Qt::Key_Down:
        move(daysPerRow());
        return;
    case Qt::Key_PageUp:
        stepPeriod(-1);
        return;
    case Qt::Key_PageDown:
        stepPeriod(1);
        return;
    case Qt::Key_T:
        if (event->modifiers() == Qt::NoModifier) {
            setCurrentDate(Clock::today());
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (const CalendarEntry *e = selectedEntry())
            Q_EMIT entryActivated(*e);
        else
            Q_EMIT dayRequested(m_current);
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (const CalendarEntry *e = selectedEntry())
            Q_EMIT deleteRequested(*e);
        return;
    case Qt::Key_Menu:
        if (const CalendarEntry *e = selectedEntry())
            Q_EMIT entryMenuRequested(*e, mapToGlobal(rect().center()));
        return;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

bool CalendarView::focusNextPrevChild(bool next)
{
    // Tab walks the entries of the current day before leaving the view (the
    // way a person reaches a post without the mouse); QWidget::event() asks
    // this before keyPressEvent() ever sees a Tab.
    if (selectNextEntry(next))
        return true;
    return QWidget::focusNextPrevChild(next);
}

bool CalendarView::selectNextEntry(bool next)
{
    // Only where the view itself has the focus: the list view is a list, with its own keys.
    if (!m_snapshot || QApplication::focusWidget() != this)
        return false;
    const auto &day = m_snapshot->entriesOn(m_current);
    if (day.isEmpty())
        return false;
    int index = -1;
    for (int i = 0; i < day.size(); ++i) {
        if (day.at(i).id == m_selectedId)
            index = i;
    }
    const int step = next ? 1 : -1;
    index = index < 0 ? (next ? 0 : int(day.size()) - 1) : index + step;
    if (index < 0 || index >= day.size()) {
        setSelectedId({}); // leaving: the next Tab into the view starts again
        return false;
    }
    setSelectedId(day.at(index).id);
    return true;
}

void CalendarView::focusInEvent(QFocusEvent *event)
{
    // Coming back with Shift+Tab starts from the day's last entry.
    if (event->reason() == Qt::BacktabFocusReason)
        selectNextEntry(false);
    QWidget::focusInEvent(event);
    update();
}

void CalendarView::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

void CalendarView::notePress(const CalendarEntry *entry, const QPoint &pos)
{
    m_pressId.clear();
    if (entry && entry->isPost()) {
        m_pressId = entry->id;
        m_pressPos = pos;
    }
}

bool CalendarView::maybeStartDrag(const QPoint &pos)
{
    if (m_pressId.isEmpty() || (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return false;
    const CalendarEntry *entry = m_snapshot ? m_snapshot->find(m_pressId) : nullptr;
    m_dragging = m_pressId;
    m_pressId.clear();
    if (!entry)
        return false;
    auto *drag = new QDrag(this);
    drag->setMimeData(PostMime::make(entry->id));
    // The chip itself follows the pointer.
    QPixmap pixmap(QSize(220, 22) * devicePixelRatioF());
    pixmap.setDevicePixelRatio(devicePixelRatioF());
    pixmap.fill(Qt::transparent);
    {
        QPainter p(&pixmap);
        EntryPainter::paintChip(p, QRect(0, 0, 220, 22), *entry, font(), {});
    }
    drag->setPixmap(pixmap);
    drag->setHotSpot(QPoint(12, 11));
    update();
    drag->exec(Qt::MoveAction);
    m_dragging.clear();
    update();
    return true;
}

} // namespace pitchside::ui
