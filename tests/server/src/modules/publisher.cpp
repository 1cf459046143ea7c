// Publishing of due scheduled posts and publications. With no network the
// server stands in for the platforms: a due item becomes published, its
// clients get a `post.status` live event and a feed change.
#include "core/app_context.h"
#include "core/jobs.h"
#include "core/log.h"
#include "core/timeutil.h"
#include "http/event_hub.h"
#include "modules/publications_model.h"
#include "store/entity_store.h"

namespace {

void publishDue(AppContext &ctx)
{
    // Two steps, as with a real platform: due posts go to "publishing",
    // and on the next run to "published".
    const QString now = timeutil::nowIso();
    for (Entity e : ctx.store->load(QStringLiteral("type = 'post' AND status = 'publishing' AND at <= ?"), {now},
                                    QStringLiteral("ORDER BY at LIMIT 200"))) {
        e.body["status"] = "published";
        e.body["published_at"] = ss(now);
        ctx.store->update(e);
        ctx.events->publish(e.userId, "post.status",
                            {{"id", ss(e.id)}, {"status", "published"}, {"version", e.version}, {"published_at", ss(now)}});
        qCInfo(lcJobs) << "published post" << e.id;
    }
    for (Entity e : ctx.store->load(QStringLiteral("type = 'post' AND status = 'scheduled' AND at <= ?"), {now},
                                    QStringLiteral("ORDER BY at LIMIT 200"))) {
        e.body["status"] = "publishing";
        ctx.store->update(e);
        ctx.events->publish(e.userId, "post.status", {{"id", ss(e.id)}, {"status", "publishing"}, {"version", e.version}});
    }
    for (Entity e : ctx.store->load(QStringLiteral("type = 'publication' AND status = 'scheduled' AND at <= ?"), {now},
                                    QStringLiteral("ORDER BY at LIMIT 200"))) {
        publications::publish(ctx, e);
        qCInfo(lcJobs) << "published publication" << e.id;
    }
}

} // namespace

PITCHSIDE_JOBS(publisher)
{
    if (ctx.config.publishIntervalSec <= 0)
        return;
    AppContext *c = &ctx;
    ctx.jobs->every(ctx.config.publishIntervalSec * 1000, "publisher", [c] { publishDue(*c); });
}
