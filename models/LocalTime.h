#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>

// Wall-clock times a person gives (a field, a slot of the calendar, "same
// time, another day") turned into instants, and instants placed back on a
// day's wall clock. Local time is not a line: the night clocks go forward,
// an hour does not exist; the night they go back, an hour happens twice.
namespace pitchside::LocalTime {

// The instant meant by `time` on `day` in the system's time zone. A time the
// clocks skip (02:30 in Paris on 28 March 2027, where 02:00 becomes 03:00)
// moves forward by the length of the skip: 03:30, what a clock nobody put
// forward would show. A time that happens twice (the autumn night) is its
// first occurrence, still in summer time. Qt 6.4 leaves the skipped case
// invalid, and converts it to UTC as if it were UTC: a post at 02:30 would
// silently go to 04:30.
QDateTime at(QDate day, QTime time);

// Whether `time` exists on `day` on the wall clock.
bool exists(QDate day, QTime time);

// Minutes from midnight on `day`'s wall clock (0…1440) at which `when`
// falls: where it is drawn on a day's grid of 24 labelled hours. Before the
// day: 0; after it: 1440. Not the time elapsed since midnight, which is an
// hour off after the clocks change.
int wallMinutes(QDate day, const QDateTime &when);

} // namespace pitchside::LocalTime
