#pragma once

#include <QDateTime>
#include <QString>

// The inbox's times, on the local wall clock and in the user's language.
namespace pitchside::ui::InboxTime {

// The list's column: "14:05" today, "Yesterday", "Mon." this week, "03/11" before.
QString listText(const QDateTime &when, const QDateTime &now);
// A thread's day separator: "Today", "Yesterday", "Monday 7 December".
QString dayText(const QDate &day, const QDate &today);
// A message's time: "14:05".
QString timeText(const QDateTime &when);

} // namespace pitchside::ui::InboxTime
