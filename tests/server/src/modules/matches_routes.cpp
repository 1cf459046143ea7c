// /api/matches (API.md §4, seed [A] §4.3): CRUD, PUT /{id}/score,
// /upcoming and a /calendar month view.
#include "core/app_context.h"
#include "core/textutil.h"
#include "core/timeutil.h"
#include "http/api_error.h"
#include "http/fields.h"
#include "http/router.h"
#include "modules/resource_util.h"
#include "modules/users_model.h"
#include "store/entity_store.h"

#include <QRegularExpression>

namespace {

const bool matchIndexer = [] {
    EntityStore::setIndexer(QStringLiteral("match"), [](Entity &e) {
        const json &b = e.body;
        e.profileId = b["profile_id"].is_string() ? qs(b["profile_id"].get<std::string>()) : QString();
        e.status = qs(b.value("status", std::string()));
        e.at = qs(b.value("match_date", std::string()));
        e.search = textutil::fold(qs(b["home_team"].value("name", std::string())) + QLatin1Char(' ')
                                  + qs(b["away_team"].value("name", std::string())) + QLatin1Char(' ')
                                  + qs(b.value("competition", std::string())));
    });
    return true;
}();

json team(const Fields &f, const char *key)
{
    const Fields t = f.child(key);
    const auto name = t.str("name", Need::Required, 100, 1);
    const auto logo = t.str("logo_url", Need::Nullable, 2000);
    const auto club = t.uuid("club_id", Need::Nullable);
    return {{"name", ss(name.value)}, {"logo_url", logo.isSet() ? json(ss(logo.value)) : json(nullptr)},
            {"club_id", club.isSet() ? json(ss(club.value)) : json(nullptr)}};
}

void applyFields(AppContext &ctx, const Request &req, const Fields &f, json &m, bool creating)
{
    const Need need = creating ? Need::Required : Need::Optional;
    if (const auto v = f.uuid("profile_id", Need::Optional); v) {
        users::requireProfile(ctx, req, v.value, "profile_id");
        m["profile_id"] = ss(v.value);
    }
    if (creating || f.has("home_team"))
        m["home_team"] = team(f, "home_team");
    if (creating || f.has("away_team"))
        m["away_team"] = team(f, "away_team");
    if (const auto v = f.time("match_date", need); v)
        m["match_date"] = ss(timeutil::iso(v.value));
    if (const auto v = f.str("venue", Need::Optional, 200); v.present)
        m["venue"] = ss(v.value);
    if (const auto v = f.str("competition", Need::Optional, 100); v.present)
        m["competition"] = ss(v.value);
    if (const auto v = f.oneOf("status", Need::Optional, {"upcoming", "live", "finished"}); v)
        m["status"] = ss(v.value);
    if (const auto v = f.integer("score_home", Need::Nullable, 0, 99); v.present)
        m["score_home"] = v.isSet() ? json(v.value) : json(nullptr);
    if (const auto v = f.integer("score_away", Need::Nullable, 0, 99); v.present)
        m["score_away"] = v.isSet() ? json(v.value) : json(nullptr);
    if (const auto v = f.uuids("document_ids", Need::Optional, 100); v.present)
        m["document_ids"] = resource::stringArray(v.value);
}

Response create(AppContext &ctx, Request &req)
{
    Fields f(req.jsonBody());
    const auto givenId = f.uuid("id", Need::Optional);
    QString id, hash;
    if (auto existing = resource::claimId(ctx, req, QStringLiteral("match"), givenId, &id, &hash))
        return resource::single(*existing);
    const QString profile = users::activeProfileId(ctx, req.userId);
    json m = {{"id", ss(id)}, {"profile_id", profile.isEmpty() ? json(nullptr) : json(ss(profile))},
              {"home_team", nullptr}, {"away_team", nullptr}, {"match_date", nullptr}, {"venue", ""},
              {"competition", ""}, {"status", "upcoming"}, {"score_home", nullptr}, {"score_away", nullptr},
              {"document_ids", json::array()}};
    applyFields(ctx, req, f, m, true);
    Entity e;
    e.id = id;
    e.type = QStringLiteral("match");
    e.userId = req.userId;
    e.createHash = hash;
    e.body = m;
    ctx.store->insert(e);
    return resource::single(e, 201);
}

Response update(AppContext &ctx, Request &req)
{
    Entity e = ctx.store->get(req, QStringLiteral("match"), req.param(QStringLiteral("id")));
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

Response score(AppContext &ctx, Request &req)
{
    Entity e = ctx.store->get(req, QStringLiteral("match"), req.param(QStringLiteral("id")));
    Fields f(req.jsonBody());
    const auto home = f.integer("score_home", Need::Required, 0, 99);
    const auto away = f.integer("score_away", Need::Required, 0, 99);
    const auto status = f.oneOf("status", Need::Optional, {"live", "finished"});
    checkIfMatch(req, e);
    json after = e.body;
    after["score_home"] = home.value;
    after["score_away"] = away.value;
    after["status"] = status.isSet() ? ss(status.value) : "finished";
    if (after != e.body) {
        e.body = after;
        ctx.store->update(e);
    }
    return resource::single(e);
}

Response list(AppContext &ctx, Request &req)
{
    QString where = QStringLiteral("user_id = ? AND type = 'match'");
    QVariantList binds{req.userId};
    if (const QString s = resource::queryEnum(req, QStringLiteral("status"), {"upcoming", "live", "finished"}); !s.isEmpty()) {
        where += QStringLiteral(" AND status = ?");
        binds << s;
    }
    if (req.hasQuery(QStringLiteral("profile_id"))) {
        where += QStringLiteral(" AND profile_id = ?");
        binds << req.queryValue(QStringLiteral("profile_id")).toLower();
    }
    if (const auto from = resource::queryTime(req, QStringLiteral("from"))) {
        where += QStringLiteral(" AND at >= ?");
        binds << *from;
    }
    if (const auto to = resource::queryTime(req, QStringLiteral("to"))) {
        where += QStringLiteral(" AND at < ?");
        binds << *to;
    }
    return resource::pagedList(ctx, req, where, binds, QStringLiteral("at DESC, id DESC"));
}

Response calendar(AppContext &ctx, Request &req)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(0[1-9]|1[0-2])$"));
    const QString month = req.hasQuery(QStringLiteral("month")) ? req.queryValue(QStringLiteral("month"))
                                                                : timeutil::now().toString(QStringLiteral("yyyy-MM"));
    const auto m = re.match(month);
    if (!m.hasMatch())
        throw ApiError::validation("month", "format", {{"expected", "YYYY-MM"}});
    const QDateTime start(QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1), QTime(0, 0), Qt::UTC);
    json days = json::object();
    int total = 0;
    for (const Entity &e : ctx.store->load(QStringLiteral("user_id = ? AND type = 'match' AND at >= ? AND at < ?"),
                                           {req.userId, timeutil::iso(start), timeutil::iso(start.addMonths(1))},
                                           QStringLiteral("ORDER BY at, id"))) {
        const std::string day = e.at.left(10).toStdString();
        if (!days.contains(day))
            days[day] = json::array();
        days[day].push_back(e.body);
        ++total;
    }
    Response r = Response::ok(days);
    r.meta = {{"month", ss(month)}, {"total", total}};
    return r;
}

} // namespace

