#include "TimeGridView.h"

#include "EntryPainter.h"
#include "TimeGridParts.h"
#include "../common/Theme.h"
#include "models/CalendarLayout.h"
#include "models/LocalTime.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace pitchside::ui {

namespace {
constexpr int kMinBlockWidth = 50; // narrower than this, a block says nothing
constexpr int kMinBlockHeight = 22;
} // namespace

TimeGridView::TimeGridView(int days, QWidget *parent)
    : CalendarView(parent), m_days(days), m_header(new TimeGridHeader(this)), m_scroll(new QScrollArea(this)),
      m_body(new TimeGridBody(this))
{
    setAccessibleName(days == 1 ? tr("Day") : tr("Week"));
    m_hourHeight = std::max(44, fontMetrics().height() * 2 + 12);
    m_scroll->setWidget(m_body);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFocusProxy(this);
    m_body->setFocusProxy(this);
    m_body->setMinimumHeight(24 * m_hourHeight + 1);
    setAcceptDrops(false); // the body takes the drops
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_scroll, 1);
}

std::pair<QDate, QDate> TimeGridView::rangeFor(QDate date) const
{
    if (m_days == 1)
        return {date, date};
    const int weekStart = int(QLocale().firstDayOfWeek());
    const QDate start = date.addDays(-((date.dayOfWeek() - weekStart + 7) % 7));
    return {start, start.addDays(m_days - 1)};
}

QString TimeGridView::periodTitle() const
{
    const QLocale locale;
    const auto [first, last] = rangeFor(currentDate());
    QString title;
    if (m_days == 1)
        title = locale.toString(first, QStringLiteral("dddd d MMMM yyyy"));
    else if (first.month() == last.month())
        title = tr("%1 – %2").arg(QString::number(first.day()), locale.toString(last, QStringLiteral("d MMMM yyyy")));
    else if (first.year() == last.year())
        title = tr("%1 – %2").arg(locale.toString(first, QStringLiteral("d MMMM")),
                                  locale.toString(last, QStringLiteral("d MMMM yyyy")));
    else
        title = tr("%1 – %2").arg(locale.toString(first, QStringLiteral("d MMMM yyyy")),
                                  locale.toString(last, QStringLiteral("d MMMM yyyy")));
    if (!title.isEmpty())
        title[0] = title[0].toUpper();
    return title;
}

void TimeGridView::stepPeriod(int direction)
{
    setSelectedId({});
    setCurrentDate(currentDate().addDays(direction * m_days));
}

QWidget *TimeGridView::body() const
{
    return m_body;
}

int TimeGridView::gutter() const
{
    return fontMetrics().horizontalAdvance(QLocale().toString(QTime(23, 0), QLocale::ShortFormat)) + 16;
}

QRect TimeGridView::dayColumn(int index) const
{
    const int left = gutter();
    const int w = m_body->width() - left;
    const int x0 = left + w * index / m_days;
    const int x1 = left + w * (index + 1) / m_days;
    return QRect(x0, 0, x1 - x0, 24 * m_hourHeight);
}

QRect TimeGridView::slotRect(const QDateTime &when) const
{
    const QDateTime local = when.toLocalTime();
    const int index = int(firstDay().daysTo(local.date()));
    if (index < 0 || index >= m_days)
        return {};
    const QRect column = dayColumn(index);
    const int minutes = local.time().hour() * 60 + local.time().minute();
    const int y = minutes * m_hourHeight / 60;
    return QRect(column.left() + 2, y, column.width() - 5,
                 std::max(kMinBlockHeight, CalendarSnapshot::kPostMinutes * m_hourHeight / 60) - 1);
}

QDateTime TimeGridView::timeAt(const QPoint &pos) const
{
    for (int i = 0; i < m_days; ++i) {
        const QRect column = dayColumn(i);
        if (pos.x() >= column.left() && pos.x() <= column.right()) {
            int minutes = std::clamp(pos.y(), 0, 24 * m_hourHeight - 1) * 60 / m_hourHeight;
            minutes -= minutes % kSnapMinutes;
            // 02:30 the night clocks go forward is 03:30: the drop lands, and its ghost says where.
            return LocalTime::at(firstDay().addDays(i), QTime(minutes / 60, minutes % 60));
        }
    }
    return {};
}

QRect TimeGridView::blockRect(const QString &entryId) const
{
    for (const Block &b : m_blocks) {
        if (b.entry->id == entryId)
            return b.rect;
    }
    return {};
}

