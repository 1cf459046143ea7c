// /api/media (API.md §5): library list, detail, edit, delete (refused while
// a post uses the item) and the bytes of each variant.
#include "core/app_context.h"
#include "core/textutil.h"
#include "http/api_error.h"
#include "http/fields.h"
#include "http/router.h"
#include "modules/media_model.h"
#include "modules/resource_util.h"
#include "store/database.h"
#include "store/entity_store.h"

#include <QSqlQuery>

namespace {

Response list(AppContext &ctx, Request &req)
{
    QString where = QStringLiteral("user_id = ? AND type = 'media'");
    QVariantList binds{req.userId};
    if (const QString t = resource::queryEnum(req, QStringLiteral("type"), {"image", "video"}); !t.isEmpty()) {
        where += QStringLiteral(" AND status = ?");
        binds << t;
    }
    for (const QString &tag : req.queryValue(QStringLiteral("tags")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        where += QStringLiteral(" AND EXISTS (SELECT 1 FROM json_each(body, '$.tags') WHERE value = ?)");
        binds << tag.trimmed();
    }
    if (const QString s = req.queryValue(QStringLiteral("search")).trimmed(); !s.isEmpty()) {
        where += QStringLiteral(" AND search LIKE ? ESCAPE '\\'");
        binds << QLatin1Char('%') + textutil::likeEscape(textutil::fold(s)) + QLatin1Char('%');
    }
    return resource::keysetList(ctx, req, where, binds);
}

Response patch(AppContext &ctx, Request &req)
{
    Entity e = ctx.store->get(req, QStringLiteral("media"), req.param(QStringLiteral("id")));
    Fields f(req.jsonBody());
    json after = e.body;
    if (const auto v = f.strings("tags", Need::Optional, 50, 50); v.present)
        after["tags"] = resource::stringArray(v.value);
    if (const auto v = f.str("alt_text", Need::Nullable, 1000); v.present)
        after["alt_text"] = v.isSet() ? json(ss(v.value)) : json(nullptr);
    if (const auto v = f.str("filename", Need::Optional, 255, 1); v.present)
        after["filename"] = ss(v.value);
    checkIfMatch(req, e);
    if (after != e.body) {
        e.body = after;
        ctx.store->update(e);
    }
    return resource::single(e);
}

Response remove(AppContext &ctx, Request &req)
{
    const Entity e = ctx.store->get(req, QStringLiteral("media"), req.param(QStringLiteral("id")));
    checkIfMatch(req, e);
    QSqlQuery q = ctx.db->exec(QStringLiteral("SELECT id FROM entities WHERE user_id = ? AND type = 'post'"
                                              " AND EXISTS (SELECT 1 FROM json_each(body, '$.media_ids') WHERE value = ?)"
                                              " ORDER BY id"),
                               {req.userId, e.id});
    json users = json::array();
    while (q.next())
        users.push_back(ss(q.value(0).toString()));
    if (!users.empty())
        throw ApiError::rule("media_in_use", {{"post_ids", users}});
    ctx.db->exec(QStringLiteral("DELETE FROM blobs WHERE media_id = ?"), {e.id});
    ctx.store->remove(e);
    return Response::noContent();
}

Response content(AppContext &ctx, Request &req)
{
    const Entity e = ctx.store->get(req, QStringLiteral("media"), req.param(QStringLiteral("id")));
    const QString variant = req.hasQuery(QStringLiteral("variant")) ? req.queryValue(QStringLiteral("variant"))
                                                                    : QStringLiteral("original");
    if (!e.body["variants"].contains(ss(variant)) || !e.body["variants"][ss(variant)].is_object())
        throw ApiError::validation("variant", "enum", {{"allowed", [&] {
                                                            json names = json::array();
                                                            for (auto it = e.body["variants"].begin(); it != e.body["variants"].end(); ++it)
                                                                if (it.value().is_object())
                                                                    names.push_back(it.key());
                                                            return names;
                                                        }()}});
    QSqlQuery q = ctx.db->exec(QStringLiteral("SELECT mime_type, sha256, bytes FROM blobs WHERE media_id = ? AND variant IN (?, 'original')"
                                              " ORDER BY variant = 'original' LIMIT 1"),
                               {e.id, variant});
    if (!q.next())
        throw ApiError::notFound("media_content");
    Response r = Response::raw(q.value(2).toByteArray(), q.value(0).toByteArray());
    r.etag = '"' + q.value(1).toByteArray() + '"';
    r.header("Cache-Control", "private, max-age=86400");
    return r;
}

} // namespace

PITCHSIDE_ROUTES(media)
{
    router.add("GET", QStringLiteral("/api/media"), [&ctx](Request &r) { return list(ctx, r); });
    router.add("GET", QStringLiteral("/api/media/{id}"), [&ctx](Request &r) {
        return resource::single(ctx.store->get(r, QStringLiteral("media"), r.param(QStringLiteral("id"))));
    });
    router.add("PATCH", QStringLiteral("/api/media/{id}"), [&ctx](Request &r) { return patch(ctx, r); });
    router.add("DELETE", QStringLiteral("/api/media/{id}"), [&ctx](Request &r) { return remove(ctx, r); });
    router.add("GET", QStringLiteral("/api/media/{id}/content"), [&ctx](Request &r) { return content(ctx, r); });
}
