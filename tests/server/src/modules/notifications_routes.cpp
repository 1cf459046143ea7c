// /api/notifications (API.md §6, seed [S] 004): what the server tells a
// user about (a message, a publication's outcome, an account to
// reconnect…), read marks and deletion. Storage: modules/inbox_model.
#include "core/app_context.h"
#include "http/api_error.h"
#include "http/router.h"
#include "modules/inbox_model.h"
#include "modules/inbox_util.h"
#include "modules/resource_util.h"

namespace {

Response withVersion(json item)
{
    const qint64 version = item["version"].get<qint64>();
    Response r = Response::ok(std::move(item));
    r.withVersionEtag(version);
    return r;
}

Response list(AppContext &ctx, Request &req)
{
    const qint64 page = resource::queryInt(req, QStringLiteral("page"), 1, 1, 1000000);
    const qint64 limit = resource::queryInt(req, QStringLiteral("limit"), 20, 1, 50);
    const qint64 total = inbox::countNotifications(ctx, req.userId, false);
    Response r = Response::ok(inbox::listNotifications(ctx, req.userId, limit, (page - 1) * limit));
    const qint64 pages = total == 0 ? 0 : (total + limit - 1) / limit;
    r.pagination = {{"page", page},         {"limit", limit},           {"total", total},
                    {"total_pages", pages}, {"has_next", page < pages}, {"has_prev", page > 1}};
    // The bell's badge comes with the list (seed [S]'s "compteur unread").
    r.meta = {{"unread_count", inbox::countNotifications(ctx, req.userId, true)}};
    return r;
}

Response remove(AppContext &ctx, Request &req)
{
    // Whatever changed meanwhile (read elsewhere), a deleted notification is
    // wanted gone: a stale If-Match is no conflict.
    const json item = inbox::notificationOf(ctx, req.param(QStringLiteral("id")), req.userId);
    inbox::deleteNotification(ctx, item, req.userId);
    return Response::noContent();
}

} // namespace

PITCHSIDE_ROUTES(notifications)
{
    router.add("GET", QStringLiteral("/api/notifications"), inbox::listingFields([&ctx](Request &r) { return list(ctx, r); }));
    router.add("GET", QStringLiteral("/api/notifications/unread/count"), [&ctx](Request &r) {
        return Response::ok({{"count", inbox::countNotifications(ctx, r.userId, true)}});
    });
    router.add("POST", QStringLiteral("/api/notifications/read-all"), [&ctx](Request &r) {
        return Response::ok({{"count", inbox::readAllNotifications(ctx, r.userId)}});
    });
    router.add("POST", QStringLiteral("/api/notifications/{id}/read"), [&ctx](Request &r) {
        return withVersion(inbox::readNotification(ctx, r.param(QStringLiteral("id")), r.userId));
    });
    router.add("DELETE", QStringLiteral("/api/notifications/{id}"),
               inbox::listingFields([&ctx](Request &r) { return remove(ctx, r); }));
}
