// The alert level of a day's WhatsApp traffic (seed 003 §10.2): ok up to
// 75 % of the daily limit, attention up to 90 %, danger up to 100 %,
// blocked above. Integer arithmetic, so 750/751 of 1,000 fall exactly on
// each side. Header-only: the server tests check it directly.
#pragma once

#include <QtGlobal>

namespace monitoring {

inline const char *level(qint64 total, qint64 limit)
{
    if (total * 100 <= limit * 75)
        return "ok";
    if (total * 100 <= limit * 90)
        return "attention";
    if (total <= limit)
        return "danger";
    return "blocked";
}

} // namespace monitoring
