#include "timeutil.h"

#include <QRegularExpression>

namespace timeutil {

QDateTime now() { return QDateTime::currentDateTimeUtc(); }

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QLatin1Char('Z');
}

QString nowIso() { return iso(now()); }

std::optional<QDateTime> parse(const QString &s)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|([+-])(\d{2}):(\d{2}))$)"));
    const auto m = re.match(s);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    int ms = 0;
    if (m.capturedLength(7) > 0)
        ms = (m.captured(7).mid(1) + QStringLiteral("00")).left(3).toInt();
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), ms);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    int offset = 0;
    if (m.capturedLength(9) > 0) {
        const int h = m.captured(10).toInt();
        const int mi = m.captured(11).toInt();
        if (h > 23 || mi > 59)
            return std::nullopt;
        offset = (h * 3600 + mi * 60) * (m.captured(9) == QLatin1String("-") ? -1 : 1);
    }
    QDateTime t(date, time, Qt::OffsetFromUTC, offset);
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC();
}

std::optional<QDateTime> parseDateOrTime(const QString &s)
{
    static const QRegularExpression dateOnly(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    if (dateOnly.match(s).hasMatch()) {
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid())
            return std::nullopt;
        return QDateTime(d, QTime(0, 0), Qt::UTC);
    }
    return parse(s);
}

QDateTime startOfMonth(const QDateTime &t)
{
    const QDate d = t.toUTC().date();
    return QDateTime(QDate(d.year(), d.month(), 1), QTime(0, 0), Qt::UTC);
}

QDateTime startOfNextMonth(const QDateTime &t)
{
    return startOfMonth(t).addMonths(1);
}

} // namespace timeutil
