// /api/content/posts (API.md §4): keyset list with filters, CRUD with
// If-Match, client ids and Idempotency-Key, and /rate.
#include "core/app_context.h"
#include "core/textutil.h"
#include "http/api_error.h"
#include "http/fields.h"
#include "http/router.h"
#include "modules/post_model.h"
#include "modules/post_publishing.h"
#include "modules/resource_util.h"
#include "modules/seed_shapes.h"
#include "modules/users_model.h"
#include "store/entity_store.h"

#include <QTimer>

namespace {

// "Publier maintenant" is a post set to "publishing": it goes out right
// after the answer (as a real backend queues the provider calls), and the
// outcome reaches the app through the feed and a post.status event.
void publishSoon(AppContext &ctx, const json &before, const Entity &e)
{
    if (e.status != QLatin1String("publishing") || (!before.is_null() && before["status"] == "publishing"))
        return;
    AppContext *c = &ctx;
    const QString id = e.id;
    QTimer::singleShot(0, [c, id] {
        std::optional<Entity> post = c->store->find(id);
        if (post && post->type == QLatin1String("post") && post->status == QLatin1String("publishing"))
            postpublishing::publishPost(*c, *post);
    });
}

Response list(AppContext &ctx, Request &req)
{
    QString where = QStringLiteral("user_id = ? AND type = 'post'");
    QVariantList binds{req.userId};
    if (const QString s = resource::queryEnum(req, QStringLiteral("status"),
                                              {"draft", "scheduled", "publishing", "published", "failed"});
        !s.isEmpty()) {
        where += QStringLiteral(" AND status = ?");
        binds << s;
    }
    if (const QString p = resource::queryEnum(req, QStringLiteral("platform"), {"linkedin", "instagram", "facebook"});
        !p.isEmpty()) {
        where += QStringLiteral(" AND EXISTS (SELECT 1 FROM json_each(body, '$.platforms') WHERE value = ?)");
        binds << p;
    }
    if (req.hasQuery(QStringLiteral("profile_id"))) {
        where += QStringLiteral(" AND profile_id = ?");
        binds << req.queryValue(QStringLiteral("profile_id")).toLower();
    }
    if (const QString s = req.queryValue(QStringLiteral("search")).trimmed(); !s.isEmpty()) {
        where += QStringLiteral(" AND search LIKE ? ESCAPE '\\'");
        binds << QLatin1Char('%') + textutil::likeEscape(textutil::fold(s)) + QLatin1Char('%');
    }
    if (const auto from = resource::queryTime(req, QStringLiteral("from"))) {
        where += QStringLiteral(" AND at >= ?");
        binds << *from;
    }
    if (const auto to = resource::queryTime(req, QStringLiteral("to"))) {
        where += QStringLiteral(" AND at < ?");
        binds << *to;
    }
    return resource::keysetList(ctx, req, where, binds, [&ctx](const Entity &e) { return shapes::presentPost(ctx, e.body); });
}

// One post, in the shape the server answers in (--shape).
Response one(AppContext &ctx, const Entity &e, int status = 200)
{
    Response r = Response::ok(shapes::presentPost(ctx, e.body), status);
    r.withVersionEtag(shapes::postVersion(ctx, e));
    return r;
}

Response withWarning(AppContext &ctx, const Request &req, const Entity &e, int status)
{
    Response r = one(ctx, e, status);
    if (const json w = posts::slotWarning(ctx, req.userId, e.body); !w.is_null())
        r.meta["warning"] = w;
    return r;
}

Response create(AppContext &ctx, Request &req)
{
    const json body = shapes::postInput(ctx, req.jsonBody());
    Fields f(body);
    const auto givenId = f.uuid("id", Need::Optional);
    if (!f.has("platforms"))
        throw ApiError::validation("platforms", "required");
    if (!f.has("content"))
        throw ApiError::validation("content", "required");
    QString id, hash;
    if (auto existing = resource::claimId(ctx, req, QStringLiteral("post"), givenId, &id, &hash))
        return one(ctx, *existing, 200);
    json post = posts::emptyPost(id, users::activeProfileId(ctx, req.userId));
    const QStringList changed = posts::apply(ctx, req, f, post);
    posts::checkRules(ctx, req, nullptr, post, changed);
    Entity e;
    e.id = id;
    e.type = QStringLiteral("post");
    e.userId = req.userId;
    e.createHash = hash;
    e.body = post;
    ctx.store->insert(e);
    publishSoon(ctx, nullptr, e);
    return withWarning(ctx, req, e, 201);
}

Response patch(AppContext &ctx, Request &req)
{
    Entity e = ctx.store->get(req, QStringLiteral("post"), req.param(QStringLiteral("id")));
    const json body = shapes::postInput(ctx, req.jsonBody());
    Fields f(body);
    json after = e.body;
    const QStringList changed = posts::apply(ctx, req, f, after);
    shapes::checkPostPrecondition(ctx, req, e);
    posts::checkRules(ctx, req, e.body, after, changed);
    if (after == e.body)
        return one(ctx, e);
    const json before = e.body;
    e.body = after;
    ctx.store->update(e);
    publishSoon(ctx, before, e);
    return withWarning(ctx, req, e, 200);
}

Response remove(AppContext &ctx, Request &req)
{
    const Entity e = ctx.store->get(req, QStringLiteral("post"), req.param(QStringLiteral("id")));
    shapes::checkPostPrecondition(ctx, req, e);
    if (e.status == QLatin1String("published"))
        throw ApiError::rule("published_post_immutable");
    ctx.store->remove(e);
    return Response::noContent();
}

Response rate(AppContext &ctx, Request &req)
{
    Entity e = ctx.store->get(req, QStringLiteral("post"), req.param(QStringLiteral("id")));
    Fields f(req.jsonBody());
    const auto rating = f.integer("rating", Need::Required, 1, 5);
    shapes::checkPostPrecondition(ctx, req, e);
    if (e.body["rating"] != json(rating.value)) {
        e.body["rating"] = rating.value;
        ctx.store->update(e);
    }
    return one(ctx, e);
}

} // namespace

PITCHSIDE_ROUTES(posts)
{
    router.add("GET", QStringLiteral("/api/content/posts"), [&ctx](Request &r) { return list(ctx, r); });
    router.add("POST", QStringLiteral("/api/content/posts"), [&ctx](Request &r) { return create(ctx, r); });
    router.add("GET", QStringLiteral("/api/content/posts/{id}"), [&ctx](Request &r) {
        return one(ctx, ctx.store->get(r, QStringLiteral("post"), r.param(QStringLiteral("id"))));
    });
    router.add("PATCH", QStringLiteral("/api/content/posts/{id}"), [&ctx](Request &r) { return patch(ctx, r); });
    router.add("DELETE", QStringLiteral("/api/content/posts/{id}"), [&ctx](Request &r) { return remove(ctx, r); });
    router.add("POST", QStringLiteral("/api/content/posts/{id}/rate"), [&ctx](Request &r) { return rate(ctx, r); });
}
