// /api/test/* — only with --test-mode, no authentication, never used by the
// app. Fault injection for client tests and the introspection they need.
// Documented in tests/server/README.md and under the OpenAPI tag test-mode.
#include "auth/sessions.h"
#include "core/app_context.h"
#include "faults/fault_injector.h"
#include "http/api_error.h"
#include "http/event_hub.h"
#include "http/fields.h"
#include "http/router.h"
#include "modules/users_model.h"
#include "store/database.h"
#include "store/feed.h"

#include <QSqlQuery>

namespace {

QString matchOf(const Fields &f)
{
    return f.str("match", Need::Optional, 300).value.trimmed();
}

double rateOf(const Fields &f)
{
    const auto v = f.raw().find("rate");
    if (v == f.raw().end())
        throw ApiError::validation("rate", "required");
    if (!v->is_number() || v->get<double>() < 0.0 || v->get<double>() > 1.0)
        throw ApiError::validation("rate", "range", {{"min", 0}, {"max", 1}});
    return v->get<double>();
}

Response faults(AppContext &ctx) { return Response::ok(ctx.faults->toJson()); }

Response setLatency(AppContext &ctx, Request &req)
{
    Fields f(req.jsonBody());
    ctx.faults->latency.ms = int(f.integer("ms", Need::Required, 0, 600000).value);
    ctx.faults->latency.jitterMs = int(f.integer("jitter_ms", Need::Optional, 0, 600000).value);
    ctx.faults->latency.match = matchOf(f);
    return faults(ctx);
}

Response setErrors(AppContext &ctx, Request &req)
{
    Fields f(req.jsonBody());
    FaultInjector::Errors e;
    e.rate = rateOf(f);
    const auto status = f.integer("status", Need::Optional, 0, 503);
    e.status = status.isSet() ? int(status.value) : 500;
    if (e.status != 0 && e.status != 500 && e.status != 503)
        throw ApiError::validation("status", "enum", {{"allowed", {0, 500, 503}}});
    const auto count = f.integer("count", Need::Optional, 1, 1000000);
    e.remaining = count.isSet() ? int(count.value) : -1;
    const auto retry = f.integer("retry_after", Need::Optional, 0, 3600);
    e.retryAfter = retry.isSet() ? int(retry.value) : 1;
    e.match = matchOf(f);
    ctx.faults->errors = e;
    return faults(ctx);
}

Response setDrops(AppContext &ctx, Request &req)
{
    Fields f(req.jsonBody());
    FaultInjector::Drops d;
    d.rate = rateOf(f);
    const auto mode = f.oneOf("mode", Need::Optional, {"before", "after_write"});
    d.afterWrite = mode.isSet() && mode.value == QLatin1String("after_write");
    const auto count = f.integer("count", Need::Optional, 1, 1000000);
    d.remaining = count.isSet() ? int(count.value) : -1;
    d.match = matchOf(f);
    ctx.faults->drops = d;
    return faults(ctx);
}

Response forceRateLimit(AppContext &ctx, Request &req)
{
    Fields f(req.jsonBody());
    ctx.faults->forced429.remaining = int(f.integer("count", Need::Required, 0, 1000000).value);
    const auto retry = f.integer("retry_after", Need::Optional, 0, 3600);
    ctx.faults->forced429.retryAfter = retry.isSet() ? int(retry.value) : 1;
    ctx.faults->forced429.match = matchOf(f);
    return faults(ctx);
}

Response corrupt(AppContext &ctx, Request &req)
{
    Fields f(req.jsonBody());
    FaultInjector::Corruption c;
    c.match = f.str("match", Need::Required, 300, 1).value.trimmed();
    c.remaining = int(f.integer("count", Need::Optional, 1, 1000000).isSet()
                          ? f.integer("count", Need::Optional, 1, 1000000).value : 1);
    const auto mode = f.oneOf("mode", Need::Optional, {"malformed", "truncated", "short_read", "trickle"});
    c.mode = mode.isSet() ? mode.value.toLatin1() : QByteArray("malformed");
    const auto interval = f.integer("interval_ms", Need::Optional, 1, 600000);
    c.intervalMs = interval.isSet() ? int(interval.value) : 5000;
    ctx.faults->corruptions.append(c);
    return faults(ctx);
}

Response cannedAnswer(AppContext &ctx, Request &req)
{
    const json &b = req.jsonBody();
    Fields f(b);
    CannedAnswer c;
    c.match = f.str("match", Need::Required, 300, 1).value.trimmed();
    const auto count = f.integer("count", Need::Optional, 1, 1000000);
    c.remaining = count.isSet() ? int(count.value) : 1;
    const auto status = f.integer("status", Need::Optional, 100, 599);
    c.status = status.isSet() ? int(status.value) : 200;
    c.contentType = f.str("content_type", Need::Optional, 200).value.toLatin1();
    const auto base64 = f.str("body_base64", Need::Optional, 20000000);
    if (base64.isSet())
        c.body = QByteArray::fromBase64(base64.value.toLatin1());
    else if (b.contains("body"))
        c.body = QByteArray::fromStdString(b["body"].dump());
    if (c.contentType.isEmpty())
        c.contentType = "application/json";
    ctx.faults->canned.append(c);
    return faults(ctx);
}

QString userOf(AppContext &ctx, Fields &f)
{
    const auto email = f.str("email", Need::Required, 254);
    const QString id = users::idByEmail(ctx, email.value.trimmed().toLower());
    if (id.isEmpty())
        throw ApiError::notFound("user");
    return id;
}

// A feed entry exactly as given (id, item), unchecked: what a broken or
// hostile server sends. Lands at a new seq, with a live hint.
Response rawFeedEntry(AppContext &ctx, Request &req)
{
    const json &b = req.jsonBody();
    Fields f(b);
    const QString user = userOf(ctx, f);
    const QString type = f.str("type", Need::Required, 100, 1).value;
    const QString id = f.str("id", Need::Required, 1000, 1).value;
    const qint64 version = f.integer("version", Need::Optional, 0, 1LL << 40).value;
    const bool remove = b.value("op", std::string("upsert")) == "delete";
    const json item = b.contains("item") ? b["item"] : json::object();
    // The pipeline's transaction commits it and sends the live hint.
    ctx.feed->record(user, type, id, remove ? Feed::Op::Delete : Feed::Op::Upsert, version,
                     QString::fromStdString(item.dump()));
    return Response::ok({{"seq", ctx.feed->lastSeq()}});
}

// Changes the stored JSON of an entity (what GET and the feed's copy
// answer) by a merge patch, with no new seq and no check: a server with a
// bug, then the same server fixed.
Response rawEntityBody(AppContext &ctx, Request &req)
{
    const json &b = req.jsonBody();
    Fields f(b);
    const QString id = f.str("id", Need::Required, 100, 1).value;
    QSqlQuery q = ctx.db->exec(QStringLiteral("SELECT body FROM entities WHERE id = ?"), {id});
    if (!q.next())
        throw ApiError::notFound("entity");
    json body = json::parse(q.value(0).toString().toStdString());
    body.merge_patch(b.contains("merge") ? b["merge"] : json::object());
    const QString text = QString::fromStdString(body.dump());
    ctx.db->exec(QStringLiteral("UPDATE entities SET body = ? WHERE id = ?"), {text, id});
    ctx.db->exec(QStringLiteral("UPDATE changes SET item = ? WHERE entity_id = ? AND op = 'upsert'"), {text, id});
    return Response::ok(body);
}

Response revokeRefresh(AppContext &ctx, Request &req)
{
    Fields f(req.jsonBody());
    const auto email = f.str("email", Need::Optional, 254);
    const auto userId = f.uuid("user_id", Need::Optional);
    const QString id = userId.isSet() ? userId.value : users::idByEmail(ctx, email.value.trimmed().toLower());
    if (id.isEmpty())
        throw ApiError::notFound("user");
    return Response::ok({{"user_id", ss(id)}, {"revoked", ctx.sessions->deleteRefreshTokensOf(id)}});
}

Response uploadCounts(AppContext &ctx, Request &req)
{
    const QString id = req.param(QStringLiteral("upload_id"));
    QSqlQuery u = ctx.db->exec(QStringLiteral("SELECT total_chunks, media_id FROM uploads WHERE id = ?"), {id});
    if (!u.next())
        throw ApiError::notFound("upload");
    QSqlQuery q = ctx.db->exec(QStringLiteral("SELECT idx, resends FROM upload_chunks WHERE upload_id = ? ORDER BY idx"), {id});
    json resends = json::object();
    json received = json::array();
    while (q.next()) {
        resends[std::to_string(q.value(0).toInt())] = q.value(1).toInt();
        received.push_back(q.value(0).toInt());
    }
    return Response::ok({{"upload_id", ss(id)},
                         {"total_chunks", u.value(0).toInt()},
                         {"completed", !u.value(1).isNull()},
                         {"received", received},
                         {"resends", resends}});
}

} // namespace

