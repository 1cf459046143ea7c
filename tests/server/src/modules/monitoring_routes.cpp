// /api/monitoring (docs/api/campaigns.md, seed 003 §10): the user's
// WhatsApp traffic of the current UTC day against the daily limit, the
// capacity left, and the per-day history. Computed from the campaign
// messages (not synced: the client computes the same from its copy).
#include "core/app_context.h"
#include "core/timeutil.h"
#include "http/router.h"
#include "modules/campaign_model.h"
#include "modules/monitoring_levels.h"
#include "modules/resource_util.h"

#include <cmath>

namespace {

double interactionRate(const campaigns::Day &d) { return d.message1 == 0 ? 0.0 : double(d.replies) / double(d.message1); }

Response stats(AppContext &ctx, Request &req)
{
    const campaigns::Day d = campaigns::today(ctx, req.userId);
    const qint64 limit = ctx.config.campaignDailyLimit;
    const double errorRate = d.total() + d.errors == 0 ? 0.0 : double(d.errors) / double(d.total() + d.errors);
    return Response::ok({{"date", ss(d.date.toString(Qt::ISODate))},
                         {"message_1", d.message1},
                         {"message_2", d.message2},
                         {"errors", d.errors},
                         {"total", d.total()},
                         {"limit", limit},
                         {"percent", 100.0 * double(d.total()) / double(limit)},
                         {"level", monitoring::level(d.total(), limit)},
                         {"error_rate", errorRate},
                         {"error_alert", errorRate > 0.10},
                         {"interaction_rate", interactionRate(d)}});
}

Response capacity(AppContext &ctx, Request &req)
{
    const campaigns::Day d = campaigns::today(ctx, req.userId);
    const qint64 limit = ctx.config.campaignDailyLimit;
    const double rate = interactionRate(d);
    const qint64 left = limit - d.total();
    return Response::ok({{"limit", limit},
                         {"sent", d.total()},
                         {"remaining", std::max<qint64>(0, left)},
                         {"interaction_rate", rate},
                         {"capacity", std::max<qint64>(0, qint64(std::floor(double(left) / (1.0 + rate))))}});
}

Response history(AppContext &ctx, Request &req)
{
    const qint64 n = resource::queryInt(req, QStringLiteral("days"), 30, 1, 90);
    const QDate to = timeutil::now().date();
    json rows = json::array();
    for (const campaigns::Day &d : campaigns::days(ctx, req.userId, to.addDays(-(n - 1)), to))
        rows.push_back({{"date", ss(d.date.toString(Qt::ISODate))},
                        {"message_1", d.message1},
                        {"message_2", d.message2},
                        {"errors", d.errors}});
    return Response::ok(std::move(rows));
}

} // namespace

PITCHSIDE_ROUTES(monitoring)
{
    router.add("GET", QStringLiteral("/api/monitoring/stats"), [&ctx](Request &r) { return stats(ctx, r); });
    router.add("GET", QStringLiteral("/api/monitoring/capacity"), [&ctx](Request &r) { return capacity(ctx, r); });
    router.add("GET", QStringLiteral("/api/monitoring/history"), [&ctx](Request &r) { return history(ctx, r); });
}
