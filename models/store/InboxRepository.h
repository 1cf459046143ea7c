#pragma once

#include "../Conversation.h"
#include "../Message.h"
#include "SyncedRepository.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QVector>

namespace pitchside::store {

class ChangeHub;

// Which conversations the inbox lists.
struct ConversationQuery
{
    enum class Show { All, Unread, Sponsors, Clubs, WhatsApp };
    Show show = Show::All;
    QString search; // a name, a subject, or words of a message
};

// Conversations and their messages (synced types "conversation" and
// "message", models/store/types/) and what is typed in each and not sent
// yet (conversation_drafts, this computer's only).
class InboxRepository
{
public:
    InboxRepository(QSqlDatabase &db, ChangeHub *hub);

    // Newest activity first.
    QVector<Conversation> conversations(const ConversationQuery &query = {}) const;
    std::optional<Conversation> conversation(const QString &id) const { return m_conversations.find(id); }
    // The conversations with a message matching `words` (FTS5), newest first.
    QStringList conversationsWithMessage(const QString &words, int limit = 200) const;

    // The last `limit` messages of a conversation (0: all), oldest first.
    QVector<Message> thread(const QString &conversationId, int limit = 0) const;
    int threadSize(const QString &conversationId) const;
    // Up to `limit` messages before (createdAt, id), oldest first: the page above.
    QVector<Message> olderThan(const QString &conversationId, const QDateTime &createdAt, const QString &id,
                               int limit) const;
    std::optional<Message> message(const QString &id) const { return m_messages.find(id); }

    // A reply in the conversation, with its outbox create (the id is ours,
    // so a retried send never makes two). Refuses an empty text or one over
    // Message::kMaxLength characters (Kind::Invalid).
    StoreError send(const QString &conversationId, const QString &text, QString *messageId = nullptr);
    // A refused send tried again (the outbox change `seq`, un-parked).
    StoreError retrySend(qint64 seq);
    // "I read it up to `upTo`": shown at once, sent with the outbox. Nothing
    // to do when it was already read up to then.
    StoreError markRead(const QString &conversationId, const QDateTime &upTo);

    // Unread messages over every conversation (the rail's and the tray's
    // count), from each conversation's count, never by counting messages.
    int unreadTotal() const;

    QString draft(const QString &conversationId) const;
    // An empty text forgets the draft.
    StoreError setDraft(const QString &conversationId, const QString &text);

private:
    QSqlDatabase &m_db;
    ChangeHub *m_hub;
    SyncedRepository<Conversation> m_conversations;
    SyncedRepository<Message> m_messages;
};

} // namespace pitchside::store
