// Publishing of due scheduled posts and publications, and their metrics.
// With no network the server stands in for the platforms
// (modules/post_publishing): clients get `post.status` live events and
// feed changes.
#include "core/app_context.h"
#include "core/jobs.h"
#include "core/log.h"
#include "core/timeutil.h"
#include "http/event_hub.h"
#include "modules/post_publishing.h"
#include "modules/publications_model.h"
#include "store/entity_store.h"

namespace {

void publishDue(AppContext &ctx)
{
    const QString now = timeutil::nowIso();
    // Due scheduled posts are handed to the networks ("publishing", which
    // the app shows at once), then published network by network. Posts the
    // app asked to publish now are already "publishing".
    for (Entity e : ctx.store->load(QStringLiteral("type = 'post' AND status = 'scheduled' AND at <= ?"), {now},
                                    QStringLiteral("ORDER BY at LIMIT 200"))) {
        e.body["status"] = "publishing";
        ctx.store->update(e);
        ctx.events->publish(e.userId, "post.status", {{"id", ss(e.id)}, {"status", "publishing"}, {"version", e.version}});
    }
    for (Entity e : ctx.store->load(QStringLiteral("type = 'post' AND status = 'publishing'"), {},
                                    QStringLiteral("ORDER BY at LIMIT 200"))) {
        postpublishing::publishPost(ctx, e);
        qCInfo(lcJobs) << "post" << e.id << e.status;
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
    // Audience figures rise after publishing (every 2 s in test mode).
    ctx.jobs->every(ctx.config.testMode ? 2000 : 60000, "publication_metrics",
                    [c] { postpublishing::growMetrics(*c); });
}
