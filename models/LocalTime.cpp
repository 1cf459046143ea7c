#include "LocalTime.h"

namespace pitchside::LocalTime {

QDateTime at(QDate day, QTime time)
{
    const QDateTime local(day, time);
    if (local.isValid() || !day.isValid() || !time.isValid())
        return local;
    // In the gap: read the wall time with the offset in force before the
    // change (the day before's, at the same time), which lands as far past
    // the change as the time was past its start.
    const int offsetBefore = QDateTime(day.addDays(-1), time).offsetFromUtc();
    const qint64 asIfUtc = QDateTime(day, time, Qt::UTC).toMSecsSinceEpoch();
    return QDateTime::fromMSecsSinceEpoch(asIfUtc - offsetBefore * 1000LL).toLocalTime();
}

bool exists(QDate day, QTime time)
{
    return QDateTime(day, time).isValid();
}

int wallMinutes(QDate day, const QDateTime &when)
{
    const QDateTime local = when.toLocalTime();
    if (local.date() < day)
        return 0;
    if (local.date() > day)
        return 24 * 60;
    return local.time().hour() * 60 + local.time().minute();
}

} // namespace pitchside::LocalTime
