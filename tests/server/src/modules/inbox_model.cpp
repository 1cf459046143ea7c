#include "inbox_model.h"

#include "core/app_context.h"
#include "core/ids.h"
#include "core/textutil.h"
#include "core/timeutil.h"
#include "http/api_error.h"
#include "http/request.h"
#include "modules/contacts_model.h"
#include "modules/inbox_util.h"
#include "store/database.h"
#include "store/entity_store.h"
#include "store/feed.h"

#include <QSqlQuery>

namespace inbox {

namespace {

const QString kUser = QStringLiteral("user");

json nullable(const QVariant &v)
{
    return v.isNull() || v.toString().isEmpty() ? json(nullptr) : json(ss(v.toString()));
}

QVariant orNull(const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); }

// The first n code points, uncut words or not: the contract's "first 200
// chars" of the last message (no ellipsis; the client shows its own).
QString head(const QString &s, int n)
{
    const auto ucs = s.toUcs4();
    if (ucs.size() <= n)
        return s;
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs.constData()), n);
}

struct PartyInfo {
    QString name;
    QString kind;
};

PartyInfo describe(AppContext &ctx, const Party &p)
{
    if (!p.isUser())
        return {contacts::nameOf(ctx, p.id), QStringLiteral("whatsapp")};
    const QByteArray raw = ctx.db->scalar(QStringLiteral("SELECT body FROM users WHERE id = ?"), {p.id}).toByteArray();
    if (raw.isEmpty())
        return {QString(), QStringLiteral("direct")};
    const json body = json::parse(raw.constBegin(), raw.constEnd(), nullptr, false);
    if (!body.is_object())
        return {QString(), QStringLiteral("direct")};
    PartyInfo info{qs(body.value("name", std::string())), QStringLiteral("direct")};
    // An agency speaks for the clubs it manages: it is named as itself.
    if (body.value("role", std::string()) == "agency") {
        info.kind = QStringLiteral("agency");
        return info;
    }
    const json order = body.value("_profile_order", json::array());
    if (!order.is_array() || order.empty())
        return info;
    const size_t idx = std::min<size_t>(size_t(std::max(0, body.value("active_profile_index", 0))), order.size() - 1);
    if (!order[idx].is_string())
        return info;
    const std::optional<Entity> profile = ctx.store->find(qs(order[idx].get<std::string>()));
    if (!profile)
        return info;
    const QString name = qs(profile->body.value("name", std::string()));
    if (!name.isEmpty())
        info.name = name;
    const std::string type = profile->body.value("type", std::string());
    if (type == "sponsor")
        info.kind = QStringLiteral("sponsor");
    else if (type == "club" || type == "equipe" || type == "district" || type == "ligue")
        info.kind = QStringLiteral("club");
    return info;
}

const char *const kConversationColumns =
    "id, user1_id, user1_type, user2_id, user2_type, subject, campaign_id, sponsor_request_id,"
    " last_message_at, created_at";

Conversation conversationFromRow(const QSqlQuery &q)
{
    Conversation c;
    c.id = q.value(0).toString();
    c.user1 = {q.value(1).toString(), q.value(2).toString()};
    c.user2 = {q.value(3).toString(), q.value(4).toString()};
    c.subject = q.value(5).toString();
    c.campaignId = q.value(6).toString();
    c.sponsorRequestId = q.value(7).toString();
    c.lastMessageAt = q.value(8).toString();
    c.createdAt = q.value(9).toString();
    return c;
}

const char *const kMessageColumns =
    "id, conversation_id, sender_id, sender_type, sender_name, recipient_id, recipient_type, content,"
    " subject, campaign_id, is_read, read_at, version, created_at, updated_at, create_hash";

