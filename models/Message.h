#pragma once

#include "SyncFields.h"

#include <QDateTime>
#include <QString>

namespace pitchside {

// One message of a conversation (API.md §6, seed S messages). Written here
// only when sending: it goes with the outbox (its id is the client's, so a
// retried send never makes two), and comes back from the feed with the
// server's time and, later, the other side's read mark.
struct Message
{
    static constexpr int kMaxLength = 5000; // characters, as the server counts them

    QString id;
    QString conversationId;
    QString senderId;     // empty until the server has it, for one sent here
    QString senderType;   // user, contact
    QString senderName;
    QString recipientId;
    QString recipientType; // user, contact
    QString content;
    QString subject;
    QString campaignId;
    bool isRead = false;  // the recipient has read it
    QDateTime readAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    SyncFields sync;

    // Not accepted by a server yet: "waiting" in the thread.
    bool isPending() const { return sync.version == 0; }
};

// How many characters the server counts in `text` (code points, as Python
// and PostgreSQL count a str): what the composer's counter shows.
int messageLength(const QString &text);

} // namespace pitchside
