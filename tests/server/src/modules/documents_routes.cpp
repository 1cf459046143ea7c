// /api/documents (API.md §4, seed [A] §4.1): generated visuals with page
// pagination, a light /cards view, generation, status, /ready and /stats.
#include "core/app_context.h"
#include "core/textutil.h"
#include "core/timeutil.h"
#include "http/api_error.h"
#include "http/fields.h"
#include "http/router.h"
#include "modules/documents_generation.h"
#include "modules/resource_util.h"
#include "modules/users_model.h"
#include "store/database.h"
#include "store/entity_store.h"

#include <QSqlQuery>

namespace {

const bool documentIndexer = [] {
    EntityStore::setIndexer(QStringLiteral("document"), [](Entity &e) {
        e.profileId = e.body["profile_id"].is_string() ? qs(e.body["profile_id"].get<std::string>()) : QString();
        e.status = qs(e.body.value("status", std::string()));
        e.search = textutil::fold(qs(e.body.value("title", std::string())));
        e.at = qs(e.body.value("category", std::string()));   // filtered with ?category=
    });
    return true;
}();

json card(const Entity &e)
{
    const json &b = e.body;
    return {{"id", b["id"]}, {"title", b["title"]}, {"type", b["type"]}, {"category", b["category"]},
            {"status", b["status"]},
            {"thumbnail_url", b["supports"].empty() ? json(nullptr) : b["supports"][0]["thumbnail_url"]},
            {"created_at", b["created_at"]}, {"version", e.version}};
}

void applyFields(AppContext &ctx, const Request &req, const Fields &f, json &doc, bool creating)
{
    const Need need = creating ? Need::Required : Need::Optional;
    if (const auto v = f.uuid("profile_id", Need::Optional); v) {
        users::requireProfile(ctx, req, v.value, "profile_id");
        doc["profile_id"] = ss(v.value);
    }
    if (const auto v = f.oneOf("type", need, {"match", "evenement", "sponsor", "custom"}); v)
        doc["type"] = ss(v.value);
    if (const auto v = f.str("category", need, 60, 1); v)
        doc["category"] = ss(v.value);
    if (const auto v = f.str("title", need, 200, 1); v)
        doc["title"] = ss(v.value.trimmed());
    if (const auto v = f.str("description", Need::Nullable, 2000); v.present)
        doc["description"] = v.isSet() ? json(ss(v.value)) : json(nullptr);
    if (const auto v = f.uuid("match_id", Need::Nullable); v.present)
        doc["match_id"] = v.isSet() ? json(ss(v.value)) : json(nullptr);
    if (const auto v = f.oneOf("status", Need::Optional, {"brouillon", "pret", "publie"}); v)
        doc["status"] = ss(v.value);
}

QString filters(const Request &req, QVariantList &binds)
{
    QString where = QStringLiteral("user_id = ? AND type = 'document'");
    binds << req.userId;
    if (req.hasQuery(QStringLiteral("profile_id"))) {
        where += QStringLiteral(" AND profile_id = ?");
        binds << req.queryValue(QStringLiteral("profile_id")).toLower();
    }
    if (const QString s = resource::queryEnum(req, QStringLiteral("status"), {"brouillon", "en_cours", "pret", "publie"});
        !s.isEmpty()) {
        where += QStringLiteral(" AND status = ?");
        binds << s;
    }
    if (req.hasQuery(QStringLiteral("category"))) {
        where += QStringLiteral(" AND at = ?");
        binds << req.queryValue(QStringLiteral("category"));
    }
    return where;
}

QString sortOf(const Request &req)
{
    const QString s = resource::queryEnum(req, QStringLiteral("sort"), {"created_at", "-created_at", "updated_at",
                                                                        "-updated_at", "title", "-title"});
    if (s.isEmpty())
        return QStringLiteral("created_at DESC, id DESC");
    const bool desc = s.startsWith(QLatin1Char('-'));
    const QString col = s.mid(desc ? 1 : 0);
    return (col == QLatin1String("title") ? QStringLiteral("search") : col) + (desc ? QStringLiteral(" DESC, id DESC")
                                                                                   : QStringLiteral(" ASC, id ASC"));
}

Response create(AppContext &ctx, Request &req)
{
    Fields f(req.jsonBody());
    const auto givenId = f.uuid("id", Need::Optional);
    QString id, hash;
    if (auto existing = resource::claimId(ctx, req, QStringLiteral("document"), givenId, &id, &hash))
        return resource::single(*existing);
    const QString profile = users::activeProfileId(ctx, req.userId);
    json doc = {{"id", ss(id)}, {"profile_id", profile.isEmpty() ? json(nullptr) : json(ss(profile))},
                {"type", "custom"}, {"category", ""}, {"title", ""}, {"description", nullptr},
                {"match_id", nullptr}, {"supports", json::array()}, {"status", "brouillon"},
                {"generation_started_at", nullptr}, {"generation_completed_at", nullptr}};
    applyFields(ctx, req, f, doc, true);
    Entity e;
    e.id = id;
    e.type = QStringLiteral("document");
    e.userId = req.userId;
    e.createHash = hash;
    e.body = doc;
    ctx.store->insert(e);
    return resource::single(e, 201);
}

Response update(AppContext &ctx, Request &req)
{
    Entity e = ctx.store->get(req, QStringLiteral("document"), req.param(QStringLiteral("id")));
    Fields f(req.jsonBody());
    json after = e.body;
    applyFields(ctx, req, f, after, false);
    checkIfMatch(req, e);
    if (after != e.body) {
        e.body = after;
        ctx.store->update(e);
    }
    return resource::single(e);
}

Response generate(AppContext &ctx, Request &req)
{
    Entity e = ctx.store->get(req, QStringLiteral("document"), req.param(QStringLiteral("id")));
    json supports = json::array({"post", "story"});
    if (!req.body.trimmed().isEmpty()) {
        Fields f(req.jsonBody());
        if (const auto v = f.strings("supports", Need::Optional, 4, 20, {"post", "reel", "affiche", "story"}, true, 1); v)
            supports = resource::stringArray(v.value);
    }
    checkIfMatch(req, e);
    if (e.status == QLatin1String("en_cours"))
        throw ApiError::conflict({QStringLiteral("La génération de ce document est déjà en cours."),
                                  QStringLiteral("This document is already being generated.")},
                                 {{"reason", "generation_in_progress"}});
    e.body["status"] = "en_cours";
    e.body["requested_supports"] = supports;
    e.body["generation_started_at"] = ss(timeutil::nowIso());
    e.body["generation_completed_at"] = nullptr;
    ctx.store->update(e);
    documents::scheduleGeneration(ctx, e.id);
    return resource::single(e, 202);
}

Response status(AppContext &ctx, Request &req)
{
    const Entity e = ctx.store->get(req, QStringLiteral("document"), req.param(QStringLiteral("id")));
    int progress = e.status == QLatin1String("brouillon") ? 0 : 100;
    if (e.status == QLatin1String("en_cours") && e.body["generation_started_at"].is_string()) {
        const auto started = timeutil::parse(qs(e.body["generation_started_at"].get<std::string>()));
        const qint64 ms = started ? started->msecsTo(timeutil::now()) : 0;
        progress = int(std::min<qint64>(95, ms * 100 / std::max(1, ctx.config.generationDelayMs)));
    }
    return Response::ok({{"id", ss(e.id)}, {"status", ss(e.status)}, {"progress", progress},
                         {"generation_started_at", e.body["generation_started_at"]},
                         {"generation_completed_at", e.body["generation_completed_at"]},
                         {"supports_count", e.body["supports"].size()}});
}

Response stats(AppContext &ctx, Request &req)
{
    json byStatus = {{"brouillon", 0}, {"en_cours", 0}, {"pret", 0}, {"publie", 0}};
    json byCategory = json::object(), byType = json::object();
    qint64 total = 0, generated = 0;
    for (const Entity &e : ctx.store->load(QStringLiteral("user_id = ? AND type = 'document'"), {req.userId})) {
        ++total;
        byStatus[ss(e.status)] = byStatus.value(ss(e.status), 0) + 1;
        const std::string cat = e.body.value("category", std::string());
        byCategory[cat] = byCategory.value(cat, 0) + 1;
        const std::string type = e.body.value("type", std::string());
        byType[type] = byType.value(type, 0) + 1;
        generated += e.body["supports"].empty() ? 0 : 1;
    }
    return Response::ok({{"total", total}, {"generated", generated}, {"published", byStatus["publie"]},
                         {"by_status", byStatus}, {"by_category", byCategory}, {"by_type", byType}});
}

} // namespace

