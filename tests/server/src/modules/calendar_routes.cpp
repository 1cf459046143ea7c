// GET /api/calendar/posts?month= and PATCH /api/calendar/posts/{id}/schedule
// (API.md §4, seed [P] calendar endpoints).
#include "core/app_context.h"
#include "core/textutil.h"
#include "core/timeutil.h"
#include "http/api_error.h"
#include "http/fields.h"
#include "http/router.h"
#include "modules/post_model.h"
#include "modules/resource_util.h"
#include "store/entity_store.h"

#include <QRegularExpression>

namespace {

json summary(const Entity &e)
{
    const json &b = e.body;
    return {{"id", b["id"]},
            {"profile_id", b["profile_id"]},
            {"platforms", b["platforms"]},
            {"content_preview", ss(textutil::preview(qs(b["content"].get<std::string>()), 100))},
            {"status", b["status"]},
            {"scheduled_at", b["scheduled_at"]},
            {"published_at", b["published_at"]},
            {"media_count", b["media_ids"].size()},
            {"first_media_id", b["media_ids"].empty() ? json(nullptr) : b["media_ids"][0]},
            {"version", e.version}};
}

Response month(AppContext &ctx, Request &req)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(0[1-9]|1[0-2])$"));
    if (!req.hasQuery(QStringLiteral("month")))
        throw ApiError::validation("month", "required");
    const auto m = re.match(req.queryValue(QStringLiteral("month")));
    if (!m.hasMatch())
        throw ApiError::validation("month", "format", {{"expected", "YYYY-MM"}});
    const QDateTime start(QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1), QTime(0, 0), Qt::UTC);
    QString where = QStringLiteral("user_id = ? AND type = 'post' AND at >= ? AND at < ?"
                                   " AND (json_extract(body, '$.scheduled_at') IS NOT NULL"
                                   " OR json_extract(body, '$.published_at') IS NOT NULL)");
    QVariantList binds{req.userId, timeutil::iso(start), timeutil::iso(start.addMonths(1))};
    if (req.hasQuery(QStringLiteral("profile_id"))) {
        where += QStringLiteral(" AND profile_id = ?");
        binds << req.queryValue(QStringLiteral("profile_id")).toLower();
    }
    json days = json::object();
    json byStatus = {{"draft", 0}, {"scheduled", 0}, {"publishing", 0}, {"published", 0}, {"failed", 0}};
    int total = 0;
    for (const Entity &e : ctx.store->load(where, binds, QStringLiteral("ORDER BY at, id"))) {
        const std::string day = e.at.left(10).toStdString();
        if (!days.contains(day))
            days[day] = json::array();
        days[day].push_back(summary(e));
        byStatus[ss(e.status)] = byStatus[ss(e.status)].get<int>() + 1;
        ++total;
    }
    Response r = Response::ok(days);
    r.meta = {{"month", ss(req.queryValue(QStringLiteral("month")))}, {"total_posts", total}, {"by_status", byStatus}};
    return r;
}

Response schedule(AppContext &ctx, Request &req)
{
    Entity e = ctx.store->get(req, QStringLiteral("post"), req.param(QStringLiteral("id")));
    Fields f(req.jsonBody());
    const auto when = f.time("scheduled_at", Need::Required);
    checkIfMatch(req, e);
    if (e.status == QLatin1String("published"))
        throw ApiError::rule("published_post_immutable", {{"field", "scheduled_at"}});
    json after = e.body;
    after["status"] = "scheduled";
    after["scheduled_at"] = ss(timeutil::iso(when.value));
    after["error_message"] = nullptr;
    posts::checkRules(ctx, req, e.body, after, {QStringLiteral("status"), QStringLiteral("scheduled_at")});
    if (after != e.body) {
        e.body = after;
        ctx.store->update(e);
    }
    Response r = resource::single(e);
    if (const json w = posts::slotWarning(ctx, req.userId, e.body); !w.is_null())
        r.meta["warning"] = w;
    return r;
}

} // namespace

PITCHSIDE_ROUTES(calendar)
{
    router.add("GET", QStringLiteral("/api/calendar/posts"), [&ctx](Request &r) { return month(ctx, r); });
    router.add("PATCH", QStringLiteral("/api/calendar/posts/{id}/schedule"),
               [&ctx](Request &r) { return schedule(ctx, r); });
}
