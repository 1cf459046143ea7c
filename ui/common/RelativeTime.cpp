#include "RelativeTime.h"

#include <QCoreApplication>
#include <QLocale>

namespace pitchside::ui::RelativeTime {

QString describe(const QDateTime &when, const QDateTime &now)
{
    // lupdate files tr() calls under the enclosing scope, so the context says the same.
    const auto tr = [](const char *s, int n = -1) { return QCoreApplication::translate("pitchside::ui::RelativeTime", s, nullptr, n); };
    const QDateTime local = when.toLocalTime();
    const qint64 seconds = local.secsTo(now);
    const QLocale locale;
    if (seconds >= 0 && seconds < 60)
        return tr("just now");
    if (seconds >= 0 && seconds < 3600)
        return tr("%n min ago", int(seconds / 60));
    if (seconds < 0 && seconds > -3600)
        return tr("in %n min", int(-seconds / 60));
    const qint64 days = local.date().daysTo(now.date());
    const QString time = locale.toString(local.time(), QLocale::ShortFormat);
    if (days == 0)
        return tr("today at %1").arg(time);
    if (days == 1)
        return tr("yesterday at %1").arg(time);
    if (days == -1)
        return tr("tomorrow at %1").arg(time);
    const QString format = local.date().year() == now.date().year() ? QStringLiteral("d MMMM")
                                                                     : QStringLiteral("d MMMM yyyy");
    return tr("on %1").arg(locale.toString(local.date(), format));
}

} // namespace pitchside::ui::RelativeTime
