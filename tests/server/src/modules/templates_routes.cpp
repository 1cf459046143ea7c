// /api/templates (API.md §4): reusable posts with {{variables}}; /use makes
// a draft post and counts the use.
#include "core/app_context.h"
#include "core/textutil.h"
#include "http/api_error.h"
#include "http/fields.h"
#include "http/router.h"
#include "modules/post_model.h"
#include "modules/resource_util.h"
#include "modules/users_model.h"
#include "store/entity_store.h"

#include <QRegularExpression>

namespace {

const bool templateIndexer = [] {
    EntityStore::setIndexer(QStringLiteral("template"), [](Entity &e) {
        e.status = qs(e.body.value("category", std::string()));
        e.search = textutil::fold(qs(e.body.value("name", std::string())) + QLatin1Char(' ')
                                  + qs(e.body.value("description", json("")).is_string()
                                           ? e.body["description"].get<std::string>() : std::string())
                                  + QLatin1Char(' ') + qs(e.body.value("content", std::string())));
    });
    return true;
}();

const QRegularExpression &variableRe()
{
    static const QRegularExpression re(QStringLiteral("\\{\\{\\s*([A-Za-z0-9_]+)\\s*\\}\\}"));
    return re;
}

json readVariables(const Fields &f, const char *key)
{
    const auto v = f.object(key, Need::Optional);
    json out = json::object();
    if (!v.isSet())
        return out;
    for (auto it = v.value.begin(); it != v.value.end(); ++it) {
        if (!it.value().is_string())
            throw ApiError::validation(f.pathOf(key) + "." + it.key(), "type", {{"expected", "string"}});
        out[it.key()] = it.value();
    }
    return out;
}

// Keys for every {{variable}} the content uses, keeping given defaults.
void completeVariables(json &tpl)
{
    auto it = variableRe().globalMatch(qs(tpl["content"].get<std::string>()));
    while (it.hasNext()) {
        const std::string name = ss(it.next().captured(1));
        if (!tpl["variables"].contains(name))
            tpl["variables"][name] = "";
    }
}

QString substitute(const QString &text, const json &values, const json &defaults)
{
    QString out;
    qsizetype last = 0;
    auto it = variableRe().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        const std::string name = ss(m.captured(1));
        std::string value;
        if (values.contains(name))
            value = values[name].get<std::string>();
        else if (defaults.contains(name) && defaults[name].is_string())
            value = defaults[name].get<std::string>();
        // A variable without any value stays visible for the user to fill in.
        out += value.empty() ? m.captured(0) : qs(value);
        last = m.capturedEnd();
    }
    return out + text.mid(last);
}

void applyFields(const Fields &f, json &tpl, bool creating)
{
    const Need need = creating ? Need::Required : Need::Optional;
    if (const auto v = f.str("name", need, 100, 1); v)
        tpl["name"] = ss(v.value);
    if (const auto v = f.str("description", Need::Nullable, 2000); v.present)
        tpl["description"] = v.isSet() ? json(ss(v.value)) : json(nullptr);
    if (const auto v = f.oneOf("category", need, {"conseil", "actualite", "temoignage", "etude_cas", "promo", "autre"}); v)
        tpl["category"] = ss(v.value);
    const bool fromPost = creating && tpl.contains("content");
    if (const auto v = f.strings("platforms", fromPost ? Need::Optional : need, 3, 20,
                                 {"linkedin", "instagram", "facebook"}, true, 1); v)
        tpl["platforms"] = resource::stringArray(v.value);
    if (const auto v = f.str("content", fromPost ? Need::Optional : need, 20000); v.present)
        tpl["content"] = ss(v.value);
    if (const auto v = f.strings("hashtags", Need::Optional, 100, 140); v.present) {
        json tags = json::array();
        for (QString t : v.value)
            tags.push_back(ss(t.startsWith(QLatin1Char('#')) ? t.mid(1) : t));
        tpl["hashtags"] = tags;
    }
    if (f.has("variables"))
        tpl["variables"] = readVariables(f, "variables");
}

Response create(AppContext &ctx, Request &req)
{
    Fields f(req.jsonBody());
    const auto givenId = f.uuid("id", Need::Optional);
    const auto postId = f.uuid("post_id", Need::Optional);
    QString id, hash;
    if (auto existing = resource::claimId(ctx, req, QStringLiteral("template"), givenId, &id, &hash))
        return resource::single(*existing);
    json tpl = {{"id", ss(id)}, {"name", ""}, {"description", nullptr}, {"category", "autre"},
                {"platforms", json::array()}, {"content", ""}, {"hashtags", json::array()},
                {"variables", json::object()}, {"usage_count", 0}};
    if (postId) {
        // [P]: a template made from an existing post.
        const Entity post = ctx.store->get(req, QStringLiteral("post"), postId.value);
        tpl["platforms"] = post.body["platforms"];
        tpl["content"] = post.body["content"];
        tpl["hashtags"] = post.body["hashtags"];
    }
    applyFields(f, tpl, true);
    completeVariables(tpl);
    Entity e;
    e.id = id;
    e.type = QStringLiteral("template");
    e.userId = req.userId;
    e.createHash = hash;
    e.body = tpl;
    ctx.store->insert(e);
    return resource::single(e, 201);
}

