// /api/test/records/{kind} — only with --test-mode: a generic synced
// resource of any kind the client's tests make up. A test that declares a
// new synced type (table, declaration, wire mapping, registration) can sync
// it end to end against this server without a module of its own: the body
// is kept as sent (any JSON object), versions, If-Match, creates by client
// id and the replication feed behave as for every other resource. The
// routes need a signed-in user, like the app's own.
#include "core/app_context.h"
#include "http/api_error.h"
#include "http/fields.h"
#include "http/router.h"
#include "modules/resource_util.h"
#include "store/entity_store.h"

#include <QRegularExpression>

namespace {

// The server's own types are not for this route: a test must not reach
// around their rules.
QString kindOf(const Request &req)
{
    static const QRegularExpression re(QStringLiteral("^test_[a-z][a-z_]{0,30}$"));
    const QString kind = req.param(QStringLiteral("kind"));
    if (!re.match(kind).hasMatch())
        throw ApiError::validation("kind", "pattern", {{"pattern", "test_[a-z_]+"}});
    return kind;
}

// Every key but the server's own bookkeeping.
void applyBody(const json &body, json &record)
{
    if (!body.is_object())
        throw ApiError::validation("", "type", {{"expected", "object"}});
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() == "id" || it.key() == "version" || it.key() == "created_at" || it.key() == "updated_at")
            continue;
        record[it.key()] = it.value();
    }
}

Response create(AppContext &ctx, Request &req)
{
    const QString kind = kindOf(req);
    const json body = req.jsonBody();
    Fields f(body);
    const auto givenId = f.uuid("id", Need::Optional);
    QString id, hash;
    if (auto existing = resource::claimId(ctx, req, kind, givenId, &id, &hash))
        return resource::single(*existing);
    json record = json::object();
    record["id"] = ss(id);
    applyBody(body, record);
    Entity e;
    e.id = id;
    e.type = kind;
    e.userId = req.userId;
    e.createHash = hash;
    e.body = record;
    ctx.store->insert(e);
    return resource::single(e, 201);
}

Response patch(AppContext &ctx, Request &req)
{
    Entity e = ctx.store->get(req, kindOf(req), req.param(QStringLiteral("id")));
    json after = e.body;
    applyBody(req.jsonBody(), after);
    checkIfMatch(req, e);
    if (after != e.body) {
        e.body = after;
        ctx.store->update(e);
    }
    return resource::single(e);
}

} // namespace

PITCHSIDE_ROUTES(test_records)
{
    if (!ctx.config.testMode)
        return;
    router.add("POST", QStringLiteral("/api/test/records/{kind}"), [&ctx](Request &r) { return create(ctx, r); });
    router.add("GET", QStringLiteral("/api/test/records/{kind}/{id}"), [&ctx](Request &r) {
        return resource::single(ctx.store->get(r, kindOf(r), r.param(QStringLiteral("id"))));
    });
    router.add("PATCH", QStringLiteral("/api/test/records/{kind}/{id}"), [&ctx](Request &r) { return patch(ctx, r); });
    router.add("DELETE", QStringLiteral("/api/test/records/{kind}/{id}"), [&ctx](Request &r) {
        const Entity e = ctx.store->get(r, kindOf(r), r.param(QStringLiteral("id")));
        checkIfMatch(r, e);
        ctx.store->remove(e);
        return Response::noContent();
    });
}
