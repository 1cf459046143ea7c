// /api/publications (API.md §4, seed [A] §4.2): publish now, schedule,
// list and detail, cancel a scheduled one, stats.
#include "core/app_context.h"
#include "core/textutil.h"
#include "core/timeutil.h"
#include "http/api_error.h"
#include "http/fields.h"
#include "http/router.h"
#include "modules/publications_model.h"
#include "modules/resource_util.h"
#include "modules/users_model.h"
#include "store/entity_store.h"

namespace {

struct CaptionLimit {
    const char *platform;
    int chars;
};
constexpr CaptionLimit kCaptionLimits[] = {{"instagram", 2200}, {"linkedin", 3000}, {"facebook", 63206}};

// The user's connected account on the network: the one named when it is
// one, else the network's (one per network and user), else none.
json socialAccountId(AppContext &ctx, const QString &userId, const QString &platform, const QString &named)
{
    const QList<Entity> accounts = ctx.store->load(
        QStringLiteral("user_id = ? AND type = 'social_account' AND search = ?"), {userId, platform},
        QStringLiteral("ORDER BY created_at"));
    for (const Entity &a : accounts)
        if (a.id == named.toLower())
            return ss(a.id);
    return accounts.isEmpty() ? json(nullptr) : json(ss(accounts.first().id));
}

Response createPublication(AppContext &ctx, Request &req, bool scheduled)
{
    Fields f(req.jsonBody());
    const auto givenId = f.uuid("id", Need::Optional);
    const auto documentId = f.uuid("document_id", Need::Nullable);
    const auto postId = f.uuid("post_id", Need::Nullable);
    const auto profileId = f.uuid("profile_id", Need::Optional);
    const auto platform = f.oneOf("platform", Need::Required, {"facebook", "instagram", "linkedin"});
    // Seed A names the page on the network; the social account of the
    // network (API.md §9) is the one the publication goes through.
    const auto account = f.str("account_id", Need::Required, 200, 1);
    const auto support = f.oneOf("support_type", Need::Nullable, {"post", "reel", "affiche", "story"});
    const auto caption = f.str("caption", Need::Optional, 100000);
    const auto mediaUrls = f.strings("media_urls", Need::Optional, 10, 2000);
    const auto when = f.time("scheduled_at", scheduled ? Need::Required : Need::Nullable);
    QString id, hash;
    if (auto existing = resource::claimId(ctx, req, QStringLiteral("publication"), givenId, &id, &hash))
        return resource::single(*existing);
    QString profile = profileId.isSet() ? profileId.value : users::activeProfileId(ctx, req.userId);
    if (profileId.isSet())
        users::requireProfile(ctx, req, profile, "profile_id");
    json media = resource::stringArray(mediaUrls.value);
    if (documentId.isSet()) {
        const Entity doc = ctx.store->get(req, QStringLiteral("document"), documentId.value);
        if (media.empty())
            for (const auto &s : doc.body["supports"])
                if (!support.isSet() || s["type"] == ss(support.value))
                    media.push_back(s["media_url"]);
    }
    if (postId.isSet())
        (void)ctx.store->get(req, QStringLiteral("post"), postId.value);
    const int length = textutil::codePoints(caption.value);
    for (const auto &l : kCaptionLimits)
        if (platform.value == QLatin1String(l.platform) && length > l.chars)
            throw ApiError::rule("caption_too_long", {{"field", "caption"}, {"platform", l.platform},
                                                      {"limit", l.chars}, {"length", length}});
    if (platform.value == QLatin1String("instagram") && media.empty())
        throw ApiError::rule("instagram_needs_media", {{"field", "media_urls"}, {"platform", "instagram"}});
    if (scheduled && when.value <= timeutil::now())
        throw ApiError::rule("schedule_in_past", {{"field", "scheduled_at"}});
    Entity e;
    e.id = id;
    e.type = QStringLiteral("publication");
    e.userId = req.userId;
    e.createHash = hash;
    e.body = {{"id", ss(id)},
              {"document_id", documentId.isSet() ? json(ss(documentId.value)) : json(nullptr)},
              {"post_id", postId.isSet() ? json(ss(postId.value)) : json(nullptr)},
              {"profile_id", profile.isEmpty() ? json(nullptr) : json(ss(profile))},
              {"platform", ss(platform.value)},
              {"account_id", socialAccountId(ctx, req.userId, platform.value, account.value)},
              {"page_id", ss(account.value)},
              {"support_type", support.isSet() ? json(ss(support.value)) : json(nullptr)},
              {"caption", ss(caption.value)},
              {"media_urls", media},
              {"status", scheduled ? "scheduled" : "pending"},
              {"scheduled_at", when.isSet() ? json(ss(timeutil::iso(when.value))) : json(nullptr)},
              {"published_at", nullptr},
              {"platform_post_id", nullptr},
              {"post_url", nullptr},
              {"error_message", nullptr},
              {"metrics", {{"impressions", 0}, {"reach", 0}, {"likes", 0}, {"comments", 0}, {"shares", 0},
                           {"saves", 0}, {"clicks", 0}, {"last_updated", nullptr}}}};
    ctx.store->insert(e);
    if (!scheduled)
        publications::publish(ctx, e);
    return resource::single(e, 201);
}

Response stats(AppContext &ctx, Request &req)
{
    json byStatus = {{"pending", 0}, {"scheduled", 0}, {"published", 0}, {"failed", 0}};
    json byPlatform = {{"facebook", 0}, {"instagram", 0}, {"linkedin", 0}};
    json totals = {{"impressions", 0}, {"reach", 0}, {"likes", 0}, {"comments", 0}, {"shares", 0}, {"saves", 0}, {"clicks", 0}};
    qint64 total = 0;
    for (const Entity &e : ctx.store->load(QStringLiteral("user_id = ? AND type = 'publication'"), {req.userId})) {
        ++total;
        byStatus[ss(e.status)] = byStatus.value(ss(e.status), 0) + 1;
        const std::string p = e.body["platform"].get<std::string>();
        byPlatform[p] = byPlatform.value(p, 0) + 1;
        for (auto it = totals.begin(); it != totals.end(); ++it)
            it.value() = it.value().get<qint64>() + e.body["metrics"].value(it.key(), qint64(0));
    }
    const qint64 interactions = totals["likes"].get<qint64>() + totals["comments"].get<qint64>()
        + totals["shares"].get<qint64>() + totals["saves"].get<qint64>();
    const qint64 reach = totals["reach"].get<qint64>();
    return Response::ok({{"total", total}, {"by_status", byStatus}, {"by_platform", byPlatform}, {"metrics", totals},
                         {"total_interactions", interactions},
                         {"engagement_rate", reach > 0 ? double(qRound(10000.0 * interactions / reach)) / 100.0 : 0.0}});
}

Response list(AppContext &ctx, Request &req)
{
    QString where = QStringLiteral("user_id = ? AND type = 'publication'");
    QVariantList binds{req.userId};
    if (const QString s = resource::queryEnum(req, QStringLiteral("status"), {"pending", "scheduled", "published", "failed"});
        !s.isEmpty()) {
        where += QStringLiteral(" AND status = ?");
        binds << s;
    }
    if (const QString p = resource::queryEnum(req, QStringLiteral("platform"), {"facebook", "instagram", "linkedin"});
        !p.isEmpty()) {
        where += QStringLiteral(" AND search = ?");
        binds << p;
    }
    if (req.hasQuery(QStringLiteral("profile_id"))) {
        where += QStringLiteral(" AND profile_id = ?");
        binds << req.queryValue(QStringLiteral("profile_id")).toLower();
    }
    if (req.hasQuery(QStringLiteral("document_id"))) {
        where += QStringLiteral(" AND json_extract(body, '$.document_id') = ?");
        binds << req.queryValue(QStringLiteral("document_id")).toLower();
    }
    return resource::pagedList(ctx, req, where, binds, QStringLiteral("at DESC, id DESC"));
}

} // namespace

PITCHSIDE_ROUTES(publications)
{
    router.add("POST", QStringLiteral("/api/publications"), [&ctx](Request &r) { return createPublication(ctx, r, false); });
    router.add("POST", QStringLiteral("/api/publications/schedule"),
               [&ctx](Request &r) { return createPublication(ctx, r, true); });
    router.add("GET", QStringLiteral("/api/publications"), [&ctx](Request &r) { return list(ctx, r); });
    router.add("GET", QStringLiteral("/api/publications/stats"), [&ctx](Request &r) { return stats(ctx, r); });
    router.add("GET", QStringLiteral("/api/publications/{id}"), [&ctx](Request &r) {
        return resource::single(ctx.store->get(r, QStringLiteral("publication"), r.param(QStringLiteral("id"))));
    });
    router.add("DELETE", QStringLiteral("/api/publications/{id}"), [&ctx](Request &r) {
        const Entity e = ctx.store->get(r, QStringLiteral("publication"), r.param(QStringLiteral("id")));
        checkIfMatch(r, e);
        if (e.status == QLatin1String("published"))
            throw ApiError::rule("published_post_immutable");
        ctx.store->remove(e);
        return Response::noContent();
    });
}
