#include "DayMonitor.h"

#include "models/store/CampaignRepository.h"

namespace pitchside::campaigns {

DayMonitor DayMonitor::read(const store::CampaignRepository &campaigns, const QDate &utcDay, int limit)
{
    const store::CampaignRepository::DayCounts counts = campaigns.dayCounts(utcDay);
    DayMonitor d;
    d.day = utcDay;
    d.message1 = counts.message1;
    d.message2 = counts.message2;
    d.errors = counts.errors;
    d.replies = counts.replies;
    d.limit = limit;
    return d;
}

} // namespace pitchside::campaigns
