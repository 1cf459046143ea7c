// WhatsApp campaigns (docs/api/campaigns.md): synced entities `campaign`
// and `campaign_message` (one per recipient and kind; its campaign id is
// kept in the indexed profile_id column, its sent_at in `at`). The user
// writes a campaign's texts and categories; the server owns its status,
// its counters (always recomputed from its messages) and its messages.
#pragma once

#include "core/json.h"
#include "store/entity_store.h"

#include <QDate>
#include <QList>
#include <QString>

struct AppContext;

namespace campaigns {

inline const QString kCampaign = QStringLiteral("campaign");
inline const QString kMessage = QStringLiteral("campaign_message");
inline const char *const kNoWhatsApp = "Ce numéro n'est pas sur WhatsApp.";

// A new draft: every server-owned field at its start value.
json emptyCampaign(const QString &id);
// {{prenom}} and {{nom}} (spaces allowed inside the braces) from the
// contact; any other variable stays as written.
QString fill(const QString &text, const json &contact);

// The contacts of any of the campaign's categories, each once, except
// those checked as having no WhatsApp; by name.
QList<Entity> recipients(AppContext &ctx, const Entity &campaign);
// A pending message of that kind for the contact (created_at = at, or now).
Entity addMessage(AppContext &ctx, const Entity &campaign, const Entity &contact, const char *type,
                  const QString &at = {});
QList<Entity> messagesOf(AppContext &ctx, const QString &campaignId, const QString &extraWhere = {},
                         const QVariantList &binds = {});
// Deletes them all (a tombstone each).
void deleteMessages(AppContext &ctx, const QString &campaignId);

// Makes the messages 1 when the campaign has none yet and starts it:
// `sending`, started_at, then the sender is woken.
void start(AppContext &ctx, Entity &campaign);
// Counters from the messages; a `sending` campaign with nothing pending
// is finished (`failed` when nothing left and something failed, else
// `completed`). Stores it and queues campaign.progress when it changed.
void refresh(AppContext &ctx, Entity &campaign);

// Queues campaign.progress {campaign_id, status, sent_count, failed_count}
// (last_seq is added when it goes out).
void progress(AppContext &ctx, const Entity &campaign);

// A contact's answer to a campaign (type reply, reaction, read or
// delivered), on its message 1: the message's status and times; a reply
// or a reaction lands in the inbox (from the contact, with campaign_id),
// and a reply queues message 2 once when the campaign has one.
void interact(AppContext &ctx, Entity &campaign, Entity &message1, const QString &type, const QString &content);
// What a simulated reply says (deterministic per message).
QString simulatedReply(const QString &seed);

// One UTC day of a user's WhatsApp traffic (monitoring, daily limit).
struct Day {
    QDate date;
    qint64 message1 = 0, message2 = 0, errors = 0, replies = 0;
    qint64 total() const { return message1 + message2; }
};
QList<Day> days(AppContext &ctx, const QString &userId, const QDate &from, const QDate &to);
Day today(AppContext &ctx, const QString &userId);

// The paced sender (campaign_sender.cpp) looks again now: after a command
// or an interaction queued something.
void wakeSender(AppContext &ctx);

} // namespace campaigns