PITCHSIDE_ROUTES(test)
{
    if (!ctx.config.testMode)
        return;
    auto add = [&](const QByteArray &method, const char *path, Handler h) {
        Route &r = router.add(method, QLatin1String(path), std::move(h));
        r.access = Access::TestMode;
        r.limit = Limit::None;
    };
    add("GET", "/api/test/faults", [&ctx](Request &) { return faults(ctx); });
    add("PUT", "/api/test/faults/latency", [&ctx](Request &r) { return setLatency(ctx, r); });
    add("PUT", "/api/test/faults/errors", [&ctx](Request &r) { return setErrors(ctx, r); });
    add("PUT", "/api/test/faults/drops", [&ctx](Request &r) { return setDrops(ctx, r); });
    add("POST", "/api/test/faults/rate-limit", [&ctx](Request &r) { return forceRateLimit(ctx, r); });
    add("POST", "/api/test/faults/corrupt", [&ctx](Request &r) { return corrupt(ctx, r); });
    add("POST", "/api/test/faults/answer", [&ctx](Request &r) { return cannedAnswer(ctx, r); });
    add("POST", "/api/test/feed/raw", [&ctx](Request &r) { return rawFeedEntry(ctx, r); });
    add("POST", "/api/test/entities/raw", [&ctx](Request &r) { return rawEntityBody(ctx, r); });
    add("POST", "/api/test/reset-faults", [&ctx](Request &) {
        ctx.faults->reset();
        ctx.faults->resetCounts();
        return faults(ctx);
    });
    add("POST", "/api/test/tokens/expire", [&ctx](Request &) {
        ctx.sessions->expireAllAccessTokens();
        return Response::ok({{"expired", true}});
    });
    add("POST", "/api/test/tokens/revoke-refresh", [&ctx](Request &r) { return revokeRefresh(ctx, r); });
    add("POST", "/api/test/feed/compact", [&ctx](Request &) {
        return Response::ok({{"horizon", ctx.feed->compactAll()}});
    });
    add("GET", "/api/test/uploads/{upload_id}", [&ctx](Request &r) { return uploadCounts(ctx, r); });
    add("GET", "/api/test/requests", [&ctx](Request &) { return Response::ok(ctx.faults->requestCounts()); });
    add("GET", "/api/test/streams", [&ctx](Request &) { return Response::ok({{"open", ctx.events->streamCount()}}); });
    // Streams stay open but carry no event (change, message.new…): how a
    // client's polling fallback is tested. reset-faults unmutes.
    add("POST", "/api/test/events/mute", [&ctx](Request &r) {
        Fields f(r.jsonBody());
        ctx.faults->eventsMuted = f.boolean("muted", Need::Required).value;
        return Response::ok({{"muted", ctx.faults->eventsMuted}});
    });
    add("POST", "/api/test/streams/close", [&ctx](Request &) {
        const int n = ctx.events->streamCount();
        ctx.events->closeAll();
        return Response::ok({{"closed", n}});
    });
}