json messageFromRow(const QSqlQuery &q)
{
    return {{"id", ss(q.value(0).toString())},
            {"conversation_id", ss(q.value(1).toString())},
            {"sender_id", ss(q.value(2).toString())},
            {"sender_type", ss(q.value(3).toString())},
            {"sender_name", ss(q.value(4).toString())},
            {"recipient_id", ss(q.value(5).toString())},
            {"recipient_type", ss(q.value(6).toString())},
            {"content", ss(q.value(7).toString())},
            {"subject", nullable(q.value(8))},
            {"campaign_id", nullable(q.value(9))},
            {"is_read", q.value(10).toInt() != 0},
            {"read_at", nullable(q.value(11))},
            {"version", q.value(12).toLongLong()},
            {"created_at", ss(q.value(13).toString())},
            {"updated_at", ss(q.value(14).toString())}};
}

// Both feeds of a message (its user parties'), with the item as it is now.
void recordMessage(AppContext &ctx, const QString &id)
{
    QSqlQuery q = ctx.db->exec(QStringLiteral("SELECT %1 FROM messages WHERE id = ?").arg(QLatin1String(kMessageColumns)),
                               {id});
    if (!q.next())
        return;
    const json item = messageFromRow(q);
    const QString text = qs(dumpJson(item));
    const qint64 version = item["version"].get<qint64>();
    if (item["sender_type"] == "user")
        ctx.feed->record(qs(item["sender_id"].get<std::string>()), QStringLiteral("message"), id, Feed::Op::Upsert,
                         version, text);
    if (item["recipient_type"] == "user")
        ctx.feed->record(qs(item["recipient_id"].get<std::string>()), QStringLiteral("message"), id,
                         Feed::Op::Upsert, version, text);
}

Conversation openConversation(AppContext &ctx, const Party &a, const Party &b, const QString &subject,
                              const QString &campaignId, const QString &at)
{
    if (std::optional<Conversation> existing = conversationBetween(ctx, a, b))
        return *existing;
    // UNIQUE(user1_id, user2_id) says "one per pair" only if the pair is
    // always written in the same order.
    const Party &first = a.id < b.id ? a : b;
    const Party &second = a.id < b.id ? b : a;
    Conversation c;
    c.id = ids::uuid();
    c.user1 = first;
    c.user2 = second;
    c.subject = subject;
    c.campaignId = campaignId;
    c.createdAt = at;
    ctx.db->exec(QStringLiteral("INSERT INTO conversations(id, user1_id, user1_type, user2_id, user2_type, subject,"
                                " campaign_id, sponsor_request_id, status, last_message_at, created_at, updated_at)"
                                " VALUES(?, ?, ?, ?, ?, ?, ?, NULL, 'active', NULL, ?, ?)"),
                 {c.id, first.id, first.type, second.id, second.type, orNull(subject), orNull(campaignId), at, at});
    for (const Party &p : c.users())
        ctx.db->exec(QStringLiteral("INSERT INTO conversation_views(conversation_id, user_id, version, last_read_at,"
                                    " search, updated_at) VALUES(?, ?, 0, NULL, '', ?)"),
                     {c.id, p.id, at});
    return c;
}

json notificationFromRow(const QSqlQuery &q)
{
    return {{"id", ss(q.value(0).toString())},
            {"type", ss(q.value(1).toString())},
            {"title", ss(q.value(2).toString())},
            {"message", ss(q.value(3).toString())},
            {"link", nullable(q.value(4))},
            {"subject_type", nullable(q.value(5))},
            {"subject_id", nullable(q.value(6))},
            {"is_read", q.value(7).toInt() != 0},
            {"read_at", nullable(q.value(8))},
            {"version", q.value(9).toLongLong()},
            {"created_at", ss(q.value(10).toString())},
            {"updated_at", ss(q.value(11).toString())}};
}

const char *const kNotificationColumns =
    "id, type, title, message, link, subject_type, subject_id, is_read, read_at, version, created_at, updated_at";

void recordNotification(AppContext &ctx, const QString &userId, const json &item)
{
    ctx.feed->record(userId, QStringLiteral("notification"), qs(item["id"].get<std::string>()), Feed::Op::Upsert,
                     item["version"].get<qint64>(), qs(dumpJson(item)));
}

