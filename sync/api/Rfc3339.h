#pragma once

#include <QString>

#include <optional>
#include <string_view>

namespace pitchside::sync::api {

// RFC 3339 timestamps ("2026-01-20T14:00:00Z", "…00.123Z", "…00+01:00")
// to and from milliseconds since the epoch. The fast path (UTC, 'Z') avoids
// QDateTime: a full sync reads 300 000 of them.
std::optional<qint64> parseRfc3339(std::string_view text);
// UTC, with milliseconds only when there are some.
QString formatRfc3339(qint64 msSinceEpoch);

} // namespace pitchside::sync::api
