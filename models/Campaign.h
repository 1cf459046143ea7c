#pragma once

#include "SyncFields.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace pitchside {

namespace store::EntityType {
inline const QString Campaign = QStringLiteral("campaign");
inline const QString CampaignMessage = QStringLiteral("campaign_message");
inline const QString MessageTemplate = QStringLiteral("message_template");
} // namespace store::EntityType

// A WhatsApp campaign (docs/api/campaigns.md, seed W campaigns): a first
// message to every contact of its categories and a follow-up to those who
// answer. People write the name, the messages and the categories; the
// server sends, paced, and keeps status and counters.
struct Campaign
{
    QString id;
    QString name;
    QString message1;
    QString message2; // empty: no follow-up
    QStringList categoryIds;
    QString status = QStringLiteral("draft"); // draft, scheduled, sending, completed, failed, stopped
    QDateTime scheduledAt;
    QDateTime startedAt;
    QDateTime completedAt;
    int totalRecipients = 0;
    int pendingCount = 0;
    int sentCount = 0;
    int deliveredCount = 0;
    int readCount = 0;
    int repliedCount = 0;
    int failedCount = 0;
    int successCount = 0;
    int message2SentCount = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    SyncFields sync;

    bool isSending() const { return status == u"sending"; }
    // Name, messages and categories may change (the server refuses while it sends).
    bool isEditable() const { return !isSending(); }
};

// Campaign statuses in people's words.
QString campaignStatusText(const QString &status);

// One message of a campaign to one contact, as the server tracks it.
struct CampaignMessage
{
    QString id;
    QString campaignId;
    QString contactId;
    QString messageType = QStringLiteral("message_1"); // message_1, message_2
    QString content;                                   // the text as sent, variables filled
    QString status = QStringLiteral("pending");        // pending, sent, delivered, read, failed
    QDateTime sentAt;
    QDateTime deliveredAt;
    QDateTime readAt;
    QDateTime repliedAt;
    QDateTime failedAt;
    QString errorMessage;
    int retries = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    SyncFields sync;

    bool isFollowUp() const { return messageType == u"message_2"; }
};

// Message statuses in people's words.
QString campaignMessageStatusText(const QString &status);

// A campaign's two messages kept under a name, to start the next campaign
// from (seed W, "reusable message templates"). The texts may hold
// {{prenom}} and {{nom}}, filled for each recipient when it is sent.
struct MessageTemplate
{
    QString id;
    QString name;
    QString message1;
    QString message2; // empty: no follow-up
    QDateTime createdAt;
    QDateTime updatedAt;
    SyncFields sync;
};

} // namespace pitchside
