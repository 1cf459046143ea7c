#include "InboxRepository.h"

#include "../Clock.h"
#include "../Logging.h"
#include "ChangeHub.h"
#include "FtsQuery.h"
#include "PushQueue.h"
#include "types/SyncedTypes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace pitchside::store {

namespace {

// Case and accents folded, so that "equipe" finds "Équipe".
QString folded(const QString &text)
{
    // Most names are plain ASCII: no decomposition needed (a search folds 4,000 of them).
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; }))
        return text.toLower();
    const QString d = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(d.size());
    for (const QChar c : d) {
        if (c.category() != QChar::Mark_NonSpacing)
            out += c;
    }
    return out.toCaseFolded();
}

bool shows(const Conversation &c, ConversationQuery::Show show)
{
    switch (show) {
    case ConversationQuery::Show::All:
        return true;
    case ConversationQuery::Show::Unread:
        return c.unreadShown() > 0;
    case ConversationQuery::Show::Sponsors:
        return c.kind == QLatin1String("sponsor");
    case ConversationQuery::Show::Clubs:
        return c.kind == QLatin1String("club") || c.kind == QLatin1String("agency");
    case ConversationQuery::Show::WhatsApp:
        return c.kind == QLatin1String("whatsapp");
    }
    return true;
}

} // namespace

InboxRepository::InboxRepository(QSqlDatabase &db, ChangeHub *hub)
    : m_db(db), m_hub(hub), m_conversations(db, hub, conversationType()), m_messages(db, hub, messageType())
{
}

QVector<Conversation> InboxRepository::conversations(const ConversationQuery &query) const
{
    static const QString order = QStringLiteral(" ORDER BY COALESCE(last_message_at, created_at) DESC, rowid DESC");
    const QString words = folded(query.search.simplified());
    QVector<Conversation> found;
    if (words.isEmpty()) {
        found = m_conversations.select(QStringLiteral("deleted = 0") + order);
    } else {
        // Only the matching rows are read whole: names and subjects from two
        // narrow columns, messages through FTS5.
        QStringList ids = conversationsWithMessage(query.search);
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("SELECT id, participant_name, subject FROM conversations WHERE deleted = 0"))) {
            while (q.next()) {
                if (folded(q.value(1).toString()).contains(words) || folded(q.value(2).toString()).contains(words))
                    ids << q.value(0).toString();
            }
        }
        const QJsonArray list = QJsonArray::fromStringList(ids);
        found = m_conversations.select(
            QStringLiteral("deleted = 0 AND id IN (SELECT value FROM json_each(?))") + order,
            {QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact))});
    }
    QVector<Conversation> out;
    out.reserve(found.size());
    for (const Conversation &c : std::as_const(found)) {
        if (shows(c, query.show))
            out.push_back(c);
    }
    return out;
}

QStringList InboxRepository::conversationsWithMessage(const QString &words, int limit) const
{
    const QString match = ftsQueryFromUserText(words);
    QStringList ids;
    if (match.isEmpty())
        return ids;
    // Newest stored first, and no further than `limit` conversations: a
    // GROUP BY would read every hit (8,000 for two common words in 200,000
    // messages) where the list needs the first few hundred.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT m.conversation_id FROM messages_fts f JOIN messages m ON m.rowid = f.rowid "
                             "WHERE messages_fts MATCH ? AND m.deleted = 0 ORDER BY f.rowid DESC"));
    q.addBindValue(match);
    if (!q.exec())
        return ids;
    QSet<QString> seen;
    while (ids.size() < limit && q.next()) {
        const QString id = q.value(0).toString();
        if (!seen.contains(id)) {
            seen.insert(id);
            ids << id;
        }
    }
    return ids;
}

QVector<Message> InboxRepository::thread(const QString &conversationId, int limit) const
{
    if (limit <= 0)
        return m_messages.select(
            QStringLiteral("deleted = 0 AND conversation_id = ? ORDER BY created_at, rowid"), {conversationId});
    QVector<Message> last = m_messages.select(
        QStringLiteral("deleted = 0 AND conversation_id = ? ORDER BY created_at DESC, rowid DESC LIMIT ?"),
        {conversationId, limit});
    std::reverse(last.begin(), last.end());
    return last;
}