QString networkName(const QString &platform)
{
    if (platform == QLatin1String("linkedin"))
        return QStringLiteral("LinkedIn");
    if (platform == QLatin1String("instagram"))
        return QStringLiteral("Instagram");
    if (platform == QLatin1String("facebook"))
        return QStringLiteral("Facebook");
    return platform;
}

// "Facebook", "Facebook et Instagram", "Facebook, Instagram et LinkedIn".
QString networkList(const QStringList &platforms)
{
    QStringList names;
    for (const QString &p : platforms)
        names << networkName(p);
    if (names.size() <= 1)
        return names.value(0);
    const QString last = names.takeLast();
    return names.join(QStringLiteral(", ")) + QStringLiteral(" et ") + last;
}

} // namespace

QList<Party> Conversation::users() const
{
    QList<Party> out;
    if (user1.isUser())
        out << user1;
    if (user2.isUser())
        out << user2;
    return out;
}

QString partyName(AppContext &ctx, const Party &p) { return describe(ctx, p).name; }

bool userExists(AppContext &ctx, const QString &userId)
{
    return ctx.db->scalar(QStringLiteral("SELECT COUNT(*) FROM users WHERE id = ?"), {userId}).toInt() > 0;
}

std::optional<Conversation> findConversation(AppContext &ctx, const QString &id)
{
    QSqlQuery q = ctx.db->exec(QStringLiteral("SELECT %1 FROM conversations WHERE id = ?").arg(QLatin1String(kConversationColumns)),
                               {id.toLower()});
    if (!q.next())
        return std::nullopt;
    return conversationFromRow(q);
}

Conversation conversationOf(AppContext &ctx, const QString &id, const QString &viewerId)
{
    const std::optional<Conversation> c = findConversation(ctx, id);
    if (!c || !c->seenBy(viewerId))
        throw ApiError(404, "NOT_FOUND",
                       {QStringLiteral("Conversation introuvable."), QStringLiteral("Conversation not found.")},
                       {{"resource", "conversation"}});
    return *c;
}

std::optional<Conversation> conversationBetween(AppContext &ctx, const Party &a, const Party &b)
{
    const Party &first = a.id < b.id ? a : b;
    const Party &second = a.id < b.id ? b : a;
    QSqlQuery q = ctx.db->exec(QStringLiteral("SELECT %1 FROM conversations WHERE user1_id = ? AND user2_id = ?")
                                   .arg(QLatin1String(kConversationColumns)),
                               {first.id, second.id});
    if (!q.next())
        return std::nullopt;
    return conversationFromRow(q);
}

json conversationView(AppContext &ctx, const Conversation &given, const QString &viewerId)
{
    // Re-read: last_message_at is the trigger's, subject may have been set since.
    const Conversation c = findConversation(ctx, given.id).value_or(given);
    QSqlQuery v = ctx.db->exec(QStringLiteral("SELECT version, last_read_at, updated_at FROM conversation_views"
                                              " WHERE conversation_id = ? AND user_id = ?"),
                               {c.id, viewerId});
    if (!v.next())
        throw ApiError(404, "NOT_FOUND",
                       {QStringLiteral("Conversation introuvable."), QStringLiteral("Conversation not found.")},
                       {{"resource", "conversation"}});
    const Party other = c.other(viewerId);
    const PartyInfo info = describe(ctx, other);
    json last = nullptr;
    QSqlQuery m = ctx.db->exec(QStringLiteral("SELECT id, content, sender_id, created_at FROM messages"
                                              " WHERE conversation_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1"),
                               {c.id});
    if (m.next())
        last = {{"id", ss(m.value(0).toString())},
                {"content", ss(head(m.value(1).toString(), 200))},
                {"sender_id", ss(m.value(2).toString())},
                {"created_at", ss(m.value(3).toString())}};
    const qint64 unread = ctx.db->scalar(QStringLiteral("SELECT COUNT(*) FROM messages WHERE conversation_id = ?"
                                                        " AND recipient_id = ? AND recipient_type = 'user' AND is_read = 0"),
                                         {c.id, viewerId})
                              .toLongLong();
    return {{"id", ss(c.id)},
            {"kind", ss(info.kind)},
            {"participant_id", ss(other.id)},
            {"participant_type", ss(other.type)},
            {"participant_name", ss(info.name)},
            {"subject", c.subject.isEmpty() ? json(nullptr) : json(ss(c.subject))},
            {"campaign_id", c.campaignId.isEmpty() ? json(nullptr) : json(ss(c.campaignId))},
            {"sponsor_request_id", c.sponsorRequestId.isEmpty() ? json(nullptr) : json(ss(c.sponsorRequestId))},
            {"last_message_at", c.lastMessageAt.isEmpty() ? json(nullptr) : json(ss(c.lastMessageAt))},
            {"last_message", last},
            {"unread_count", unread},
            {"last_read_at", nullable(v.value(1))},
            {"version", v.value(0).toLongLong()},
            {"created_at", ss(c.createdAt)},
            {"updated_at", ss(v.value(2).toString())}};
}

