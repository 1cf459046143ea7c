#include "RelativeTime.h"

#include <QCoreApplication>
#include <QLocale>

namespace pitchside::ui::RelativeTime {

QString describe(const QDateTime &when, const QDateTime &now)
{
    const QDateTime local = when.toLocalTime();
    const qint64 seconds = local.secsTo(now);
    const QLocale locale;
    if (seconds >= 0 && seconds < 60)
        return QCoreApplication::translate("pitchside::ui::RelativeTime", "just now");
    // Plain variables as the count: lupdate 6.4 hangs on a division there.
    const int minutesAgo = int(seconds / 60);
    const int minutesAhead = int(-seconds / 60);
    if (seconds >= 0 && seconds < 3600)
        return QCoreApplication::translate("pitchside::ui::RelativeTime", "%n min ago", nullptr, minutesAgo);
    if (seconds < 0 && seconds > -60)
        return QCoreApplication::translate("pitchside::ui::RelativeTime", "in a few seconds"); // never "in 0 min"
    if (seconds < 0 && seconds > -3600)
        return QCoreApplication::translate("pitchside::ui::RelativeTime", "in %n min", nullptr, minutesAhead);
    const qint64 days = local.date().daysTo(now.date());
    const QString time = locale.toString(local.time(), QLocale::ShortFormat);
    if (days == 0)
        return QCoreApplication::translate("pitchside::ui::RelativeTime", "today at %1").arg(time);
    if (days == 1)
        return QCoreApplication::translate("pitchside::ui::RelativeTime", "yesterday at %1").arg(time);
    if (days == -1)
        return QCoreApplication::translate("pitchside::ui::RelativeTime", "tomorrow at %1").arg(time);
    const QString format = local.date().year() == now.date().year() ? QStringLiteral("d MMMM")
                                                                     : QStringLiteral("d MMMM yyyy");
    return QCoreApplication::translate("pitchside::ui::RelativeTime", "on %1").arg(locale.toString(local.date(), format));
}

} // namespace pitchside::ui::RelativeTime