QVector<Message> InboxRepository::olderThan(const QString &conversationId, const QDateTime &createdAt,
                                           const QString &id, int limit) const
{
    const qint64 at = createdAt.toMSecsSinceEpoch();
    QVector<Message> page = m_messages.select(
        QStringLiteral("deleted = 0 AND conversation_id = ? AND (created_at < ? OR (created_at = ? AND rowid < "
                       "(SELECT rowid FROM messages WHERE id = ?))) ORDER BY created_at DESC, rowid DESC LIMIT ?"),
        {conversationId, at, at, id, limit});
    std::reverse(page.begin(), page.end());
    return page;
}

int InboxRepository::threadSize(const QString &conversationId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM messages WHERE conversation_id = ? AND deleted = 0"));
    q.addBindValue(conversationId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

StoreError InboxRepository::send(const QString &conversationId, const QString &text, QString *messageId)
{
    const QString content = text.trimmed();
    if (content.isEmpty())
        return {StoreError::Kind::Refused, QCoreApplication::translate("Inbox", "The message is empty.")};
    const int length = messageLength(content);
    if (length > Message::kMaxLength)
        return {StoreError::Kind::Refused,
                QCoreApplication::translate("Inbox", "The message has %1 characters; at most %2 can be sent.")
                    .arg(length)
                    .arg(Message::kMaxLength)};
    const std::optional<Conversation> c = m_conversations.find(conversationId);
    if (!c || c->sync.deleted)
        return {StoreError::Kind::NotFound};
    Message m;
    m.conversationId = c->id;
    m.senderType = QStringLiteral("user");
    m.recipientId = c->participantId;
    m.recipientType = c->participantType;
    m.content = content;
    m.campaignId = c->campaignId;
    if (StoreError e = m_messages.create(m))
        return e;
    if (messageId)
        *messageId = m.id;
    // The message is kept; a draft that stays would only come back once more.
    if (StoreError e = setDraft(conversationId, {}))
        qCWarning(lcStore) << "the sent message's draft stays:" << e.detail;
    return {};
}

StoreError InboxRepository::retrySend(qint64 seq)
{
    if (StoreError e = PushQueue(m_db).retryNow(seq))
        return e;
    if (m_hub)
        m_hub->notify(EntityType::Outbox);
    return {};
}

StoreError InboxRepository::markRead(const QString &conversationId, const QDateTime &upTo)
{
    const std::optional<Conversation> c = m_conversations.find(conversationId);
    if (!c)
        return {StoreError::Kind::NotFound};
    if (c->lastReadAt.isValid() && c->lastReadAt >= upTo && c->unreadShown() == 0)
        return {};
    return m_conversations.update(conversationId, [&](Conversation &edited) {
        edited.lastReadAt = std::max(upTo, c->lastReadAt.isValid() ? c->lastReadAt : upTo);
    });
}

int InboxRepository::unreadTotal() const
{
    // unreadShown() in SQL: a conversation read here since the server counted is read.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT COALESCE(SUM(unread_count), 0) FROM conversations WHERE deleted = 0 "
                               "AND unread_count > 0 AND NOT (last_read_at IS NOT NULL AND last_message_at IS NOT NULL "
                               "AND last_read_at >= last_message_at)"))
        || !q.next())
        return 0;
    return q.value(0).toInt();
}

QString InboxRepository::draft(const QString &conversationId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT text FROM conversation_drafts WHERE conversation_id = ?"));
    q.addBindValue(conversationId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

StoreError InboxRepository::setDraft(const QString &conversationId, const QString &text)
{
    const bool had = !draft(conversationId).isEmpty();
    QSqlQuery q(m_db);
    if (text.trimmed().isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM conversation_drafts WHERE conversation_id = ?"));
        q.addBindValue(conversationId);
    } else {
        q.prepare(QStringLiteral("INSERT INTO conversation_drafts (conversation_id, text, updated_at) VALUES (?, ?, ?) "
                                 "ON CONFLICT(conversation_id) DO UPDATE SET text = excluded.text, "
                                 "updated_at = excluded.updated_at"));
        q.addBindValue(conversationId);
        q.addBindValue(text);
        q.addBindValue(Clock::nowMs());
    }
    if (!q.exec())
        return StoreError::queryFailed(q);
    // The list marks conversations with a draft: it changes only when one starts or goes.
    if (m_hub && had == text.trimmed().isEmpty())
        m_hub->notify(EntityType::ConversationDraft, {conversationId});
    return {};
}

} // namespace pitchside::store