json listConversations(AppContext &ctx, const QString &viewerId, const QString &search, qint64 limit, qint64 offset,
                       qint64 *total)
{
    QString where = QStringLiteral("v.user_id = ?");
    QVariantList binds{viewerId};
    if (!search.trimmed().isEmpty()) {
        where += QStringLiteral(" AND v.search LIKE ? ESCAPE '\\'");
        binds << QLatin1Char('%') + textutil::likeEscape(textutil::fold(search.trimmed())) + QLatin1Char('%');
    }
    *total = ctx.db->scalar(QStringLiteral("SELECT COUNT(*) FROM conversation_views v WHERE ") + where, binds).toLongLong();
    QVariantList all = binds;
    all << limit << offset;
    QSqlQuery q = ctx.db->exec(QStringLiteral("SELECT c.%1 FROM conversation_views v JOIN conversations c ON c.id = v.conversation_id"
                                              " WHERE %2 ORDER BY c.last_message_at IS NULL, c.last_message_at DESC, c.id DESC"
                                              " LIMIT ? OFFSET ?")
                                   .arg(QString::fromLatin1(kConversationColumns).replace(QStringLiteral(", "), QStringLiteral(", c.")),
                                        where),
                               all);
    QList<Conversation> rows;
    while (q.next())
        rows << conversationFromRow(q);
    json out = json::array();
    for (const Conversation &c : rows)
        out.push_back(conversationView(ctx, c, viewerId));
    return out;
}

QString lastReadAt(AppContext &ctx, const QString &conversationId, const QString &viewerId)
{
    return ctx.db->scalar(QStringLiteral("SELECT last_read_at FROM conversation_views WHERE conversation_id = ? AND user_id = ?"),
                          {conversationId, viewerId})
        .toString();
}

void touchView(AppContext &ctx, const Conversation &c, const QString &viewerId, const QString &at)
{
    const Conversation fresh = findConversation(ctx, c.id).value_or(c);
    // What ?search= looks at: the other side's name and the subject, folded.
    const QString search = textutil::fold(partyName(ctx, fresh.other(viewerId)) + QLatin1Char('\n') + fresh.subject);
    ctx.db->exec(QStringLiteral("UPDATE conversation_views SET version = version + 1, updated_at = ?, search = ?"
                                " WHERE conversation_id = ? AND user_id = ?"),
                 {at.isEmpty() ? timeutil::nowIso() : at, search, c.id, viewerId});
    const json view = conversationView(ctx, fresh, viewerId);
    ctx.feed->record(viewerId, QStringLiteral("conversation"), c.id, Feed::Op::Upsert, view["version"].get<qint64>(),
                     qs(dumpJson(view)));
}

