// /api/categories (docs/api/campaigns.md): groups of contacts that
// campaigns are sent to. Names are unique per user once folded;
// contact_count is the server's. Deleting one takes it out of every
// contact and campaign that named it.
#include "core/app_context.h"
#include "core/textutil.h"
#include "http/api_error.h"
#include "http/fields.h"
#include "http/router.h"
#include "modules/contacts_model.h"
#include "modules/resource_util.h"
#include "store/entity_store.h"
#include "store/database.h"

#include <QRegularExpression>

namespace {

QString readColor(const Field<QString> &f)
{
    static const QRegularExpression re(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    if (!re.match(f.value).hasMatch())
        throw ApiError::validation("color", "format", {{"expected", "#RRGGBB"}});
    return f.value.toUpper();
}

void checkUniqueName(AppContext &ctx, const QString &userId, const QString &name, const QString &selfId)
{
    const QList<Entity> same = ctx.store->load(QStringLiteral("user_id = ? AND type = 'contact_category' AND search = ?"),
                                               {userId, textutil::fold(name)}, QStringLiteral("LIMIT 2"));
    for (const Entity &e : same)
        if (e.id != selfId)
            throw ApiError::conflict({QStringLiteral("Une catégorie porte déjà ce nom."),
                                      QStringLiteral("A category already has this name.")},
                                     {{"field", "name"}, {"reason", "duplicate"}, {"existing_id", ss(e.id)}});
}

Response create(AppContext &ctx, Request &req)
{
    Fields f(req.jsonBody());
    const auto givenId = f.uuid("id", Need::Optional);
    const QString name = f.str("name", Need::Required, 50, 1).value.trimmed();
    if (name.isEmpty())
        throw ApiError::validation("name", "required");
    const auto color = f.str("color", Need::Optional, 7);
    QString id, hash;
    if (auto existing = resource::claimId(ctx, req, contacts::kCategory, givenId, &id, &hash))
        return resource::single(*existing);
    checkUniqueName(ctx, req.userId, name, {});
    Entity e;
    e.id = id;
    e.type = contacts::kCategory;
    e.userId = req.userId;
    e.createHash = hash;
    e.body = {{"id", ss(id)}, {"name", ss(name)},
              {"color", ss(color.present ? readColor(color) : QStringLiteral("#607D8B"))}, {"contact_count", 0}};
    ctx.store->insert(e);
    return resource::single(e, 201);
}

Response put(AppContext &ctx, Request &req)
{
    Entity e = ctx.store->get(req, contacts::kCategory, req.param(QStringLiteral("id")));
    Fields f(req.jsonBody());
    const auto name = f.str("name", Need::Optional, 50, 1);
    const auto color = f.str("color", Need::Optional, 7);
    checkIfMatch(req, e);
    json after = e.body;
    if (name.present) {
        const QString n = name.value.trimmed();
        if (n.isEmpty())
            throw ApiError::validation("name", "required");
        checkUniqueName(ctx, req.userId, n, e.id);
        after["name"] = ss(n);
    }
    if (color.present)
        after["color"] = ss(readColor(color));
    if (after != e.body) {
        e.body = after;
        ctx.store->update(e);
    }
    return resource::single(e);
}

Response remove(AppContext &ctx, Request &req)
{
    const Entity e = ctx.store->get(req, contacts::kCategory, req.param(QStringLiteral("id")));
    checkIfMatch(req, e);
    // Every contact and campaign naming it loses it (a version each).
    for (Entity other : ctx.store->load(QStringLiteral("user_id = ? AND type IN ('contact', 'campaign')"
                                                       " AND EXISTS (SELECT 1 FROM json_each(body, '$.category_ids')"
                                                       " WHERE value = ?)"),
                                        {req.userId, e.id})) {
        QStringList ids = resource::toStringList(other.body["category_ids"]);
        ids.removeAll(e.id);
        other.body["category_ids"] = resource::stringArray(ids);
        ctx.store->update(other);
    }
    ctx.store->remove(e);
    return Response::noContent();
}

} // namespace

PITCHSIDE_ROUTES(categories)
{
    router.add("GET", QStringLiteral("/api/categories"), [&ctx](Request &r) {
        // A handful per user: the whole list, by name.
        json data = json::array();
        for (const Entity &e : ctx.store->load(QStringLiteral("user_id = ? AND type = 'contact_category'"), {r.userId},
                                               QStringLiteral("ORDER BY search, id")))
            data.push_back(e.body);
        return Response::ok(std::move(data));
    });
    router.add("POST", QStringLiteral("/api/categories"), [&ctx](Request &r) { return create(ctx, r); });
    router.add("GET", QStringLiteral("/api/categories/{id}"), [&ctx](Request &r) {
        return resource::single(ctx.store->get(r, contacts::kCategory, r.param(QStringLiteral("id"))));
    });
    router.add("PUT", QStringLiteral("/api/categories/{id}"), [&ctx](Request &r) { return put(ctx, r); });
    router.add("DELETE", QStringLiteral("/api/categories/{id}"), [&ctx](Request &r) { return remove(ctx, r); });
}
