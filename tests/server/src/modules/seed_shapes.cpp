#include "seed_shapes.h"

#include "core/app_context.h"
#include "core/timeutil.h"
#include "http/api_error.h"
#include "http/request.h"
#include "store/entity_store.h"

namespace shapes {

namespace {

bool smp(const AppContext &ctx) { return ctx.config.shape == Config::Shape::Smp; }

qint64 msOf(const QString &rfc3339)
{
    const auto t = timeutil::parse(rfc3339);
    return t ? t->toMSecsSinceEpoch() : 0;
}

json staleCopy(const AppContext &ctx, const Entity &current, const json &details)
{
    json d = details;
    d["current"] = presentPost(ctx, current.body);
    return d;
}

[[noreturn]] void stale(const AppContext &ctx, const Entity &current, json details)
{
    details["reason"] = "version_mismatch";
    throw ApiError::conflict({QStringLiteral("La ressource a été modifiée entre-temps."),
                              QStringLiteral("The resource was changed in the meantime.")},
                             staleCopy(ctx, current, details));
}

} // namespace

json presentPost(const AppContext &ctx, const json &post)
{
    if (!smp(ctx))
        return post;
    json out = post;
    out.erase("version");
    std::vector<std::string> platforms;
    for (const auto &p : post.value("platforms", json::array()))
        platforms.push_back(p.get<std::string>());
    std::sort(platforms.begin(), platforms.end());
    const bool linkedin = platforms == std::vector<std::string>{"linkedin"};
    const bool instagram = platforms == std::vector<std::string>{"instagram"};
    const bool both = platforms == std::vector<std::string>{"instagram", "linkedin"};
    if (linkedin || instagram || both) {
        out.erase("platforms");
        out["platform"] = both ? "both" : platforms.front();
    }
    json media = json::array();
    for (const auto &id : post.value("media_ids", json::array())) {
        const QString mediaId = qs(id.get<std::string>());
        const auto m = ctx.store->find(mediaId);
        const std::string type = m && m->body["type"].is_string() ? m->body["type"].get<std::string>() : "image";
        media.push_back({{"id", id}, {"url", ss(ctx.baseUrl + QStringLiteral("/api/media/") + mediaId + QStringLiteral("/content"))},
                         {"type", type}});
    }
    out.erase("media_ids");
    out["media"] = media;
    return out;
}

qint64 postVersion(const AppContext &ctx, const Entity &e)
{
    return smp(ctx) ? msOf(e.updatedAt) : e.version;
}

json postInput(const AppContext &ctx, const json &body)
{
    if (!smp(ctx) || !body.is_object())
        return body;
    json ours = body;
    ours.erase("updated_at");
    if (const auto p = ours.find("platform"); p != ours.end() && !ours.contains("platforms")) {
        if (!p->is_string())
            throw ApiError::validation("platform", "type", {{"expected", "linkedin, instagram or both"}});
        const std::string one = p->get<std::string>();
        if (one != "linkedin" && one != "instagram" && one != "both")
            throw ApiError::validation("platform", "enum", {{"allowed", json::array({"linkedin", "instagram", "both"})}});
        ours["platforms"] = one == "both" ? json::array({"linkedin", "instagram"}) : json::array({one});
        ours.erase("platform");
    }
    return ours;
}

void checkPostPrecondition(const AppContext &ctx, Request &req, const Entity &current)
{
    if (!smp(ctx)) {
        checkIfMatch(req, current);
        return;
    }
    const qint64 held = postVersion(ctx, current);
    if (const std::optional<qint64> version = ifMatchVersion(req); version && *version != held)
        stale(ctx, current, {{"expected_version", *version}, {"current_version", held}});
    // The seed's own optimistic locking: the updated_at the client edited.
    if (req.body.trimmed().isEmpty())
        return;
    const json &body = req.jsonBody();
    const auto at = body.find("updated_at");
    if (at == body.end())
        return;
    if (!at->is_string() || !timeutil::parse(qs(at->get<std::string>())))
        throw ApiError::validation("updated_at", "format", {{"expected", "RFC 3339"}});
    if (msOf(qs(at->get<std::string>())) != held)
        stale(ctx, current, {{"expected_updated_at", *at}, {"current_updated_at", ss(current.updatedAt)}});
}

void presentFeedItem(const AppContext &ctx, const QString &type, QByteArray &item, qint64 &version)
{
    if (!smp(ctx) || type != QLatin1String("post") || item.isEmpty())
        return;
    const json post = json::parse(item.constBegin(), item.constEnd(), nullptr, false);
    if (!post.is_object())
        return;
    version = msOf(qs(post.value("updated_at", std::string())));
    item = QByteArray::fromStdString(dumpJson(presentPost(ctx, post)));
}

json signIn(const AppContext &ctx, json ours)
{
    if (!smp(ctx))
        return ours;
    const QDateTime expires = timeutil::now().addSecs(ours.value("expires_in", qint64(0)));
    return {{"user", ours["user"]},
            {"session", {{"access_token", ours["access_token"]},
                         {"refresh_token", ours["refresh_token"]},
                         {"expires_at", ss(timeutil::iso(expires))}}}};
}

} // namespace shapes
