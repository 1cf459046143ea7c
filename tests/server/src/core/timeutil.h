// RFC 3339 timestamps. The server always emits UTC with milliseconds
// ("2026-01-20T14:00:00.000Z") so that stored strings sort as time does.
#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace timeutil {

QDateTime now();
QString iso(const QDateTime &t);
QString nowIso();
// Accepts any RFC 3339 date-time (any offset, optional fraction).
std::optional<QDateTime> parse(const QString &s);
// Accepts a date-time or a plain YYYY-MM-DD (midnight UTC), for filters.
std::optional<QDateTime> parseDateOrTime(const QString &s);
// First instant of the month after t (UTC), for monthly quotas.
QDateTime startOfNextMonth(const QDateTime &t);
QDateTime startOfMonth(const QDateTime &t);

} // namespace timeutil
