// /api/messages (API.md §6, seed [S] 004): sending, the conversations
// list, a thread (reading it marks it read), and the read mark an offline
// client pushes. Storage and feed changes: modules/inbox_model.
#include "core/app_context.h"
#include "core/ids.h"
#include "core/timeutil.h"
#include "http/api_error.h"
#include "http/fields.h"
#include "http/router.h"
#include "modules/contacts_model.h"
#include "modules/inbox_model.h"
#include "modules/inbox_util.h"
#include "modules/resource_util.h"

#include <nlohmann/json.hpp>

namespace {

Response withVersion(json item, int status = 200)
{
    const qint64 version = item["version"].get<qint64>();
    Response r = Response::ok(std::move(item), status);
    r.withVersionEtag(version);
    return r;
}

ApiError idTakenError()
{
    return ApiError::conflict({QStringLiteral("Cet identifiant est déjà utilisé par une autre ressource."),
                               QStringLiteral("This id is already used by another resource.")},
                              {{"field", "id"}, {"reason", "id_taken"}});
}

// As resource::claimId hashes a create: keys sorted, no whitespace.
QString createHash(const Request &req)
{
    const auto canonical = nlohmann::json::parse(req.body.constBegin(), req.body.constEnd(), nullptr, false);
    return ids::sha256Hex(QByteArray::fromStdString(canonical.dump()));
}

Response send(AppContext &ctx, Request &req)
{
    Fields f(req.jsonBody());
    const auto id = f.uuid("id", Need::Optional);
    const auto recipientId = f.uuid("recipient_id", Need::Required);
    const auto recipientType = f.oneOf("recipient_type", Need::Required, {"user", "contact"});
    const auto content = f.str("content", Need::Required, 5000, 1);
    const auto subject = f.str("subject", Need::Nullable, 255);
    const auto campaign = f.uuid("campaign_id", Need::Nullable);
    const QString hash = createHash(req);
    // A retried send with the client's id: the same body finds its
    // message, anything else under that id is a conflict.
    if (id.isSet()) {
        if (const auto existing = inbox::findMessage(ctx, id.value)) {
            if (existing->senderId == req.userId && existing->createHash == hash)
                return withVersion(existing->item);
            throw idTakenError();
        }
        if (inbox::idTaken(ctx, id.value))
            throw idTakenError();
    }
    const bool toUser = recipientType.value == QLatin1String("user");
    if (toUser ? !inbox::userExists(ctx, recipientId.value) : !contacts::isContactOf(ctx, recipientId.value, req.userId))
        throw ApiError(404, "NOT_FOUND",
                       {QStringLiteral("Destinataire introuvable : aucun %1 ne porte cet identifiant.")
                            .arg(toUser ? QStringLiteral("utilisateur") : QStringLiteral("de vos contacts")),
                        QStringLiteral("Recipient not found: no %1 has this id.")
                            .arg(toUser ? QStringLiteral("user") : QStringLiteral("contact of yours"))},
                       {{"resource", "recipient"}, {"field", "recipient_id"}});
    if (toUser && recipientId.value == req.userId)
        throw ApiError::rule("cannot_message_self", {{"field", "recipient_id"}});

    inbox::Outgoing m;
    m.id = id.isSet() ? id.value : QString();
    m.sender = {req.userId, QStringLiteral("user")};
    m.recipient = {recipientId.value, recipientType.value};
    m.content = content.value;
    m.subject = subject.isSet() ? subject.value : QString();
    m.campaignId = campaign.isSet() ? campaign.value : QString();
    m.createHash = hash;
    m.exceptSession = req.sessionId;
    return withVersion(inbox::send(ctx, m), 201);
}

Response conversations(AppContext &ctx, Request &req)
{
    const qint64 page = resource::queryInt(req, QStringLiteral("page"), 1, 1, 1000000);
    const qint64 limit = resource::queryInt(req, QStringLiteral("limit"), 20, 1, 50);
    qint64 total = 0;
    json data = inbox::listConversations(ctx, req.userId, req.queryValue(QStringLiteral("search")), limit,
                                         (page - 1) * limit, &total);
    Response r = Response::ok(std::move(data));
    const qint64 pages = total == 0 ? 0 : (total + limit - 1) / limit;
    r.pagination = {{"page", page},         {"limit", limit},           {"total", total},
                    {"total_pages", pages}, {"has_next", page < pages}, {"has_prev", page > 1}};
    return r;
}

// Reading the thread is reading it: the other side's messages are marked
// read and the viewer's last_read_at moves to now (only when it changes
// something, so re-reading a read thread makes no feed change).
Response thread(AppContext &ctx, Request &req)
{
    const inbox::Conversation c = inbox::conversationOf(ctx, req.param(QStringLiteral("conversation_id")), req.userId);
    const QString now = timeutil::nowIso();
    const int read = inbox::markRead(ctx, c, req.userId, now, now);
    const QString lastRead = inbox::lastReadAt(ctx, c.id, req.userId);
    bool moved = false;
    if (read > 0 || lastRead.isEmpty() || lastRead < c.lastMessageAt)
        moved = inbox::setLastReadAt(ctx, c.id, req.userId, now);
    if (read > 0 || moved)
        inbox::touchView(ctx, c, req.userId, now);
    return Response::ok(inbox::messagesOf(ctx, c.id));
}

// An offline client's "I read it up to here": the other side's messages
// created at or before last_read_at are marked read. A time in the future
// counts as now; last_read_at never moves backwards, and a push that
// changes nothing answers the conversation as it is (same version). A
// stale If-Match is no conflict: a read mark only moves forward, so it
// applies over whatever came meanwhile (a new message).
Response markRead(AppContext &ctx, Request &req)
{
    const inbox::Conversation c = inbox::conversationOf(ctx, req.param(QStringLiteral("id")), req.userId);
    Fields f(req.jsonBody());
    const auto at = f.time("last_read_at", Need::Required);
    const QDateTime now = timeutil::now();
    const QString upTo = timeutil::iso(std::min(at.value.toUTC(), now));
    const int read = inbox::markRead(ctx, c, req.userId, upTo, timeutil::iso(now));
    const bool moved = inbox::setLastReadAt(ctx, c.id, req.userId, upTo);
    if (read > 0 || moved)
        inbox::touchView(ctx, c, req.userId, timeutil::iso(now));
    return withVersion(inbox::conversationView(ctx, c, req.userId));
}

} // namespace

PITCHSIDE_ROUTES(messages)
{
    router.add("POST", QStringLiteral("/api/messages/send"), inbox::listingFields([&ctx](Request &r) { return send(ctx, r); }));
    router.add("GET", QStringLiteral("/api/messages/conversations"),
               inbox::listingFields([&ctx](Request &r) { return conversations(ctx, r); }));
    router.add("PATCH", QStringLiteral("/api/messages/conversations/{id}"),
               inbox::listingFields([&ctx](Request &r) { return markRead(ctx, r); }));
    Route &t = router.add("GET", QStringLiteral("/api/messages/{conversation_id}"),
                          [&ctx](Request &r) { return thread(ctx, r); });
    t.writesOnGet = true; // it marks the thread read
}
