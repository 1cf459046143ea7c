#pragma once

// Contacts, categories, campaigns and their messages written into a store
// as a pull from the server would write them (clean, version 1), for the
// campaign page's widget tests and screenshots: the server makes messages
// and counters, so a test cannot make them through the repositories.
#include "models/Campaign.h"
#include "models/Contact.h"

#include <QDateTime>

namespace pitchside::store {
class Store;
}

namespace campaignseed {

pitchside::ContactCategory category(pitchside::store::Store &store, const QString &name, const QString &color);
pitchside::Contact contact(pitchside::store::Store &store, const QString &first, const QString &last,
                           const QString &e164, const QStringList &categoryIds, bool checked = true);
// A campaign as the server holds it (status, counters, times).
pitchside::Campaign campaign(pitchside::store::Store &store, pitchside::Campaign c);
// A message as the sender left it.
pitchside::CampaignMessage message(pitchside::store::Store &store, const pitchside::Campaign &c,
                                   const pitchside::Contact &to, const QString &status, const QDateTime &at,
                                   bool followUp = false, bool replied = false, const QString &error = {});

} // namespace campaignseed
