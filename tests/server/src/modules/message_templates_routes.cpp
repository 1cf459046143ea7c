// /api/message-templates (docs/api/campaigns.md): reusable texts of
// WhatsApp campaigns, synced as `message_template`. The user writes a
// name, unique per user once folded, a message 1 and an optional message 2
// (the campaign's follow-up after a reply); the same {{prenom}} / {{nom}}
// variables as a campaign's texts, left as written here (a campaign made
// from a template fills them per recipient when it sends).
#include "core/app_context.h"
#include "core/textutil.h"
#include "http/api_error.h"
#include "http/fields.h"
#include "http/router.h"
#include "modules/contacts_model.h"
#include "modules/resource_util.h"
#include "store/entity_store.h"

namespace {

// search: the folded name (uniqueness and the list's order).
const bool messageTemplateIndexer = [] {
    EntityStore::setIndexer(contacts::kMessageTemplate, [](Entity &e) {
        e.search = textutil::fold(qs(e.body.value("name", json("")).is_string() ? e.body["name"].get<std::string>()
                                                                                 : std::string()));
    });
    return true;
}();

void checkUniqueName(AppContext &ctx, const QString &userId, const QString &name, const QString &selfId)
{
    const QList<Entity> same = ctx.store->load(QStringLiteral("user_id = ? AND type = 'message_template' AND search = ?"),
                                               {userId, textutil::fold(name)}, QStringLiteral("LIMIT 2"));
    for (const Entity &e : same)
        if (e.id != selfId)
            throw ApiError::conflict({QStringLiteral("Un modèle de message porte déjà ce nom."),
                                      QStringLiteral("A message template already has this name.")},
                                     {{"field", "name"}, {"reason", "duplicate"}, {"existing_id", ss(e.id)}});
}

// Reads the fields the user writes into `t` (only those present unless
// creating, when name and message_1 are required). Returns the new name
// when one was given, for the uniqueness check.
std::optional<QString> applyFields(const Fields &f, json &t, bool creating)
{
    const Need need = creating ? Need::Required : Need::Optional;
    std::optional<QString> name;
    if (const auto v = f.str("name", need, 100, 1); v.present) {
        name = v.value.trimmed();
        if (name->isEmpty())
            throw ApiError::validation("name", "required");
        t["name"] = ss(*name);
    }
    if (const auto v = f.str("message_1", need, 4096, 1); v.present) {
        if (v.value.trimmed().isEmpty())
            throw ApiError::validation("message_1", "required");
        t["message_1"] = ss(v.value);
    }
    if (const auto v = f.str("message_2", Need::Nullable, 4096); v.present)
        t["message_2"] = v.isSet() && !v.value.trimmed().isEmpty() ? json(ss(v.value)) : json(nullptr);
    return name;
}

Response create(AppContext &ctx, Request &req)
{
    Fields f(req.jsonBody());
    const auto givenId = f.uuid("id", Need::Optional);
    json t = {{"id", ""}, {"name", ""}, {"message_1", ""}, {"message_2", nullptr}};
    const QString name = *applyFields(f, t, true);
    QString id, hash;
    if (auto existing = resource::claimId(ctx, req, contacts::kMessageTemplate, givenId, &id, &hash))
        return resource::single(*existing);
    checkUniqueName(ctx, req.userId, name, {});
    t["id"] = ss(id);
    Entity e;
    e.id = id;
    e.type = contacts::kMessageTemplate;
    e.userId = req.userId;
    e.createHash = hash;
    e.body = t;
    ctx.store->insert(e);
    return resource::single(e, 201);
}

Response put(AppContext &ctx, Request &req)
{
    Entity e = ctx.store->get(req, contacts::kMessageTemplate, req.param(QStringLiteral("id")));
    Fields f(req.jsonBody());
    json after = e.body;
    const std::optional<QString> name = applyFields(f, after, false);
    checkIfMatch(req, e);
    if (name)
        checkUniqueName(ctx, req.userId, *name, e.id);
    if (after != e.body) {
        e.body = after;
        ctx.store->update(e);
    }
    return resource::single(e);
}

Response remove(AppContext &ctx, Request &req)
{
    const Entity e = ctx.store->get(req, contacts::kMessageTemplate, req.param(QStringLiteral("id")));
    checkIfMatch(req, e);
    ctx.store->remove(e);
    return Response::noContent();
}

} // namespace

PITCHSIDE_ROUTES(message_templates)
{
    router.add("GET", QStringLiteral("/api/message-templates"), [&ctx](Request &r) {
        // A handful per user: the whole list, by folded name.
        json data = json::array();
        for (const Entity &e : ctx.store->load(QStringLiteral("user_id = ? AND type = 'message_template'"), {r.userId},
                                               QStringLiteral("ORDER BY search, id")))
            data.push_back(e.body);
        return Response::ok(std::move(data));
    });
    router.add("POST", QStringLiteral("/api/message-templates"), [&ctx](Request &r) { return create(ctx, r); });
    router.add("GET", QStringLiteral("/api/message-templates/{id}"), [&ctx](Request &r) {
        return resource::single(ctx.store->get(r, contacts::kMessageTemplate, r.param(QStringLiteral("id"))));
    });
    router.add("PUT", QStringLiteral("/api/message-templates/{id}"), [&ctx](Request &r) { return put(ctx, r); });
    router.add("DELETE", QStringLiteral("/api/message-templates/{id}"), [&ctx](Request &r) { return remove(ctx, r); });
}
