#include "CalendarLayout.h"

#include <algorithm>
#include <climits>
#include <numeric>

namespace pitchside::CalendarLayout {

namespace {

// Lays out one group of items that overlap each other transitively.
void layoutGroup(const QVector<Span> &spans, const QVector<int> &group, int maxColumns, int pinned, DayLayout &out)
{
    // Greedy columns: each item goes to the first column free at its start.
    QVector<int> columnEnd;
    QVector<int> columnOf(group.size());
    for (int g = 0; g < group.size(); ++g) {
        const Span &s = spans.at(group.at(g));
        int column = 0;
        while (column < columnEnd.size() && columnEnd.at(column) > s.start)
            ++column;
        if (column == columnEnd.size())
            columnEnd.push_back(s.end);
        else
            columnEnd[column] = s.end;
        columnOf[g] = column;
    }
    const int needed = int(columnEnd.size());
    if (needed <= maxColumns) {
        for (int g = 0; g < group.size(); ++g)
            out.placed.push_back({group.at(g), columnOf.at(g), needed});
        return;
    }
    // Too many: the first maxColumns-1 columns are shown, the rest become
    // one "+N more" column at the right.
    const int shown = maxColumns - 1;
    // The pinned item (the one selected, or just scheduled) is never hidden:
    // it takes the column of a shown item it overlaps, which is hidden instead.
    const int pinnedAt = int(group.indexOf(pinned));
    if (pinnedAt >= 0 && columnOf.at(pinnedAt) >= shown && shown > 0) {
        const Span &p = spans.at(pinned);
        int swapWith = -1;
        for (int g = 0; g < group.size(); ++g) {
            const Span &s = spans.at(group.at(g));
            if (columnOf.at(g) < shown && s.start < p.end && p.start < s.end
                && (swapWith < 0 || columnOf.at(g) >= columnOf.at(swapWith)))
                swapWith = g;
        }
        if (swapWith >= 0)
            std::swap(columnOf[pinnedAt], columnOf[swapWith]);
    }
    Overflow overflow;
    overflow.column = shown;
    overflow.columns = maxColumns;
    overflow.start = INT_MAX;
    overflow.end = INT_MIN;
    for (int g = 0; g < group.size(); ++g) {
        const int item = group.at(g);
        if (columnOf.at(g) < shown) {
            out.placed.push_back({item, columnOf.at(g), maxColumns});
        } else {
            overflow.hidden.push_back(item);
            overflow.start = std::min(overflow.start, spans.at(item).start);
            overflow.end = std::max(overflow.end, spans.at(item).end);
        }
    }
    out.overflows.push_back(overflow);
}

} // namespace

DayLayout layoutDay(const QVector<Span> &spans, int maxColumns, int pinned)
{
    maxColumns = std::max(1, maxColumns);
    QVector<int> order(spans.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&spans](int a, int b) {
        if (spans.at(a).start != spans.at(b).start)
            return spans.at(a).start < spans.at(b).start;
        return spans.at(a).end > spans.at(b).end; // longer first: it anchors the column
    });

    DayLayout out;
    out.placed.reserve(spans.size());
    QVector<int> group;
    int groupEnd = INT_MIN;
    for (int item : order) {
        const Span &s = spans.at(item);
        if (!group.isEmpty() && s.start >= groupEnd) {
            layoutGroup(spans, group, maxColumns, pinned, out);
            group.clear();
            groupEnd = INT_MIN;
        }
        group.push_back(item);
        groupEnd = std::max(groupEnd, s.end);
    }
    if (!group.isEmpty())
        layoutGroup(spans, group, maxColumns, pinned, out);
    return out;
}

QVector<int> shownInCell(int count, int capacity, int pinned)
{
    const int visible = visibleInCell(count, capacity);
    QVector<int> shown(visible);
    std::iota(shown.begin(), shown.end(), 0);
    // A pinned item past the last line takes that line: still in time order.
    if (pinned >= visible && pinned < count && visible > 0)
        shown.back() = pinned;
    return shown;
}

int visibleInCell(int count, int capacity)
{
    if (capacity <= 0)
        return 0;
    if (count <= capacity)
        return count;
    return capacity - 1; // the last line says "+N more"
}

} // namespace pitchside::CalendarLayout
