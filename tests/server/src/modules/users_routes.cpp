// GET/PUT /api/users/me and PUT /api/users/me/profiles (API.md §2).
#include "core/app_context.h"
#include "core/ids.h"
#include "core/textutil.h"
#include "http/api_error.h"
#include "http/fields.h"
#include "http/router.h"
#include "modules/users_model.h"
#include "store/entity_store.h"

#include <QSet>

namespace {

void checkUserIfMatch(AppContext &ctx, const Request &req)
{
    Entity pseudo;
    pseudo.version = users::version(ctx, req.userId);
    pseudo.body = users::toJson(ctx, req.userId);
    checkIfMatch(req, pseudo);
}

Response userResponse(AppContext &ctx, const Request &req, int status = 200)
{
    Response r = Response::ok(users::toJson(ctx, req.userId), status);
    r.withVersionEtag(r.data["version"].get<qint64>());
    return r;
}

Response putMe(AppContext &ctx, Request &req)
{
    Fields f(req.jsonBody());
    const auto name = f.str("name", Need::Optional, 100, 1);
    const auto index = f.integer("active_profile_index", Need::Optional, 0, 1000);
    const auto themes = f.strings("selected_themes", Need::Optional, 50, 60);
    const auto avatar = f.str("avatar", Need::Nullable, 2 * 1024 * 1024);
    const auto phone = f.str("phone", Need::Nullable, 30);
    const auto onboarding = f.boolean("has_completed_onboarding", Need::Optional);
    checkUserIfMatch(ctx, req);

    json b = users::body(ctx, req.userId);
    if (index.isSet() && index.value >= qint64(b["_profile_order"].size()) && index.value != 0)
        throw ApiError::validation("active_profile_index", "range",
                                   {{"min", 0}, {"max", std::max<qint64>(0, qint64(b["_profile_order"].size()) - 1)}});
    if (name)
        b["name"] = ss(name.value);
    if (index)
        b["active_profile_index"] = index.value;
    if (themes) {
        json list = json::array();
        for (const auto &t : themes.value)
            list.push_back(ss(t));
        b["selected_themes"] = list;
    }
    if (avatar.present)
        b["avatar"] = avatar.null ? json(nullptr) : json(ss(avatar.value));
    if (phone.present)
        b["phone"] = phone.null ? json(nullptr) : json(ss(phone.value));
    if (onboarding)
        b["has_completed_onboarding"] = onboarding.value;
    users::saveBody(ctx, req.userId, b, true);
    return userResponse(ctx, req);
}

Response putProfiles(AppContext &ctx, Request &req)
{
    const json &body = req.jsonBody();
    Fields f(body);
    const auto index = f.integer("active_profile_index", Need::Optional, 0, 1000);
    if (!body.contains("profiles"))
        throw ApiError::validation("profiles", "required");
    if (!body["profiles"].is_array())
        throw ApiError::validation("profiles", "type", {{"expected", "array"}});
    if (body["profiles"].size() > 20)
        throw ApiError::validation("profiles", "range", {{"max_items", 20}});
    checkUserIfMatch(ctx, req);

    const QStringList before = users::profileIds(ctx, req.userId);
    QStringList order;
    QSet<QString> seen;
    const json &list = body["profiles"];
    for (size_t i = 0; i < list.size(); ++i) {
        const std::string path = "profiles[" + std::to_string(i) + "]";
        Fields p(list[i], path);
        const auto id = p.uuid("id", Need::Optional);
        const auto type = p.oneOf("type", Need::Required, {"equipe", "club", "district", "ligue", "sponsor"});
        const auto name = p.str("name", Need::Required, 100, 1);
        const auto logo = p.str("logo", Need::Nullable, 2 * 1024 * 1024);
        const auto clubId = p.uuid("club_id", Need::Nullable);
        const auto numero = p.str("numero", Need::Nullable, 50);
        const auto active = p.boolean("is_active", Need::Optional);
        json item = {{"id", nullptr},
                     {"type", ss(type.value)},
                     {"name", ss(name.value)},
                     {"logo", logo.isSet() ? json(ss(logo.value)) : json(nullptr)},
                     {"club_id", clubId.isSet() ? json(ss(clubId.value)) : json(nullptr)},
                     {"numero", numero.isSet() ? json(ss(numero.value)) : json(nullptr)},
                     {"is_active", active.isSet() ? active.value : true}};
        QString pid = id.isSet() ? id.value : ids::uuid();
        if (seen.contains(pid))
            throw ApiError::validation(path + ".id", "format", {{"expected", "unique ids"}});
        seen.insert(pid);
        item["id"] = ss(pid);
        if (auto existing = ctx.store->find(pid)) {
            if (existing->type != QLatin1String("profile") || existing->userId != req.userId)
                throw ApiError::conflict({QStringLiteral("Cet identifiant est déjà utilisé."),
                                          QStringLiteral("This id is already in use.")},
                                         {{"field", path + ".id"}, {"reason", "id_taken"}});
            json merged = existing->body;
            for (auto it = item.begin(); it != item.end(); ++it)
                merged[it.key()] = it.value();
            if (merged != existing->body) {
                existing->body = merged;
                ctx.store->update(*existing);
            }
        } else {
            Entity e;
            e.id = pid;
            e.type = QStringLiteral("profile");
            e.userId = req.userId;
            e.body = item;
            ctx.store->insert(e);
        }
        order << pid;
    }
    for (const QString &old : before)
        if (!seen.contains(old))
            if (auto e = ctx.store->find(old))
                ctx.store->remove(*e);

    json b = users::body(ctx, req.userId);
    json orderJson = json::array();
    for (const auto &id : order)
        orderJson.push_back(ss(id));
    b["_profile_order"] = orderJson;
    qint64 active = index.isSet() ? index.value : b.value("active_profile_index", qint64(0));
    if (index.isSet() && index.value >= qint64(order.size()) && index.value != 0)
        throw ApiError::validation("active_profile_index", "range", {{"min", 0}, {"max", qint64(order.size()) - 1}});
    b["active_profile_index"] = order.isEmpty() ? 0 : std::min<qint64>(active, qint64(order.size()) - 1);
    users::saveBody(ctx, req.userId, b, true);
    return userResponse(ctx, req);
}

} // namespace

PITCHSIDE_ROUTES(users)
{
    router.add("GET", QStringLiteral("/api/users/me"), [&ctx](Request &req) { return userResponse(ctx, req); });
    router.add("PUT", QStringLiteral("/api/users/me"), [&ctx](Request &req) { return putMe(ctx, req); });
    router.add("PUT", QStringLiteral("/api/users/me/profiles"),
               [&ctx](Request &req) { return putProfiles(ctx, req); });
}