bool setLastReadAt(AppContext &ctx, const QString &conversationId, const QString &viewerId, const QString &at)
{
    const QString current = lastReadAt(ctx, conversationId, viewerId);
    if (!current.isEmpty() && current >= at)
        return false;
    ctx.db->exec(QStringLiteral("UPDATE conversation_views SET last_read_at = ? WHERE conversation_id = ? AND user_id = ?"),
                 {at, conversationId, viewerId});
    return true;
}

bool idTaken(AppContext &ctx, const QString &id)
{
    return ctx.db->scalar(QStringLiteral("SELECT EXISTS(SELECT 1 FROM entities WHERE id = ?)"
                                         " OR EXISTS(SELECT 1 FROM conversations WHERE id = ?)"
                                         " OR EXISTS(SELECT 1 FROM messages WHERE id = ?)"
                                         " OR EXISTS(SELECT 1 FROM notifications WHERE id = ?)"),
                          {id, id, id, id})
        .toInt()
        != 0;
}

std::optional<StoredMessage> findMessage(AppContext &ctx, const QString &id)
{
    QSqlQuery q = ctx.db->exec(QStringLiteral("SELECT %1 FROM messages WHERE id = ?").arg(QLatin1String(kMessageColumns)),
                               {id.toLower()});
    if (!q.next())
        return std::nullopt;
    return StoredMessage{messageFromRow(q), q.value(2).toString(), q.value(15).toString()};
}

json messagesOf(AppContext &ctx, const QString &conversationId)
{
    QSqlQuery q = ctx.db->exec(QStringLiteral("SELECT %1 FROM messages WHERE conversation_id = ? ORDER BY created_at, rowid")
                                   .arg(QLatin1String(kMessageColumns)),
                               {conversationId});
    json out = json::array();
    while (q.next())
        out.push_back(messageFromRow(q));
    return out;
}

json send(AppContext &ctx, const Outgoing &m)
{
    const QString at = m.createdAt.isEmpty() ? timeutil::nowIso() : m.createdAt;
    Conversation c = openConversation(ctx, m.sender, m.recipient, m.subject, m.campaignId, at);
    // A conversation opened without a subject or campaign takes the first
    // message's that has one.
    if (c.subject.isEmpty() && !m.subject.isEmpty())
        ctx.db->exec(QStringLiteral("UPDATE conversations SET subject = ? WHERE id = ?"), {m.subject, c.id});
    if (c.campaignId.isEmpty() && !m.campaignId.isEmpty())
        ctx.db->exec(QStringLiteral("UPDATE conversations SET campaign_id = ? WHERE id = ?"), {m.campaignId, c.id});
    const QString id = m.id.isEmpty() ? ids::uuid() : m.id;
    ctx.db->exec(QStringLiteral("INSERT INTO messages(id, conversation_id, sender_id, sender_type, sender_name,"
                                " recipient_id, recipient_type, content, subject, campaign_id, is_read, read_at,"
                                " create_hash, version, created_at, updated_at)"
                                " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, NULL, ?, 1, ?, ?)"),
                 {id, c.id, m.sender.id, m.sender.type, partyName(ctx, m.sender), m.recipient.id, m.recipient.type,
                  m.content, orNull(m.subject), orNull(m.campaignId), orNull(m.createHash), at, at});
    ctx.db->exec(QStringLiteral("UPDATE conversations SET updated_at = ? WHERE id = ?"), {at, c.id});
    recordMessage(ctx, id);
    for (const Party &p : c.users())
        touchView(ctx, c, p.id, at);
    const json item = findMessage(ctx, id)->item;
    if (m.notify) {
        const json hint = {{"conversation_id", ss(c.id)}, {"message_id", ss(id)}};
        if (m.recipient.isUser()) {
            ctx.feed->queueEvent(m.recipient.id, "message.new", hint);
            NewNotification n;
            n.userId = m.recipient.id;
            n.type = QStringLiteral("message");
            n.title = QStringLiteral("Nouveau message de %1").arg(item["sender_name"].get<std::string>().empty()
                                                                      ? QStringLiteral("votre contact")
                                                                      : qs(item["sender_name"].get<std::string>()));
            n.message = textutil::preview(m.content, 140);
            n.link = QStringLiteral("/messages/") + c.id;
            n.subjectType = QStringLiteral("conversation");
            n.subjectId = c.id;
            n.createdAt = at;
            notify(ctx, n);
        }
        if (m.sender.isUser())
            ctx.feed->queueEvent(m.sender.id, "message.new", hint, m.exceptSession);
    }
    return item;
}

