#pragma once

#include "models/Campaign.h"

#include <QDateTime>
#include <QString>

namespace pitchside::campaigns {

// What became of one campaign message, as the recipients table and the
// report both say it, so the screen and the exported files never disagree.

// In people's words; a reply outranks the sender's status (a message read
// then answered says "Replied").
QString recipientStatusText(const CampaignMessage &m);

// The latest thing that happened to the message (UTC); null while it waits.
QDateTime lastEventAt(const CampaignMessage &m);

} // namespace pitchside::campaigns
