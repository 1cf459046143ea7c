// /api/test/ routes of the inbox, only with --test-mode: a WhatsApp
// contact made in one call (a real `contact`, as POST /api/contacts
// makes), a contact's reply, and
// notifications of any type, so that client tests can make every case.
// Like the other test routes they are never rate-limited nor hit by
// faults; unlike most, they act for the caller, so they need a Bearer
// token (the user whose contact, conversation or notification it is).
#include "auth/sessions.h"
#include "core/app_context.h"
#include "http/api_error.h"
#include "http/fields.h"
#include "http/router.h"
#include "modules/contacts_model.h"
#include "modules/inbox_model.h"
#include "modules/inbox_util.h"

#include <QRegularExpression>

namespace {

QString caller(AppContext &ctx, Request &req)
{
    const Principal p = ctx.sessions->authenticate(req);
    req.userId = p.userId;
    req.sessionId = p.sessionId;
    return p.userId;
}

Response addContact(AppContext &ctx, Request &req)
{
    const QString user = caller(ctx, req);
    Fields f(req.jsonBody());
    const QString name = f.str("name", Need::Required, 200, 1).value.trimmed();
    const QString phone = f.str("phone", Need::Required, 32, 1).value.trimmed();
    if (name.isEmpty())
        throw ApiError::validation("name", "required");
    // As a WhatsApp number is written: digits, an optional leading +,
    // spaces, dots, dashes or brackets between them.
    static const QRegularExpression shape(QStringLiteral(R"(^\+?[0-9][0-9 .()\-]{2,30}[0-9]$)"));
    if (!shape.match(phone).hasMatch())
        throw ApiError::validation("phone", "format", {{"expected", "phone number, e.g. +33 6 12 34 56 78"}});
    const std::optional<phone::Number> number = phone::parse(phone);
    if (!number)
        throw ApiError::validation("phone", "format", {{"expected", "phone number, e.g. +33 6 12 34 56 78"}});
    // Tests make "their" contact again and again: the one with that
    // number is answered (200) rather than a duplicate refused.
    if (const std::optional<Entity> existing = contacts::byNumber(ctx, user, number->e164))
        return Response::ok({{"id", ss(existing->id)}, {"name", ss(contacts::displayName(existing->body))}, {"phone", ss(phone)}});
    contacts::NewContact c;
    c.userId = user;
    c.firstName = name.section(QLatin1Char(' '), 0, 0).left(100);
    c.lastName = name.section(QLatin1Char(' '), 1).trimmed().left(100);
    c.number = *number;
    const Entity e = contacts::create(ctx, c);
    return Response::created({{"id", ss(e.id)}, {"name", ss(name)}, {"phone", ss(phone)}});
}

// A contact's reply arrives: in the named conversation (which must be with
// a contact) or in the one with contact_id (opened when there is none).
Response incoming(AppContext &ctx, Request &req)
{
    const QString user = caller(ctx, req);
    Fields f(req.jsonBody());
    const auto conversationId = f.uuid("conversation_id", Need::Nullable);
    const auto contactId = f.uuid("contact_id", Need::Nullable);
    const auto content = f.str("content", Need::Required, 5000, 1);
    QString contact;
    if (conversationId.isSet()) {
        const inbox::Conversation c = inbox::conversationOf(ctx, conversationId.value, user);
        const inbox::Party other = c.other(user);
        if (other.isUser())
            throw ApiError::rule("not_a_contact_conversation", {{"field", "conversation_id"}});
        if (contactId.isSet() && contactId.value != other.id)
            throw ApiError::validation("contact_id", "format", {{"expected", "the contact of conversation_id"}});
        contact = other.id;
    } else if (contactId.isSet()) {
        if (!contacts::isContactOf(ctx, contactId.value, user))
            throw ApiError(404, "NOT_FOUND",
                           {QStringLiteral("Contact introuvable."), QStringLiteral("Contact not found.")},
                           {{"resource", "contact"}, {"field", "contact_id"}});
        contact = contactId.value;
    } else {
        throw ApiError::validation("contact_id", "required", {{"or", "conversation_id"}});
    }
    inbox::Outgoing m;
    m.sender = {contact, QStringLiteral("contact")};
    m.recipient = {user, QStringLiteral("user")};
    m.content = content.value;
    return Response::created(inbox::send(ctx, m));
}

Response addNotification(AppContext &ctx, Request &req)
{
    const QString user = caller(ctx, req);
    Fields f(req.jsonBody());
    const auto type = f.oneOf("type", Need::Required,
                              {"message", "publication_succeeded", "publication_failed", "sponsor_offer",
                               "document_ready", "campaign_finished", "account_reconnect"});
    const auto title = f.str("title", Need::Required, 200, 1);
    const auto message = f.str("message", Need::Required, 2000, 1);
    const auto link = f.str("link", Need::Nullable, 500);
    const auto subjectType = f.oneOf("subject_type", Need::Nullable,
                                     {"post", "conversation", "sponsor_request", "document", "campaign", "social_account"});
    const auto subjectId = f.uuid("subject_id", Need::Nullable);
    inbox::NewNotification n;
    n.userId = user;
    n.type = type.value;
    n.title = title.value;
    n.message = message.value;
    n.link = link.isSet() ? link.value : QString();
    n.subjectType = subjectType.isSet() ? subjectType.value : QString();
    n.subjectId = subjectId.isSet() ? subjectId.value : QString();
    return Response::created(inbox::notify(ctx, n));
}

} // namespace

PITCHSIDE_ROUTES(inbox_test)
{
    if (!ctx.config.testMode)
        return;
    auto add = [&](const QByteArray &method, const char *path, Handler h) {
        Route &r = router.add(method, QLatin1String(path), inbox::listingFields(std::move(h)));
        r.access = Access::TestMode;
        r.limit = Limit::None;
    };
    add("POST", "/api/test/contacts", [&ctx](Request &r) { return addContact(ctx, r); });
    add("POST", "/api/test/messages/incoming", [&ctx](Request &r) { return incoming(ctx, r); });
    add("POST", "/api/test/notifications", [&ctx](Request &r) { return addNotification(ctx, r); });
}