Response patch(AppContext &ctx, Request &req)
{
    Entity e = ctx.store->get(req, QStringLiteral("template"), req.param(QStringLiteral("id")));
    Fields f(req.jsonBody());
    json after = e.body;
    applyFields(f, after, false);
    completeVariables(after);
    checkIfMatch(req, e);
    if (after != e.body) {
        e.body = after;
        ctx.store->update(e);
    }
    return resource::single(e);
}

Response use(AppContext &ctx, Request &req)
{
    Entity tpl = ctx.store->get(req, QStringLiteral("template"), req.param(QStringLiteral("id")));
    Fields f(req.jsonBody());
    const auto givenId = f.uuid("id", Need::Optional);
    const json values = readVariables(f, "variables");
    QString id, hash;
    if (auto existing = resource::claimId(ctx, req, QStringLiteral("post"), givenId, &id, &hash))
        return resource::single(*existing);
    json post = posts::emptyPost(id, users::activeProfileId(ctx, req.userId));
    post["platforms"] = tpl.body["platforms"];
    post["content"] = ss(substitute(qs(tpl.body["content"].get<std::string>()), values, tpl.body["variables"]));
    json tags = json::array();
    for (const auto &h : tpl.body["hashtags"])
        tags.push_back(ss(substitute(qs(h.get<std::string>()), values, tpl.body["variables"])));
    post["hashtags"] = tags;
    post["template_id"] = ss(tpl.id);
    QStringList changed = posts::apply(ctx, req, f, post);   // profile_id, media_ids, scheduled_at...
    changed << QStringLiteral("content") << QStringLiteral("platforms");
    posts::checkRules(ctx, req, nullptr, post, changed);
    Entity e;
    e.id = id;
    e.type = QStringLiteral("post");
    e.userId = req.userId;
    e.createHash = hash;
    e.body = post;
    ctx.store->insert(e);
    tpl.body["usage_count"] = tpl.body["usage_count"].get<qint64>() + 1;
    ctx.store->update(tpl);
    return resource::single(e, 201);
}

Response list(AppContext &ctx, Request &req)
{
    QString where = QStringLiteral("user_id = ? AND type = 'template'");
    QVariantList binds{req.userId};
    if (const QString c = resource::queryEnum(req, QStringLiteral("category"),
                                              {"conseil", "actualite", "temoignage", "etude_cas", "promo", "autre"});
        !c.isEmpty()) {
        where += QStringLiteral(" AND status = ?");
        binds << c;
    }
    if (const QString p = resource::queryEnum(req, QStringLiteral("platform"), {"linkedin", "instagram", "facebook"});
        !p.isEmpty()) {
        where += QStringLiteral(" AND EXISTS (SELECT 1 FROM json_each(body, '$.platforms') WHERE value = ?)");
        binds << p;
    }
    if (const QString s = req.queryValue(QStringLiteral("search")).trimmed(); !s.isEmpty()) {
        where += QStringLiteral(" AND search LIKE ? ESCAPE '\\'");
        binds << QLatin1Char('%') + textutil::likeEscape(textutil::fold(s)) + QLatin1Char('%');
    }
    return resource::keysetList(ctx, req, where, binds);
}

} // namespace

PITCHSIDE_ROUTES(templates)
{
    router.add("GET", QStringLiteral("/api/templates"), [&ctx](Request &r) { return list(ctx, r); });
    router.add("POST", QStringLiteral("/api/templates"), [&ctx](Request &r) { return create(ctx, r); });
    router.add("GET", QStringLiteral("/api/templates/{id}"), [&ctx](Request &r) {
        return resource::single(ctx.store->get(r, QStringLiteral("template"), r.param(QStringLiteral("id"))));
    });
    router.add("PATCH", QStringLiteral("/api/templates/{id}"), [&ctx](Request &r) { return patch(ctx, r); });
    router.add("DELETE", QStringLiteral("/api/templates/{id}"), [&ctx](Request &r) {
        const Entity e = ctx.store->get(r, QStringLiteral("template"), r.param(QStringLiteral("id")));
        checkIfMatch(r, e);
        ctx.store->remove(e);
        return Response::noContent();
    });
    router.add("POST", QStringLiteral("/api/templates/{id}/use"), [&ctx](Request &r) { return use(ctx, r); });
}
