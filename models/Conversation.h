#pragma once

#include "SyncFields.h"

#include <QDateTime>
#include <QString>

namespace pitchside {

// A conversation with one other party (API.md §6, seed S conversations):
// a sponsor, a club, an agency, or a WhatsApp contact answering a campaign.
// The server sends each participant their own view of it: `participant*`
// is always the other side.
struct Conversation
{
    QString id;
    QString kind;            // sponsor, club, agency, whatsapp, direct
    QString participantId;
    QString participantType; // user, contact
    QString participantName;
    QString subject;
    QString campaignId;
    QString sponsorRequestId;
    QDateTime lastMessageAt;
    QString lastMessageId;
    QString lastMessageText; // the server's first 200 characters
    QString lastMessageSenderId;
    int unreadCount = 0;     // the server's count of the other side's unread messages
    QDateTime lastReadAt;    // when this user last read it (sent as "I read it")
    QDateTime createdAt;
    QDateTime updatedAt;
    SyncFields sync;

    bool lastMessageIsMine() const { return !lastMessageSenderId.isEmpty() && lastMessageSenderId != participantId; }
    // Read here since the server counted (offline, or before the count comes back).
    int unreadShown() const
    {
        return lastReadAt.isValid() && lastMessageAt.isValid() && lastReadAt >= lastMessageAt ? 0 : unreadCount;
    }
};

// Conversation kinds, as the list's filters name them.
QString conversationKindText(const QString &kind);

} // namespace pitchside