int markRead(AppContext &ctx, const Conversation &c, const QString &readerId, const QString &upTo,
             const QString &readAt)
{
    QSqlQuery q = ctx.db->exec(QStringLiteral("SELECT id FROM messages WHERE conversation_id = ? AND recipient_id = ?"
                                              " AND recipient_type = 'user' AND is_read = 0 AND created_at <= ?"
                                              " ORDER BY created_at, rowid"),
                               {c.id, readerId, upTo});
    QStringList read;
    while (q.next())
        read << q.value(0).toString();
    for (const QString &id : read) {
        ctx.db->exec(QStringLiteral("UPDATE messages SET is_read = 1, read_at = ?, version = version + 1, updated_at = ?"
                                    " WHERE id = ?"),
                     {readAt, readAt, id});
        recordMessage(ctx, id);
    }
    const Party other = c.other(readerId);
    if (!read.isEmpty() && other.isUser())
        ctx.feed->queueEvent(other.id, "message.read", {{"conversation_id", ss(c.id)}});
    return int(read.size());
}

json notify(AppContext &ctx, const NewNotification &n)
{
    const QString id = ids::uuid();
    const QString at = n.createdAt.isEmpty() ? timeutil::nowIso() : n.createdAt;
    const bool read = !n.readAt.isEmpty();
    ctx.db->exec(QStringLiteral("INSERT INTO notifications(id, user_id, user_type, type, title, message, link,"
                                " subject_type, subject_id, data, is_read, read_at, version, created_at, updated_at)"
                                " VALUES(?, ?, 'user', ?, ?, ?, ?, ?, ?, '{}', ?, ?, ?, ?, ?)"),
                 {id, n.userId, n.type, n.title, n.message, orNull(n.link), orNull(n.subjectType), orNull(n.subjectId),
                  read ? 1 : 0, orNull(n.readAt), read ? 2 : 1, at, read ? n.readAt : at});
    const json item = notificationOf(ctx, id, n.userId);
    recordNotification(ctx, n.userId, item);
    if (n.live)
        ctx.feed->queueEvent(n.userId, "notification.new", {{"id", ss(id)}});
    return item;
}

json listNotifications(AppContext &ctx, const QString &userId, qint64 limit, qint64 offset)
{
    QSqlQuery q = ctx.db->exec(QStringLiteral("SELECT %1 FROM notifications WHERE user_id = ?"
                                              " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?")
                                   .arg(QLatin1String(kNotificationColumns)),
                               {userId, limit, offset});
    json out = json::array();
    while (q.next())
        out.push_back(notificationFromRow(q));
    return out;
}

qint64 countNotifications(AppContext &ctx, const QString &userId, bool unreadOnly)
{
    return ctx.db->scalar(unreadOnly ? QStringLiteral("SELECT COUNT(*) FROM notifications WHERE user_id = ? AND is_read = 0")
                                     : QStringLiteral("SELECT COUNT(*) FROM notifications WHERE user_id = ?"),
                          {userId})
        .toLongLong();
}

json notificationOf(AppContext &ctx, const QString &id, const QString &userId)
{
    QSqlQuery q = ctx.db->exec(QStringLiteral("SELECT %1 FROM notifications WHERE id = ? AND user_id = ?")
                                   .arg(QLatin1String(kNotificationColumns)),
                               {id.toLower(), userId});
    if (!q.next())
        throw ApiError(404, "NOT_FOUND",
                       {QStringLiteral("Notification introuvable."), QStringLiteral("Notification not found.")},
                       {{"resource", "notification"}});
    return notificationFromRow(q);
}

