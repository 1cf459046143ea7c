#include "RecipientStatus.h"

#include <QCoreApplication>

namespace pitchside::campaigns {

QString recipientStatusText(const CampaignMessage &m)
{
    if (m.repliedAt.isValid())
        return QCoreApplication::translate("Campaigns", "Replied");
    return campaignMessageStatusText(m.status);
}

QDateTime lastEventAt(const CampaignMessage &m)
{
    // The furthest step first; a failed message never got past sent.
    for (const QDateTime &t : {m.repliedAt, m.readAt, m.deliveredAt, m.failedAt, m.sentAt}) {
        if (t.isValid())
            return t;
    }
    return {};
}

} // namespace pitchside::campaigns
