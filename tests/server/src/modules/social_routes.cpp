// /api/social/accounts (API.md §9): the user's connected network accounts,
// renewing their tokens, disconnecting. Connecting is the OAuth flow
// (auth/oauth_routes.cpp). A job marks accounts whose token has expired.
#include "core/app_context.h"
#include "core/jobs.h"
#include "core/log.h"
#include "http/api_error.h"
#include "http/fields.h"
#include "http/router.h"
#include "modules/post_publishing.h"
#include "modules/resource_util.h"
#include "modules/social_model.h"
#include "modules/social_vault.h"
#include "store/entity_store.h"

namespace {

const QString kType = QStringLiteral("social_account");

Response list(AppContext &ctx, Request &req)
{
    json out = json::array();
    for (const Entity &e : ctx.store->load(QStringLiteral("user_id = ? AND type = 'social_account'"), {req.userId},
                                           QStringLiteral("ORDER BY search, created_at")))
        out.push_back(e.body);
    return Response::ok(out);
}

Response refresh(AppContext &ctx, Request &req)
{
    Entity e = ctx.store->get(req, kType, req.param(QStringLiteral("id")));
    social::refresh(ctx, e);
    return resource::single(e);
}

Response disconnect(AppContext &ctx, Request &req)
{
    const Entity e = ctx.store->get(req, kType, req.param(QStringLiteral("id")));
    checkIfMatch(req, e);
    social::disconnect(ctx, e);
    return Response::noContent();
}

// Publish now on one network (API.md §9): the post's publication there,
// published or failed with its reason; the post's status sums up.
Response publishNow(AppContext &ctx, Request &req)
{
    const QString platform = req.param(QStringLiteral("platform"));
    social::checkPlatform(platform);
    Fields f(req.jsonBody());
    const auto postId = f.uuid("post_id", Need::Required);
    Entity post = ctx.store->get(req, QStringLiteral("post"), postId.value);
    const json &platforms = post.body["platforms"];
    if (std::find(platforms.begin(), platforms.end(), json(ss(platform))) == platforms.end())
        throw ApiError::validation("post_id", "not_planned_for_platform");
    postpublishing::publishPost(ctx, post, {platform});
    const QList<Entity> pubs = ctx.store->load(
        QStringLiteral("user_id = ? AND type = 'publication' AND search = ? AND json_extract(body, '$.post_id') = ?"),
        {req.userId, platform, post.id}, QStringLiteral("ORDER BY created_at LIMIT 1"));
    if (pubs.isEmpty())
        throw ApiError::notFound("publication");
    return resource::single(pubs.first(), pubs.first().status == QLatin1String("published") ? 201 : 200);
}

// The next publications on a network fail as the provider would refuse
// them (media_rejected, rate_limited, token_revoked…).
Response failNext(AppContext &ctx, Request &req)
{
    const QString platform = req.param(QStringLiteral("platform"));
    social::checkPlatform(platform);
    Fields f(req.jsonBody());
    const auto error = f.str("error", Need::Required, 40, 1);
    const auto count = f.integer("count", Need::Optional, 0, 100);
    if (!postpublishing::isProviderFailure(error.value))
        throw ApiError::validation("error", "unknown_failure");
    QStringList &queued = ctx.providerFailures[platform];
    queued.clear();
    for (qint64 i = 0; i < (count.isSet() ? count.value : 1); ++i)
        queued << error.value;
    return Response::ok({{"platform", ss(platform)}, {"queued", queued.size()}});
}

// Test switches: shorter token lifetimes, a token the provider revoked,
// and the sealed record (to check that nothing readable is stored).
Response setLifetime(AppContext &ctx, Request &req)
{
    Fields f(req.jsonBody());
    const auto seconds = f.integer("seconds", Need::Required, 0, 400LL * 24 * 3600);
    ctx.socialTokenLifetimeSec = int(seconds.value);
    return Response::ok({{"seconds", ctx.socialTokenLifetimeSec}});
}

Response revoke(AppContext &ctx, Request &req)
{
    std::optional<Entity> found = ctx.store->find(req.param(QStringLiteral("id")));
    if (!found || found->type != kType)
        throw ApiError::notFound("social_account");
    Entity e = *found;
    social::markNeedsReconnect(ctx, e, "revoked");
    return resource::single(e);
}

Response sealed(AppContext &ctx, Request &req)
{
    const QString id = req.param(QStringLiteral("id"));
    const QByteArray record = ctx.socialVault->sealedRecord(id);
    if (record.isEmpty())
        throw ApiError::notFound("social_tokens");
    const std::optional<json> tokens = ctx.socialVault->open(id);
    return Response::ok({{"sealed_base64", record.toBase64().toStdString()},
                         {"opens", tokens.has_value()},
                         {"access_token", tokens ? (*tokens)["access_token"] : json(nullptr)}});
}

} // namespace

PITCHSIDE_ROUTES(social)
{
    router.add("GET", QStringLiteral("/api/social/accounts"), [&ctx](Request &r) { return list(ctx, r); });
    router.add("GET", QStringLiteral("/api/social/accounts/{id}"), [&ctx](Request &r) {
        return resource::single(ctx.store->get(r, kType, r.param(QStringLiteral("id"))));
    });
    router.add("POST", QStringLiteral("/api/social/accounts/{id}/refresh"),
               [&ctx](Request &r) { return refresh(ctx, r); });
    router.add("DELETE", QStringLiteral("/api/social/accounts/{id}"),
               [&ctx](Request &r) { return disconnect(ctx, r); });
    router.add("POST", QStringLiteral("/api/social/{platform}/publish"), [&ctx](Request &r) { return publishNow(ctx, r); });
    if (!ctx.config.testMode)
        return;
    auto add = [&](const QByteArray &method, const char *path, Handler h) {
        Route &r = router.add(method, QLatin1String(path), std::move(h));
        r.access = Access::TestMode;
        r.limit = Limit::None;
    };
    add("PUT", "/api/test/social/token-lifetime", [&ctx](Request &r) { return setLifetime(ctx, r); });
    add("POST", "/api/test/social/accounts/{id}/revoke", [&ctx](Request &r) { return revoke(ctx, r); });
    add("POST", "/api/test/social/{platform}/fail-next", [&ctx](Request &r) { return failNext(ctx, r); });
    add("GET", "/api/test/social/accounts/{id}/sealed", [&ctx](Request &r) { return sealed(ctx, r); });
}

PITCHSIDE_JOBS(social_expiry)
{
    AppContext *c = &ctx;
    // Every 5 s in test mode, so that a shortened lifetime shows quickly.
    ctx.jobs->every(ctx.config.testMode ? 5000 : 60000, "social_expiry", [c] {
        if (const int n = social::markExpired(*c))
            qCInfo(lcJobs) << n << "social accounts expired";
    });
}