PITCHSIDE_ROUTES(documents)
{
    router.add("GET", QStringLiteral("/api/documents"), [&ctx](Request &r) {
        QVariantList binds;
        const QString where = filters(r, binds);
        return resource::pagedList(ctx, r, where, binds, sortOf(r));
    });
    router.add("GET", QStringLiteral("/api/documents/cards"), [&ctx](Request &r) {
        QVariantList binds;
        const QString where = filters(r, binds);
        return resource::pagedList(ctx, r, where, binds, sortOf(r), card);
    });
    router.add("GET", QStringLiteral("/api/documents/ready"), [&ctx](Request &r) {
        QVariantList binds;
        const QString where = filters(r, binds) + QStringLiteral(" AND status = 'pret'");
        return resource::pagedList(ctx, r, where, binds, sortOf(r));
    });
    router.add("GET", QStringLiteral("/api/documents/stats"), [&ctx](Request &r) { return stats(ctx, r); });
    router.add("POST", QStringLiteral("/api/documents"), [&ctx](Request &r) { return create(ctx, r); });
    router.add("GET", QStringLiteral("/api/documents/{id}"), [&ctx](Request &r) {
        return resource::single(ctx.store->get(r, QStringLiteral("document"), r.param(QStringLiteral("id"))));
    });
    router.add("PUT", QStringLiteral("/api/documents/{id}"), [&ctx](Request &r) { return update(ctx, r); });
    router.add("DELETE", QStringLiteral("/api/documents/{id}"), [&ctx](Request &r) {
        const Entity e = ctx.store->get(r, QStringLiteral("document"), r.param(QStringLiteral("id")));
        checkIfMatch(r, e);
        ctx.store->remove(e);
        return Response::noContent();
    });
    router.add("POST", QStringLiteral("/api/documents/{id}/generate"), [&ctx](Request &r) { return generate(ctx, r); })
        .limit = Limit::Generation;
    router.add("GET", QStringLiteral("/api/documents/{id}/status"), [&ctx](Request &r) { return status(ctx, r); });
}
