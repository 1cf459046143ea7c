#pragma once

#include "../Campaign.h"
#include "StoreError.h"
#include "SyncedRepository.h"

#include <QDate>
#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace pitchside::store {

class ChangeHub;

// WhatsApp campaigns and their messages (synced types "campaign" and
// "campaign_message"). People edit a campaign that is not sending; send,
// stop, retry and relaunch are outbox commands, which the server runs once
// when they reach it (offline: as soon as the connection is back).
class CampaignRepository
{
public:
    CampaignRepository(QSqlDatabase &db, ChangeHub *hub);

    // Newest first.
    QVector<Campaign> all() const;
    std::optional<Campaign> find(const QString &id) const { return m_campaigns.find(id); }

    // Refused ("campaign_sending") while the server sends it.
    StoreError create(Campaign &campaign);
    StoreError update(const QString &id, const std::function<void(Campaign &)> &edit);
    StoreError remove(const QString &id);

    enum class Command { Send, Stop, Retry, Relaunch };
    static QString commandKey(Command command);
    // `scheduledAt` valid: the server starts it then.
    StoreError send(const QString &id, const QDateTime &scheduledAt = {});
    StoreError command(const QString &id, Command command);
    // The newest command waiting to reach the server ("send"), empty when none.
    QString waitingCommand(const QString &id) const;

    // A command the server refused for good ("no_recipients"): shown on the
    // campaign until dismissed. Any later change or command of the campaign
    // supersedes it (otherwise it would hold them back in the outbox).
    struct RefusedCommand
    {
        QString command;   // "send"
        QString errorCode; // "BUSINESS_RULE/no_recipients"
        QString message;   // the server's sentence
    };
    std::optional<RefusedCommand> refusedCommand(const QString &id) const;
    StoreError dismissRefusedCommands(const QString &id);

    // A campaign's messages, by status then contact.
    QVector<CampaignMessage> messages(const QString &campaignId) const;

    // What left on one UTC day (the daily limit is per UTC day, seed W §9.2).
    struct DayCounts
    {
        QDate day;
        int message1 = 0;
        int message2 = 0;
        int errors = 0;
        int replies = 0;
    };
    DayCounts dayCounts(const QDate &utcDay) const;
    // `days` days up to and including `lastUtcDay`, oldest first, zeros included.
    QVector<DayCounts> history(const QDate &lastUtcDay, int days) const;

private:
    StoreError refuseWhileSending(const QString &id) const;

    QSqlDatabase &m_db;
    SyncedRepository<Campaign> m_campaigns;
    SyncedRepository<CampaignMessage> m_messages;
};

} // namespace pitchside::store
