#pragma once

#include "DailyLimit.h"

#include <QDate>

namespace pitchside::store {
class CampaignRepository;
}

namespace pitchside::campaigns {

// A UTC day of WhatsApp sending as the monitor shows it (seed W §10), read
// from the synced messages: the same figures the server's
// /api/monitoring/stats and /capacity give, so the monitor works offline.
struct DayMonitor
{
    QDate day; // UTC
    int message1 = 0;
    int message2 = 0;
    int errors = 0;
    int replies = 0;
    int limit = kDailyLimit;

    int total() const { return message1 + message2; }
    int remaining() const { return qMax(0, limit - total()); }
    double percent() const { return limit > 0 ? 100.0 * total() / limit : 100.0; }
    Level level() const { return levelFor(total(), limit); }
    double errorRate() const { return campaigns::errorRate(errors, total()); }
    bool errorAlert() const { return errorRateIsAlarming(errorRate()); }
    // Replies per first message, which the follow-ups will cost.
    double interactionRate() const { return message1 > 0 ? double(replies) / message1 : 0.0; }
    int capacity() const { return campaigns::capacity(total(), interactionRate(), limit); }

    static DayMonitor read(const store::CampaignRepository &campaigns, const QDate &utcDay, int limit = kDailyLimit);
};

} // namespace pitchside::campaigns