int TimeGridView::visibleBlockCount() const
{
    return int(m_blocks.size());
}

int TimeGridView::overflowCount() const
{
    return int(m_more.size());
}

void TimeGridView::scrollToHour(int hour)
{
    // A little above the hour, so that its label shows whole.
    m_scroll->verticalScrollBar()->setValue(std::max(0, std::clamp(hour, 0, 23) * m_hourHeight - fontMetrics().height()));
}

QVector<const CalendarEntry *> TimeGridView::allDayEntries(QDate day) const
{
    QVector<const CalendarEntry *> out;
    if (!m_snapshot)
        return out;
    for (const CalendarEntry &e : m_snapshot->entriesOn(day)) {
        if (e.spansDays)
            out.push_back(&e);
    }
    return out;
}

void TimeGridView::relayout()
{
    m_blocks.clear();
    m_more.clear();
    if (!m_snapshot) {
        m_body->update();
        m_header->updateGeometry();
        return;
    }
    for (int i = 0; i < m_days; ++i) {
        const QDate day = firstDay().addDays(i);
        const QRect column = dayColumn(i);
        QVector<const CalendarEntry *> entries;
        QVector<CalendarLayout::Span> spans;
        for (const CalendarEntry &e : m_snapshot->entriesOn(day)) {
            if (e.spansDays)
                continue;
            // In pixels: a block shorter than a line is drawn a line high, and
            // overlaps are judged on what is drawn. Placed by the wall clock,
            // like the hours in the gutter: the day the clocks change, the
            // time elapsed since midnight is an hour off after 02:00.
            const int start = std::min(LocalTime::wallMinutes(day, e.start), 24 * 60 - 1);
            const int end = std::max(LocalTime::wallMinutes(day, e.end), start + 1);
            const int top = start * m_hourHeight / 60;
            const int bottom = std::max(top + kMinBlockHeight, end * m_hourHeight / 60);
            entries.push_back(&e);
            spans.push_back({top, bottom});
        }
        // At least two columns: one entry and "+N more" say more than "+N more" alone.
        const int maxColumns = std::max(2, (column.width() - 4) / kMinBlockWidth);
        int pinned = -1; // the selected entry is never inside "+N more"
        for (int k = 0; k < entries.size() && pinned < 0; ++k) {
            if (!selectedId().isEmpty() && entries.at(k)->id == selectedId())
                pinned = k;
        }
        const CalendarLayout::DayLayout layout = CalendarLayout::layoutDay(spans, maxColumns, pinned);
        const auto columnRect = [&column](int top, int bottom, int col, int cols) {
            const int inner = column.width() - 5;
            const int x0 = column.left() + 2 + inner * col / cols;
            const int x1 = column.left() + 2 + inner * (col + 1) / cols;
            return QRect(x0, top, x1 - x0 - 2, bottom - top - 1);
        };
        for (const CalendarLayout::Placement &pl : layout.placed) {
            const CalendarLayout::Span &s = spans.at(pl.item);
            m_blocks.push_back({columnRect(s.start, s.end, pl.column, pl.columns), entries.at(pl.item)});
        }
        for (const CalendarLayout::Overflow &o : layout.overflows) {
            More more;
            more.rect = columnRect(o.start, std::max(o.end, o.start + kMinBlockHeight), o.column, o.columns);
            more.rect.setHeight(std::min(more.rect.height(), kMinBlockHeight + 4));
            for (int item : o.hidden)
                more.hidden.push_back(entries.at(item));
            m_more.push_back(more);
        }
    }
    // The selected block is painted last, over any neighbour it was moved beside.
    std::stable_partition(m_blocks.begin(), m_blocks.end(),
                          [this](const Block &b) { return b.entry->id != selectedId(); });
    m_header->updateGeometry();
    m_header->update();
    m_body->update();
}

const TimeGridView::Block *TimeGridView::blockAt(const QPoint &pos) const
{
    // Last painted is on top.
    for (auto it = m_blocks.crbegin(); it != m_blocks.crend(); ++it) {
        if (it->rect.contains(pos))
            return &*it;
    }
    return nullptr;
}

const TimeGridView::More *TimeGridView::moreAt(const QPoint &pos) const
{
    for (const More &m : m_more) {
        if (m.rect.contains(pos))
            return &m;
    }
    return nullptr;
}

