#include "InboxTime.h"

#include <QCoreApplication>
#include <QLocale>

namespace pitchside::ui::InboxTime {

QString timeText(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime().time(), QStringLiteral("HH:mm"));
}

QString listText(const QDateTime &when, const QDateTime &now)
{
    const QDate day = when.toLocalTime().date();
    const QDate today = now.toLocalTime().date();
    if (day == today)
        return timeText(when);
    if (day == today.addDays(-1))
        return QCoreApplication::translate("Inbox", "Yesterday");
    if (day > today.addDays(-7) && day < today)
        return QLocale().toString(day, QStringLiteral("ddd"));
    if (day.year() == today.year())
        return QLocale().toString(day, QStringLiteral("dd/MM"));
    return QLocale().toString(day, QStringLiteral("dd/MM/yy"));
}

QString dayText(const QDate &day, const QDate &today)
{
    if (day == today)
        return QCoreApplication::translate("Inbox", "Today");
    if (day == today.addDays(-1))
        return QCoreApplication::translate("Inbox", "Yesterday");
    const QString text = QLocale().toString(day, day.year() == today.year() ? QStringLiteral("dddd d MMMM")
                                                                            : QStringLiteral("dddd d MMMM yyyy"));
    return text.left(1).toUpper() + text.mid(1);
}

} // namespace pitchside::ui::InboxTime