PITCHSIDE_ROUTES(matches)
{
    router.add("GET", QStringLiteral("/api/matches"), [&ctx](Request &r) { return list(ctx, r); });
    router.add("POST", QStringLiteral("/api/matches"), [&ctx](Request &r) { return create(ctx, r); });
    router.add("GET", QStringLiteral("/api/matches/upcoming"), [&ctx](Request &r) {
        return resource::pagedList(ctx, r, QStringLiteral("user_id = ? AND type = 'match' AND status = 'upcoming' AND at >= ?"),
                                   {r.userId, timeutil::nowIso()}, QStringLiteral("at ASC, id ASC"));
    });
    router.add("GET", QStringLiteral("/api/matches/calendar"), [&ctx](Request &r) { return calendar(ctx, r); });
    router.add("GET", QStringLiteral("/api/matches/{id}"), [&ctx](Request &r) {
        return resource::single(ctx.store->get(r, QStringLiteral("match"), r.param(QStringLiteral("id"))));
    });
    router.add("PUT", QStringLiteral("/api/matches/{id}"), [&ctx](Request &r) { return update(ctx, r); });
    router.add("PUT", QStringLiteral("/api/matches/{id}/score"), [&ctx](Request &r) { return score(ctx, r); });
    router.add("DELETE", QStringLiteral("/api/matches/{id}"), [&ctx](Request &r) {
        const Entity e = ctx.store->get(r, QStringLiteral("match"), r.param(QStringLiteral("id")));
        checkIfMatch(r, e);
        ctx.store->remove(e);
        return Response::noContent();
    });
}