json readNotification(AppContext &ctx, const QString &id, const QString &userId)
{
    json item = notificationOf(ctx, id, userId);
    if (item["is_read"].get<bool>())
        return item;
    const QString now = timeutil::nowIso();
    ctx.db->exec(QStringLiteral("UPDATE notifications SET is_read = 1, read_at = ?, version = version + 1, updated_at = ?"
                                " WHERE id = ?"),
                 {now, now, qs(item["id"].get<std::string>())});
    item = notificationOf(ctx, id, userId);
    recordNotification(ctx, userId, item);
    return item;
}

int readAllNotifications(AppContext &ctx, const QString &userId)
{
    QSqlQuery q = ctx.db->exec(QStringLiteral("SELECT id FROM notifications WHERE user_id = ? AND is_read = 0"
                                              " ORDER BY created_at"),
                               {userId});
    QStringList unread;
    while (q.next())
        unread << q.value(0).toString();
    for (const QString &id : unread)
        readNotification(ctx, id, userId);
    return int(unread.size());
}

void deleteNotification(AppContext &ctx, const json &item, const QString &userId)
{
    const QString id = qs(item["id"].get<std::string>());
    ctx.db->exec(QStringLiteral("DELETE FROM notifications WHERE id = ? AND user_id = ?"), {id, userId});
    ctx.feed->record(userId, QStringLiteral("notification"), id, Feed::Op::Delete, item["version"].get<qint64>() + 1);
}

void notifyPublication(AppContext &ctx, const Entity &post, bool succeeded, const QStringList &platforms)
{
    const QString content = textutil::preview(qs(post.body.value("content", std::string())).simplified(), 80);
    const QString quoted = content.isEmpty() ? QString() : QStringLiteral(" : « %1 »").arg(content);
    NewNotification n;
    n.userId = post.userId;
    n.type = succeeded ? QStringLiteral("publication_succeeded") : QStringLiteral("publication_failed");
    n.title = succeeded ? QStringLiteral("Publication en ligne") : QStringLiteral("Échec de publication");
    n.message = succeeded
        ? QStringLiteral("Votre publication est en ligne sur %1%2.").arg(networkList(platforms), quoted)
        : QStringLiteral("Votre publication n'a pas pu partir sur %1%2. Ouvrez-la pour voir pourquoi.")
              .arg(networkList(platforms), quoted);
    n.link = QStringLiteral("/posts/") + post.id;
    n.subjectType = QStringLiteral("post");
    n.subjectId = post.id;
    notify(ctx, n);
}

void notifyReconnect(AppContext &ctx, const Entity &account, const char *why)
{
    const QString platform = qs(account.body.value("platform", std::string()));
    const QString name = qs(account.body.value("profile_name", std::string()));
    NewNotification n;
    n.userId = account.userId;
    n.type = QStringLiteral("account_reconnect");
    n.title = QStringLiteral("Compte %1 à reconnecter").arg(networkName(platform));
    n.message = QStringLiteral("Le compte %1%2 doit être reconnecté : son autorisation %3.")
                    .arg(networkName(platform), name.isEmpty() ? QString() : QStringLiteral(" « %1 »").arg(name),
                         qstrcmp(why, "expired") == 0 ? QStringLiteral("a expiré") : QStringLiteral("a été retirée"));
    n.link = QStringLiteral("/accounts/") + account.id;
    n.subjectType = QStringLiteral("social_account");
    n.subjectId = account.id;
    notify(ctx, n);
}

void checkVersion(const Request &req, qint64 currentVersion, const json &current)
{
    const std::optional<qint64> given = ifMatchVersion(req);
    if (!given || *given == currentVersion)
        return;
    throw ApiError::conflict({QStringLiteral("La ressource a été modifiée entre-temps."),
                              QStringLiteral("The resource was changed in the meantime.")},
                             {{"reason", "version_mismatch"},
                              {"expected_version", *given},
                              {"current_version", currentVersion},
                              {"current", current}});
}

} // namespace inbox
