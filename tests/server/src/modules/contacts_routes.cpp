// /api/contacts (docs/api/campaigns.md): the user's WhatsApp contacts.
// The number is checked and normalised by libphonenumber; a second contact
// with the same number is a 409; verification fields are the server's.
#include "core/app_context.h"
#include "core/ids.h"
#include "core/textutil.h"
#include "http/api_error.h"
#include "http/fields.h"
#include "http/router.h"
#include "modules/contacts_model.h"
#include "modules/resource_util.h"
#include "store/entity_store.h"

namespace {

phone::Number readNumber(const Field<QString> &f)
{
    const std::optional<phone::Number> n = phone::parse(f.value);
    if (!n)
        throw ApiError::validation("full_number", "invalid_number", {{"expected", "E.164, e.g. +33612345678"}});
    return *n;
}

Response create(AppContext &ctx, Request &req)
{
    Fields f(req.jsonBody());
    const auto givenId = f.uuid("id", Need::Optional);
    const auto first = f.str("first_name", Need::Optional, 100);
    const auto last = f.str("last_name", Need::Optional, 100);
    const phone::Number number = readNumber(f.str("full_number", Need::Required, 40, 1));
    const auto categories = f.uuids("category_ids", Need::Optional, 100);
    QString id, hash;
    if (auto existing = resource::claimId(ctx, req, contacts::kContact, givenId, &id, &hash))
        return resource::single(*existing);
    if (const auto dup = contacts::byNumber(ctx, req.userId, number.e164))
        contacts::throwDuplicate(dup->id);
    contacts::NewContact c;
    c.id = id;
    c.userId = req.userId;
    c.firstName = first.value.trimmed();
    c.lastName = last.value.trimmed();
    c.number = number;
    c.categoryIds = contacts::checkCategories(ctx, req.userId, categories.value, "category_ids");
    c.createHash = hash;
    const Entity e = contacts::create(ctx, c);
    contacts::recount(ctx, req.userId, c.categoryIds);
    return resource::single(e, 201);
}

// PUT is partial (campaigns.md): absent fields stay as they are.
Response put(AppContext &ctx, Request &req)
{
    Entity e = ctx.store->get(req, contacts::kContact, req.param(QStringLiteral("id")));
    Fields f(req.jsonBody());
    const auto first = f.str("first_name", Need::Optional, 100);
    const auto last = f.str("last_name", Need::Optional, 100);
    const auto number = f.str("full_number", Need::Optional, 40, 1);
    const auto categories = f.uuids("category_ids", Need::Optional, 100);
    checkIfMatch(req, e);
    json after = e.body;
    if (first.present)
        after["first_name"] = ss(first.value.trimmed());
    if (last.present)
        after["last_name"] = ss(last.value.trimmed());
    if (number.present) {
        const phone::Number n = readNumber(number);
        if (const auto dup = contacts::byNumber(ctx, req.userId, n.e164); dup && dup->id != e.id)
            contacts::throwDuplicate(dup->id);
        if (qs(after["full_number"].get<std::string>()) != n.e164) {
            // Another number: what was checked was the old one.
            after["whatsapp_verified"] = false;
            after["verified_at"] = nullptr;
        }
        after["full_number"] = ss(n.e164);
        after["country_code"] = ss(n.countryCode);
        after["phone_number"] = ss(n.national);
    }
    QStringList touched;
    if (categories.present) {
        const QStringList ids = contacts::checkCategories(ctx, req.userId, categories.value, "category_ids");
        touched = resource::toStringList(after["category_ids"]) + ids;
        after["category_ids"] = resource::stringArray(ids);
    }
    if (after != e.body) {
        e.body = after;
        ctx.store->update(e);
        contacts::recount(ctx, req.userId, touched);
    }
    return resource::single(e);
}

Response remove(AppContext &ctx, Request &req)
{
    const Entity e = ctx.store->get(req, contacts::kContact, req.param(QStringLiteral("id")));
    checkIfMatch(req, e);
    ctx.store->remove(e);
    contacts::recount(ctx, req.userId, resource::toStringList(e.body["category_ids"]));
    return Response::noContent();
}

Response list(AppContext &ctx, Request &req)
{
    QString where = QStringLiteral("user_id = ? AND type = 'contact'");
    QVariantList binds{req.userId};
    if (req.hasQuery(QStringLiteral("category_id"))) {
        const QString c = req.queryValue(QStringLiteral("category_id")).toLower();
        if (!ids::isUuid(c))
            throw ApiError::validation("category_id", "format", {{"expected", "uuid"}});
        where += QStringLiteral(" AND EXISTS (SELECT 1 FROM json_each(body, '$.category_ids') WHERE value = ?)");
        binds << c;
    }
    if (const QString v = resource::queryEnum(req, QStringLiteral("verified"), {"true", "false", "unchecked"}); !v.isEmpty()) {
        where += QStringLiteral(" AND status = ?");
        binds << (v == QLatin1String("true") ? QStringLiteral("verified")
                  : v == QLatin1String("false") ? QStringLiteral("not_on_whatsapp")
                                                : QStringLiteral("unchecked"));
    }
    if (const QString s = req.queryValue(QStringLiteral("search")).trimmed(); !s.isEmpty()) {
        where += QStringLiteral(" AND search LIKE ? ESCAPE '\\'");
        binds << QLatin1Char('%') + textutil::likeEscape(textutil::fold(s)) + QLatin1Char('%');
    }
    return resource::pagedList(ctx, req, where, binds,
                               QStringLiteral("json_extract(body, '$.last_name') COLLATE NOCASE,"
                                              " json_extract(body, '$.first_name') COLLATE NOCASE, id"),
                               {}, 100);
}

} // namespace

PITCHSIDE_ROUTES(contacts)
{
    router.add("GET", QStringLiteral("/api/contacts"), [&ctx](Request &r) { return list(ctx, r); });
    router.add("POST", QStringLiteral("/api/contacts"), [&ctx](Request &r) { return create(ctx, r); });
    router.add("GET", QStringLiteral("/api/contacts/{id}"), [&ctx](Request &r) {
        return resource::single(ctx.store->get(r, contacts::kContact, r.param(QStringLiteral("id"))));
    });
    router.add("PUT", QStringLiteral("/api/contacts/{id}"), [&ctx](Request &r) { return put(ctx, r); });
    router.add("DELETE", QStringLiteral("/api/contacts/{id}"), [&ctx](Request &r) { return remove(ctx, r); });
}
