// /api/verify (docs/api/campaigns.md): the simulated WhatsApp check of a
// contact's number (a number ending in 0 has no WhatsApp), one at a time
// or in bulk, and where the user's contacts stand.
#include "core/app_context.h"
#include "http/api_error.h"
#include "http/fields.h"
#include "http/router.h"
#include "modules/contacts_model.h"
#include "modules/resource_util.h"
#include "store/database.h"

namespace {

Response bulk(AppContext &ctx, Request &req)
{
    const json &body = req.body.trimmed().isEmpty() ? json::object() : req.jsonBody();
    Fields f(body);
    const auto ids = f.uuids("contact_ids", Need::Optional, 1000);
    QList<Entity> targets;
    if (ids.isSet() && !ids.value.isEmpty()) {
        for (int i = 0; i < ids.value.size(); ++i) {
            const std::optional<Entity> e = ctx.store->find(ids.value[i].toLower());
            if (!e || e->type != contacts::kContact || e->userId != req.userId)
                throw ApiError::validation("contact_ids[" + std::to_string(i) + "]", "unknown_contact");
            targets << *e;
        }
    } else {
        targets = ctx.store->load(QStringLiteral("user_id = ? AND type = 'contact' AND status = 'unchecked'"), {req.userId},
                                  QStringLiteral("ORDER BY created_at, id"));
    }
    qint64 verified = 0;
    for (Entity &e : targets)
        verified += contacts::verify(ctx, e) ? 1 : 0;
    return Response::ok({{"checked", qint64(targets.size())},
                         {"verified", verified},
                         {"not_on_whatsapp", qint64(targets.size()) - verified}});
}

Response stats(AppContext &ctx, Request &req)
{
    json out = {{"total", 0}, {"verified", 0}, {"not_on_whatsapp", 0}, {"unchecked", 0}};
    QSqlQuery q = ctx.db->exec(QStringLiteral("SELECT status, COUNT(*) FROM entities WHERE user_id = ? AND type = 'contact'"
                                              " GROUP BY status"),
                               {req.userId});
    qint64 total = 0;
    while (q.next()) {
        out[ss(q.value(0).toString())] = q.value(1).toLongLong();
        total += q.value(1).toLongLong();
    }
    out["total"] = total;
    return Response::ok(std::move(out));
}

} // namespace

PITCHSIDE_ROUTES(verify)
{
    router.add("POST", QStringLiteral("/api/verify/bulk"), [&ctx](Request &r) { return bulk(ctx, r); });
    router.add("GET", QStringLiteral("/api/verify/stats"), [&ctx](Request &r) { return stats(ctx, r); });
    router.add("POST", QStringLiteral("/api/verify/{contact_id}"), [&ctx](Request &r) {
        Entity e = ctx.store->get(r, contacts::kContact, r.param(QStringLiteral("contact_id")));
        contacts::verify(ctx, e);
        return resource::single(e);
    });
}
