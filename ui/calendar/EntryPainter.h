#pragma once

#include "models/CalendarData.h"

#include <QColor>
#include <QFont>
#include <QPixmap>
#include <QRect>
#include <QString>

class QPainter;

namespace pitchside::ui::EntryPainter {

// How the calendar draws its entries, the same in every view: a post is a
// chip in its status colour with its networks' marks; a match is a filled
// block with a trophy and the score; an event is outlined with a flag.
// The status colour is used for status only (UX.md).

QColor baseColor(const CalendarEntry &entry);
QString iconName(const CalendarEntry &entry); // the Lucide icon of matches and events
// Every network's mark of a post side by side (or a match's or event's icon),
// `height` high and three marks wide: the agenda's icon column.
QPixmap marksPixmap(const CalendarEntry &entry, int height);
QString timeText(const CalendarEntry &entry); // "14:00" in the locale
QString label(const CalendarEntry &entry);    // the words of the entry
// The words on a chip: the label without the emoji and symbols it starts
// with (they take the room of two letters each and the tooltip keeps them).
QString chipLabel(const CalendarEntry &entry);
QString tooltip(const CalendarEntry &entry);  // everything, for hovering
QString matchScore(const CalendarEntry &entry); // "3–1", or empty
// What "+N more" stands for, one line each (its tooltip).
QString moreTooltip(const QVector<const CalendarEntry *> &hidden);

struct Style
{
    bool selected = false;
    bool showTime = true;
    bool dimmed = false; // being dragged
};

// The colours painted (tests check their contrast against what is drawn):
// a chip's fill (translucent, over the cell) and its text; the "+N more" pill's.
QColor chipFill(const CalendarEntry &entry, const Style &style);
QColor chipTextColor(const Style &style);
QColor moreFill(bool hovered);
QColor moreTextColor();

// The words a chip of that size shows, elided as painted.
QString chipText(const QRect &rect, const CalendarEntry &entry, const QFont &font, const Style &style);
// One line: [colour bar] 14:00 [marks] text…
void paintChip(QPainter &p, const QRect &rect, const CalendarEntry &entry, const QFont &font, const Style &style);
// A block in the time grid: as many lines as fit (time, marks, text, venue).
void paintBlock(QPainter &p, const QRect &rect, const CalendarEntry &entry, const QFont &font, const Style &style);
// "+N more" pill.
void paintMore(QPainter &p, const QRect &rect, int hidden, const QFont &font, bool hovered);
QString moreText(int hidden);

} // namespace pitchside::ui::EntryPainter
