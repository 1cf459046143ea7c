// The inbox (API.md §6, seed [S] 004): conversations between two parties,
// their messages, and the users' notifications. Kept in their own tables
// (store/database.cpp) because a conversation and its messages belong to
// two users at once: each user participant has their own view of a
// conversation (participant_* is the other side, unread_count and
// last_read_at are theirs, and so is its version), and every change
// reaches the feed of each user who sees it, in that user's view.
// A party is a user or one of a user's WhatsApp contacts (who has no feed;
// contacts are the campaigns module's, modules/contacts_model.h).
#pragma once

#include "core/json.h"

#include <QString>
#include <QStringList>
#include <optional>

struct AppContext;
struct Entity;

namespace inbox {

struct Party {
    QString id;
    QString type; // "user" or "contact"
    bool isUser() const { return type == QLatin1String("user"); }
    bool operator==(const Party &o) const { return id == o.id && type == o.type; }
};

// A user is named by their active profile (an agency by itself), a
// contact by its name. The conversation's `kind`, as the viewer sees it,
// comes from the other side: sponsor profile → sponsor; club, equipe,
// district, ligue → club; a user whose role is agency → agency; a contact
// → whatsapp; otherwise direct.
QString partyName(AppContext &ctx, const Party &p);

bool userExists(AppContext &ctx, const QString &userId);

struct Conversation {
    QString id;
    Party user1, user2;
    QString subject, campaignId, sponsorRequestId, lastMessageAt, createdAt;
    bool seenBy(const QString &userId) const
    {
        return (user1.isUser() && user1.id == userId) || (user2.isUser() && user2.id == userId);
    }
    Party other(const QString &userId) const { return user1.isUser() && user1.id == userId ? user2 : user1; }
    QList<Party> users() const;
};

std::optional<Conversation> findConversation(AppContext &ctx, const QString &id);
// The viewer's conversation; 404 when it is not one of theirs.
Conversation conversationOf(AppContext &ctx, const QString &id, const QString &viewerId);
std::optional<Conversation> conversationBetween(AppContext &ctx, const Party &a, const Party &b);

// The conversation as `viewerId` sees it (the feed's and the routes' item).
json conversationView(AppContext &ctx, const Conversation &c, const QString &viewerId);
// The viewer's conversations, newest message first; `search` (folded)
// matches the other side's name and the subject. *total counts them all.
json listConversations(AppContext &ctx, const QString &viewerId, const QString &search, qint64 limit, qint64 offset,
                       qint64 *total);
QString lastReadAt(AppContext &ctx, const QString &conversationId, const QString &viewerId);
// A change of the viewer's view: version + 1, updated_at (now unless
// given), and the feed change for that user.
void touchView(AppContext &ctx, const Conversation &c, const QString &viewerId, const QString &at = {});
// Moves the viewer's last_read_at (never backwards); true when it moved.
bool setLastReadAt(AppContext &ctx, const QString &conversationId, const QString &viewerId, const QString &at);

// Whether an id is already used by anything that reaches a feed (a feed
// row is per user and id, so a client id must not shadow another item).
bool idTaken(AppContext &ctx, const QString &id);

struct StoredMessage {
    json item;
    QString senderId;
    QString createHash;
};
std::optional<StoredMessage> findMessage(AppContext &ctx, const QString &id);
// The conversation's messages, oldest first.
json messagesOf(AppContext &ctx, const QString &conversationId);

struct Outgoing {
    QString id;            // empty: a new one
    Party sender, recipient;
    QString content, subject, campaignId;
    QString createHash;    // of the create body, for replays by client id
    QString createdAt;     // empty: now (the seed gives its own)
    bool notify = true;    // the recipient's "message" notification and the live events
    QString exceptSession; // the sending session (it has the answer)
};
// Stores the message, opening the pair's conversation when it has none;
// updates both views, records every feed change, makes the "message"
// notification for a user recipient and queues message.new (to the
// recipient and the sender's other sessions) and notification.new.
// Returns the message item.
json send(AppContext &ctx, const Outgoing &m);

// Marks read the messages to `readerId` created at or before `upTo`
// (read_at = readAt), with their feed changes; queues message.read for the
// other side when any was. Returns how many were.
int markRead(AppContext &ctx, const Conversation &c, const QString &readerId, const QString &upTo,
             const QString &readAt);

struct NewNotification {
    QString userId;
    QString type;          // message, publication_succeeded, publication_failed, sponsor_offer,
                           // document_ready, campaign_finished, account_reconnect
    QString title, message, link, subjectType, subjectId;
    QString createdAt;     // empty: now
    QString readAt;        // set: made already read (seed)
    bool live = true;      // queue notification.new
};
json notify(AppContext &ctx, const NewNotification &n);
// Newest first.
json listNotifications(AppContext &ctx, const QString &userId, qint64 limit, qint64 offset);
qint64 countNotifications(AppContext &ctx, const QString &userId, bool unreadOnly);
// The user's notification; 404 when it is not one of theirs.
json notificationOf(AppContext &ctx, const QString &id, const QString &userId);
// Marks it read (no change when it was); returns the item.
json readNotification(AppContext &ctx, const QString &id, const QString &userId);
int readAllNotifications(AppContext &ctx, const QString &userId);
void deleteNotification(AppContext &ctx, const json &item, const QString &userId);

// Notifications the server makes elsewhere.
void notifyPublication(AppContext &ctx, const Entity &post, bool succeeded, const QStringList &platforms);
void notifyReconnect(AppContext &ctx, const Entity &account, const char *why);

} // namespace inbox
