// GET /api/sync/changes (the replication feed) and GET /api/events/stream
// (live hints), API.md §3 and docs/api/README.md "Changes feed".
#include "core/app_context.h"
#include "http/api_error.h"
#include "http/event_hub.h"
#include "http/router.h"
#include "modules/seed_shapes.h"
#include "store/feed.h"

namespace {

qint64 queryInt(const Request &req, const QString &key, qint64 fallback, qint64 min, qint64 max)
{
    if (!req.hasQuery(key))
        return fallback;
    bool ok = false;
    const qint64 v = req.queryValue(key).toLongLong(&ok);
    if (!ok)
        throw ApiError::validation(ss(key), "type", {{"expected", "integer"}});
    if (v < min || v > max)
        throw ApiError::validation(ss(key), "range", {{"min", min}, {"max", max}});
    return v;
}

Response changes(AppContext &ctx, Request &req)
{
    const qint64 since = queryInt(req, QStringLiteral("since"), 0, 0, std::numeric_limits<qint64>::max());
    int limit = int(queryInt(req, QStringLiteral("limit"), 500, 1, 1000));
    const bool pageNumbered = ctx.config.shape == Config::Shape::Artywiz;
    if (pageNumbered)
        limit = std::min(limit, 50); // "limit (défaut: 20, max: 50)", Artywiz §5.1
    Feed &feed = *ctx.feed;
    if (since > 0) {
        const qint64 horizon = feed.horizon();
        if (since < horizon)
            throw ApiError::gone({QStringLiteral("Historique de synchronisation expiré : resynchronisation complète nécessaire."),
                                  QStringLiteral("Sync history expired: a full resync is needed.")},
                                 {{"reason", "since_too_old"}, {"horizon", horizon}});
        const qint64 last = feed.lastSeq();
        if (since > last)
            throw ApiError::gone({QStringLiteral("Ce point de synchronisation est inconnu du serveur : resynchronisation complète nécessaire."),
                                  QStringLiteral("The server does not know this sync point: a full resync is needed.")},
                                 {{"reason", "since_ahead"}, {"last_seq", last}});
    }
    Feed::ItemPresenter present;
    if (ctx.config.shape == Config::Shape::Smp)
        present = [&ctx](const QString &type, QByteArray &item, qint64 &version) {
            shapes::presentFeedItem(ctx, type, item, version);
        };
    const Feed::PageText page = feed.page(req.userId, since, limit, present, !pageNumbered);
    Response r;
    r.rawData = page.data;
    if (pageNumbered) {
        // Pages counted from `since`: this one is page 1 of what is left.
        const qint64 pages = page.remaining == 0 ? 1 : (page.remaining + limit - 1) / limit;
        r.pagination = {{"page", 1},           {"limit", limit},          {"total", page.remaining},
                        {"total_pages", pages}, {"has_next", page.more}, {"has_prev", false}};
    }
    return r;
}

Response stream(AppContext &ctx, Request &req)
{
    ctx.events->attach(req.socket, req.userId, req.sessionId, req.requestId.toLatin1(),
                       ctx.feed->userLastSeq(req.userId));
    return Response::takeover();
}

} // namespace

PITCHSIDE_ROUTES(sync)
{
    router.add("GET", QStringLiteral("/api/sync/changes"), [&ctx](Request &r) { return changes(ctx, r); });
    router.add("GET", QStringLiteral("/api/events/stream"), [&ctx](Request &r) { return stream(ctx, r); });
}
