#pragma once

#include <QVector>

namespace pitchside::CalendarLayout {

// Placing a day's items side by side in a time grid (week and day views).
// Items that overlap share the width in columns; when more columns would be
// needed than fit, the last visible column of that group shows "+N more"
// instead of slivers nobody can read (agency scale: 30 posts in one hour).

struct Span
{
    int start = 0; // minutes from midnight (any unit works, as long as it is the same)
    int end = 0;   // > start
};

struct Placement
{
    int item = 0;    // index into the spans given
    int column = 0;  // 0-based
    int columns = 1; // columns of its group, as shown (≤ maxColumns)
};

// "+N more" in one column of a group, covering the hidden items' time.
struct Overflow
{
    int start = 0;
    int end = 0;
    int column = 0;
    int columns = 1;
    QVector<int> hidden; // indexes into the spans given, by start time
};

struct DayLayout
{
    QVector<Placement> placed;
    QVector<Overflow> overflows;
};

// `maxColumns` ≥ 1: how many columns the width can show readably.
// `pinned` (an index into `spans`, or -1) is always placed, never in "+N more":
// the entry the person selected or just scheduled.
DayLayout layoutDay(const QVector<Span> &spans, int maxColumns, int pinned = -1);

// A month cell that can show `capacity` lines with `count` items: how many
// items to draw. When they do not all fit, one line goes to "+N more".
int visibleInCell(int count, int capacity);
// Which of the `count` items (by index, in time order) a month cell draws;
// `pinned` (or -1) is among them even when it is past the lines that fit.
QVector<int> shownInCell(int count, int capacity, int pinned = -1);

} // namespace pitchside::CalendarLayout
