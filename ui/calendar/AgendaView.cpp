#include "AgendaView.h"

#include "EntryPainter.h"
#include "../common/Icons.h"
#include "../common/Theme.h"
#include "models/Clock.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pitchside::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kDayRole = Qt::UserRole + 2;
} // namespace

AgendaView::AgendaView(QWidget *parent) : CalendarView(parent), m_list(new QTreeWidget(this))
{
    setAccessibleName(tr("Agenda"));
    setAcceptDrops(false);
    m_list->setColumnCount(3);
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setIndentation(0);
    m_list->setIconSize(QSize(3 * 18, 16)); // up to three networks' marks
    m_list->setAccessibleName(tr("Agenda"));
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setStyleSheet(QStringLiteral("QTreeWidget::item { padding: 5px 6px; }"));
    setFocusProxy(m_list);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);

    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (const CalendarEntry *e = entryOf(item))
            Q_EMIT entryActivated(*e);
        else if (item->data(0, kDayRole).isValid())
            Q_EMIT dayRequested(item->data(0, kDayRole).toDate());
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        setSelectedId(item->data(0, kIdRole).toString());
    });
    connect(m_list, &QTreeWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QTreeWidgetItem *item = m_list->itemAt(pos);
        if (const CalendarEntry *e = item ? entryOf(item) : nullptr)
            Q_EMIT entryMenuRequested(*e, m_list->viewport()->mapToGlobal(pos));
        else if (item)
            Q_EMIT emptyMenuRequested(QDateTime(item->data(0, kDayRole).toDate(), QTime()),
                                      m_list->viewport()->mapToGlobal(pos));
    });
    m_list->installEventFilter(this);
}

std::pair<QDate, QDate> AgendaView::rangeFor(QDate date) const
{
    return {date, date.addDays(kDays - 1)};
}

QString AgendaView::periodTitle() const
{
    const QLocale locale;
    const auto [first, last] = rangeFor(currentDate());
    return tr("%1 – %2").arg(locale.toString(first, QStringLiteral("d MMM")),
                             locale.toString(last, QStringLiteral("d MMM yyyy")));
}

void AgendaView::stepPeriod(int direction)
{
    setSelectedId({});
    setCurrentDate(currentDate().addDays(direction * kDays));
}

int AgendaView::rowCount() const
{
    int n = 0;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        n += m_list->topLevelItem(i)->childCount();
    return n;
}

const CalendarEntry *AgendaView::entryOf(QTreeWidgetItem *item) const
{
    const QString id = item->data(0, kIdRole).toString();
    if (id.isEmpty() || !m_snapshot)
        return nullptr;
    for (const CalendarEntry &e : m_snapshot->entriesOn(item->data(0, kDayRole).toDate())) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

bool AgendaView::eventFilter(QObject *watched, QEvent *event)
{
    // The list moves between lines; the calendar's own keys still work.
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
        case Qt::Key_T:
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
        case Qt::Key_Menu:
            keyPressEvent(key);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (QTreeWidgetItem *item = m_list->currentItem())
                Q_EMIT m_list->itemDoubleClicked(item, 0);
            return true;
        default:
            break;
        }
    }
    return CalendarView::eventFilter(watched, event);
}

void AgendaView::snapshotChanged()
{
    rebuild();
}

void AgendaView::rebuild()
{
    const QString selected = selectedId();
    m_list->clear();
    if (!m_snapshot)
        return;
    const QLocale locale;
    QFont dayFont = font();
    dayFont.setWeight(QFont::DemiBold);
    const auto [first, last] = rangeFor(currentDate());
    QTreeWidgetItem *toSelect = nullptr;
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        const QVector<CalendarEntry> &entries = m_snapshot->entriesOn(day);
        if (entries.isEmpty())
            continue;
        auto *dayItem = new QTreeWidgetItem(m_list);
        QString label = locale.toString(day, QStringLiteral("dddd d MMMM"));
        if (!label.isEmpty())
            label[0] = label[0].toUpper();
        if (day == Clock::today())
            label = tr("Today · %1").arg(label);
        dayItem->setText(0, label);
        dayItem->setFirstColumnSpanned(true);
        dayItem->setFont(0, dayFont);
        dayItem->setData(0, kDayRole, day);
        dayItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        for (const CalendarEntry &e : entries) {
            auto *row = new QTreeWidgetItem(dayItem);
            row->setData(0, kIdRole, e.id);
            row->setData(0, kDayRole, day);
            row->setText(0, e.spansDays ? tr("All day") : EntryPainter::timeText(e));
            row->setForeground(0, EntryPainter::baseColor(e));
            if (e.kind == CalendarEntry::Kind::Post) {
                row->setText(1, postStatusName(e.status));
                row->setForeground(1, Theme::statusColor(e.status));
            } else {
                row->setText(1, e.kind == CalendarEntry::Kind::Match ? tr("Match") : tr("Event"));
                row->setForeground(1, EntryPainter::baseColor(e));
            }
            row->setIcon(2, QIcon(EntryPainter::marksPixmap(e, 16)));
            QString text = EntryPainter::label(e);
            if (e.kind == CalendarEntry::Kind::Match && !e.venue.isEmpty())
                text += QStringLiteral(" · ") + e.venue;
            row->setText(2, text);
            row->setToolTip(2, EntryPainter::tooltip(e));
            if (e.id == selected)
                toSelect = row;
        }
        dayItem->setExpanded(true);
    }
    if (toSelect)
        m_list->setCurrentItem(toSelect);
}

} // namespace pitchside::ui