void TimeGridView::showMore(const More &more, const QPoint &globalPos)
{
    // The hidden entries, by time: choosing one opens it.
    QMenu menu(this);
    for (const CalendarEntry *e : more.hidden) {
        const QString text = QStringLiteral("%1  %2").arg(EntryPainter::timeText(*e), EntryPainter::label(*e));
        QAction *action = menu.addAction(menu.fontMetrics().elidedText(text, Qt::ElideRight, 420));
        action->setToolTip(EntryPainter::tooltip(*e));
        const CalendarEntry copy = *e;
        connect(action, &QAction::triggered, this, [this, copy] {
            setSelectedId(copy.id);
            Q_EMIT entryActivated(copy);
        });
    }
    menu.setToolTipsVisible(true);
    menu.exec(globalPos);
}

void TimeGridView::keyPressEvent(QKeyEvent *event)
{
    // Up and down scroll the hours; the days are left and right.
    if (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down) {
        QScrollBar *bar = m_scroll->verticalScrollBar();
        bar->setValue(bar->value() + (event->key() == Qt::Key_Up ? -m_hourHeight : m_hourHeight));
        return;
    }
    CalendarView::keyPressEvent(event);
}

void TimeGridView::focusInEvent(QFocusEvent *event)
{
    CalendarView::focusInEvent(event);
    m_header->update();
    m_body->update();
}

void TimeGridView::focusOutEvent(QFocusEvent *event)
{
    CalendarView::focusOutEvent(event);
    m_header->update();
    m_body->update();
}

void TimeGridView::resizeEvent(QResizeEvent *event)
{
    CalendarView::resizeEvent(event);
    relayout();
}

void TimeGridView::showEvent(QShowEvent *event)
{
    CalendarView::showEvent(event);
    relayout();
    scrollToFirstEntry();
}

void TimeGridView::snapshotChanged()
{
    relayout();
    scrollToFirstEntry();
}

std::optional<int> TimeGridView::firstEntryMinute() const
{
    if (!m_snapshot)
        return std::nullopt;
    std::optional<int> first;
    for (int i = 0; i < m_days; ++i) {
        const QDate day = firstDay().addDays(i);
        for (const CalendarEntry &e : m_snapshot->entriesOn(day)) {
            if (e.spansDays)
                continue;
            const int start = std::min(LocalTime::wallMinutes(day, e.start), 24 * 60 - 1);
            if (!first || start < *first)
                first = start;
        }
    }
    return first;
}

void TimeGridView::scrollToFirstEntry()
{
    // Once per range shown (a reload of the same week keeps where the person
    // scrolled): the working day from 08:00, or earlier so that the range's
    // first entry shows whole, or later when it would be below the fold.
    if (!isVisible() || !m_snapshot || m_snapshot->first() != firstDay())
        return;
    const auto range = rangeFor(currentDate());
    if (m_scrolledRange == range)
        return;
    m_scrolledRange = range;
    if (!selectedId().isEmpty() && !blockRect(selectedId()).isNull()) {
        revealSelection();
        return;
    }
    const int margin = fontMetrics().height();
    int top = 8 * m_hourHeight - margin;
    if (const std::optional<int> first = firstEntryMinute()) {
        const int y = *first * m_hourHeight / 60;
        const int viewport = m_scroll->viewport()->height();
        // From the hour it starts in, so that the hour's label shows whole too.
        if (y - margin < top || y + kMinBlockHeight > top + viewport)
            top = (*first / 60) * m_hourHeight - margin;
    }
    m_scroll->verticalScrollBar()->setValue(std::max(0, top));
}

void TimeGridView::revealSelection()
{
    const QRect block = blockRect(selectedId());
    if (block.isNull())
        return;
    const int margin = fontMetrics().height();
    QScrollBar *bar = m_scroll->verticalScrollBar();
    const int viewport = m_scroll->viewport()->height();
    if (block.top() - margin < bar->value())
        bar->setValue(std::max(0, block.top() - margin));
    else if (block.bottom() + margin > bar->value() + viewport)
        bar->setValue(std::min(block.top() - margin, block.bottom() + margin - viewport));
}

void TimeGridView::selectionChanged()
{
    relayout();
    revealSelection();
}

int TimeGridView::scrollPosition() const
{
    return m_scroll->verticalScrollBar()->value();
}

QRect TimeGridView::visibleBodyRect() const
{
    return QRect(0, scrollPosition(), m_body->width(), m_scroll->viewport()->height());
}

void TimeGridView::currentDateSet()
{
    relayout();
}

} // namespace pitchside::ui
