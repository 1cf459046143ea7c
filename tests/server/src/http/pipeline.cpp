#include "pipeline.h"

#include "auth/rate_limiter.h"
#include "auth/sessions.h"
#include "core/app_context.h"
#include "core/ids.h"
#include "core/log.h"
#include "core/timeutil.h"
#include "http/api_error.h"
#include "http/gzip.h"
#include "http/idempotency.h"
#include "http/wire.h"
#include "store/database.h"
#include "store/feed.h"

#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

Lang parseAcceptLanguage(const QByteArray &header)
{
    // Highest q between fr and en; French is the default (the users' language).
    double fr = -1, en = -1;
    int order = 0, frOrder = 1000, enOrder = 1000;
    for (const QByteArray &item : header.split(',')) {
        const QList<QByteArray> parts = item.trimmed().split(';');
        const QByteArray tag = parts.value(0).trimmed().toLower();
        double q = 1.0;
        for (int i = 1; i < parts.size(); ++i)
            if (parts[i].trimmed().startsWith("q="))
                q = parts[i].trimmed().mid(2).toDouble();
        if ((tag == "fr" || tag.startsWith("fr-")) && q > fr)
            fr = q, frOrder = order;
        if ((tag == "en" || tag.startsWith("en-")) && q > en)
            en = q, enOrder = order;
        ++order;
    }
    if (en > 0 && (en > fr || (en == fr && enOrder < frOrder)))
        return Lang::En;
    return Lang::Fr;
}

void Pipeline::handle(std::shared_ptr<Request> req)
{
    req->timer.start();
    static const QRegularExpression safeId(QStringLiteral("^[A-Za-z0-9._:-]{1,128}$"));
    const QString given = QString::fromLatin1(req->header("x-request-id"));
    req->requestId = safeId.match(given).hasMatch() ? given : ids::requestId();
    req->lang = parseAcceptLanguage(req->header("accept-language"));

    if (m_ctx.config.testMode && !req->path.startsWith(QLatin1String("/api/test/"))) {
        if (const std::optional<CannedAnswer> canned = m_ctx.faults->takeCanned(*req)) {
            qCDebug(lcFaults) << "canned answer to" << req->method << req->path;
            m_ctx.faults->countRequest(*req);
            Response r = Response::raw(canned->body, canned->contentType, canned->status);
            send(*req, r, {}, {});
            return;
        }
    }
    const Router::Match m = m_router.match(req->method, req->path);
    if (!m.route) {
        m_ctx.faults->countRequest(*req);
        Response r = m.allowedMethods.isEmpty()
            ? errorResponse(ApiError::routeNotFound(req->path))
            : errorResponse(ApiError::methodNotAllowed(m.allowedMethods));
        send(*req, r, {}, {});
        return;
    }
    req->route = m.route->key();
    req->params = m.params;
    m_ctx.faults->countRequest(*req);

    FaultDecision faults;
    if (m_ctx.config.testMode && m.route->access != Access::TestMode)
        faults = m_ctx.faults->decide(*req);
    if (faults.latencyMs > 0) {
        qCDebug(lcFaults) << "delaying" << req->route << faults.latencyMs << "ms";
        const Route *route = m.route;
        QTimer::singleShot(faults.latencyMs, [this, req, route, faults] { process(req, *route, faults); });
        return;
    }
    process(req, *m.route, faults);
}

void Pipeline::process(const std::shared_ptr<Request> &req, const Route &route, FaultDecision faults)
{
    if (!req->socket || req->socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (faults.forced429RetryAfter > 0) {
        Response r = errorResponse(ApiError::rateLimited(faults.forced429RetryAfter, "test"));
        send(*req, r, {}, {});
        return;
    }
    if (faults.dropBefore) {
        qCDebug(lcFaults) << "dropping" << req->route << "before handling";
        req->socket->abort();
        return;
    }
    if (faults.errorStatus > 0) {
        Response r = errorResponse(faults.errorStatus == 503 ? ApiError::unavailable(faults.errorRetryAfter)
                                                             : ApiError::serverError());
        send(*req, r, {}, {});
        return;
    }
    RateHeaders rate;
    Response resp = run(*req, route, rate);
    if (resp.takenOver)
        return;
    if (faults.dropAfterWrite && req->socket) {
        qCDebug(lcFaults) << "dropping" << req->route << "after handling";
        req->socket->abort();
        return;
    }
    send(*req, resp, faults, rate);
}

void Pipeline::checkRateLimit(Request &req, const Route &route, RateHeaders &rate)
{
    if (route.limit == Limit::None)
        return;
    const QString who = req.userId.isEmpty() ? QStringLiteral("ip:") + req.remote.toString()
                                             : QStringLiteral("user:") + req.userId;
    auto apply = [&](const QString &scope, int limit) {
        const auto d = m_ctx.limiter->hit(who + QLatin1Char('|') + scope, limit);
        rate = {d.limit, d.remaining, d.resetEpoch};
        if (!d.allowed) {
            // X-RateLimit-* come from `rate`, which send() writes on every answer.
            throw ApiError::rateLimited(d.retryAfter, qPrintable(scope));
        }
    };
    apply(QStringLiteral("all"), m_ctx.config.rateLimit);
    if (route.limit == Limit::Ai)
        apply(QStringLiteral("ai"), m_ctx.config.aiRateLimit);
    else if (route.limit == Limit::Generation)
        apply(QStringLiteral("generation"), m_ctx.config.generationRateLimit);
}

Response Pipeline::run(Request &req, const Route &route, RateHeaders &rate)
{
    Database &db = *m_ctx.db;
    try {
        if (req.body.size() > route.maxBody)
            throw ApiError::payloadTooLarge(route.maxBody);
        if (route.access == Access::User) {
            const Principal p = m_ctx.sessions->authenticate(req);
            req.userId = p.userId;
            req.sessionId = p.sessionId;
        }
        checkRateLimit(req, route, rate);

        const bool writes = (req.method != "GET" && req.method != "HEAD") || route.writesOnGet;
        const QString key = QString::fromLatin1(req.header("idempotency-key")).trimmed();
        const bool idempotent = writes && req.method != "GET" && !key.isEmpty() && !req.userId.isEmpty();
        if (idempotent && key.size() > 255)
            throw ApiError::validation("Idempotency-Key", "too_long", {{"max", 255}});
        const QString hash = idempotent ? Idempotency::requestHash(req) : QString();
        if (idempotent) {
            if (auto replay = m_ctx.idempotency->lookup(req.userId, key, hash)) {
                qCDebug(lcHttp) << "idempotent replay of" << req.route;
                return *replay;
            }
        }
        if (!writes)
            return route.handler(req);

        db.begin();
        Response resp = route.handler(req);
        if (idempotent && !resp.error && resp.status >= 200 && resp.status < 300)
            m_ctx.idempotency->store(req.userId, key, hash, resp);
        db.commit();
        m_ctx.feed->flushNotifications();
        return resp;
    } catch (const ApiError &e) {
        if (db.inTransaction())
            db.rollback();
        m_ctx.feed->discardNotifications();
        return errorResponse(e);
    } catch (const std::exception &e) {
        if (db.inTransaction())
            db.rollback();
        m_ctx.feed->discardNotifications();
        qCCritical(lcHttp) << "unexpected error in" << req.route << ":" << e.what();
        return errorResponse(ApiError::serverError());
    }
}

Response Pipeline::errorResponse(const ApiError &e)
{
    return Response::failure(std::make_shared<ApiError>(e));
}

QByteArray Pipeline::renderError(Request &req, const ApiError &e, QByteArray *contentType)
{
    const json meta = {{"timestamp", ss(timeutil::nowIso())}, {"request_id", ss(req.requestId)}};
    const std::string message = ss(e.message().in(req.lang));
    if (!m_ctx.config.rfc7807) {
        *contentType = "application/json; charset=utf-8";
        const json j = {{"success", false},
                        {"error", {{"code", e.code()}, {"message", message}, {"details", e.details()}}},
                        {"meta", meta}};
        return QByteArray::fromStdString(dumpJson(j));
    }
    // RFC 7807 as the Social Media Planner seed answers it.
    *contentType = "application/problem+json; charset=utf-8";
    json errors = json::array();
    if (e.details().contains("field"))
        errors.push_back({{"field", e.details()["field"]}, {"message", message}});
    std::string type = e.code();
    for (char &c : type)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    const json j = {{"data", nullptr},
                    {"meta", meta},
                    {"error", {{"type", type},
                               {"title", wire::reasonPhrase(e.status()).toStdString()},
                               {"status", e.status()},
                               {"detail", message},
                               {"instance", ss(req.path)},
                               {"code", e.code()},
                               {"errors", errors},
                               {"details", e.details()}}}};
    return QByteArray::fromStdString(dumpJson(j));
}

QByteArray Pipeline::render(Request &req, const Response &resp, QByteArray *contentType)
{
    *contentType = "application/json; charset=utf-8";
    json meta = {{"timestamp", ss(timeutil::nowIso())}, {"request_id", ss(req.requestId)}};
    for (auto it = resp.meta.begin(); it != resp.meta.end(); ++it)
        meta[it.key()] = it.value();
    QByteArray out;
    out.reserve(resp.rawData.size() + 256);
    out.append("{\"success\":true,\"data\":");
    if (!resp.rawData.isEmpty())
        out.append(resp.rawData);
    else
        out.append(QByteArray::fromStdString(dumpJson(resp.data)));
    if (!resp.pagination.is_null())
        out.append(",\"pagination\":").append(QByteArray::fromStdString(dumpJson(resp.pagination)));
    out.append(",\"meta\":").append(QByteArray::fromStdString(dumpJson(meta))).append('}');
    return out;
}

void Pipeline::send(Request &req, Response &resp, const FaultDecision &faults, const RateHeaders &rate)
{
    QTcpSocket *socket = req.socket;
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    int status = resp.error ? resp.error->status() : resp.status;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray contentType;
    if (resp.error) {
        body = renderError(req, *resp.error, &contentType);
        headers << resp.error->headers();
    } else if (resp.envelope) {
        body = render(req, resp, &contentType);
    } else {
        body = resp.body;
        contentType = resp.contentType;
    }
    headers << resp.headers;
    if (!resp.error && !resp.etag.isEmpty()) {
        headers.append({"ETag", resp.etag});
        const QByteArray inm = req.header("if-none-match");
        if (req.method == "GET" && status == 200 && !inm.isEmpty()) {
            for (const QByteArray &tag : inm.split(',')) {
                QByteArray t = tag.trimmed();
                if (t.startsWith("W/"))
                    t = t.mid(2);
                if (t == resp.etag || t == "*") {
                    status = 304;
                    body.clear();
                    contentType.clear();
                    break;
                }
            }
        }
    }
    if (rate.limit > 0) {
        headers.append({"X-RateLimit-Limit", QByteArray::number(rate.limit)});
        headers.append({"X-RateLimit-Remaining", QByteArray::number(rate.remaining)});
        headers.append({"X-RateLimit-Reset", QByteArray::number(rate.reset)});
    }
    headers.append({"X-Request-Id", req.requestId.toLatin1()});

    bool shortRead = false;
    bool trickle = false;
    if (!faults.corruption.isEmpty() && !body.isEmpty()) {
        qCDebug(lcFaults) << "corrupting" << req.route << faults.corruption;
        if (faults.corruption == "trickle")
            trickle = true;
        else if (faults.corruption == "malformed")
            body = body.left(body.size() / 2) + "<<< not JSON >>>\x01}";
        else if (faults.corruption == "truncated")
            body = body.left(body.size() / 2);
        else
            shortRead = true;
    }
    const bool textual = contentType.startsWith("application/json") || contentType.startsWith("application/problem")
        || contentType.startsWith("text/");
    if (textual && body.size() > 1024 && faults.corruption.isEmpty()
        && gzip::acceptsGzip(req.header("accept-encoding"))) {
        body = gzip::compress(body, body.size() > 256 * 1024 ? 1 : 6);
        headers.append(qMakePair(QByteArray("Content-Encoding"), QByteArray("gzip")));
        headers.append(qMakePair(QByteArray("Vary"), QByteArray("Accept-Encoding")));
    }
    if (!contentType.isEmpty())
        headers.prepend({"Content-Type", contentType});

    const qint64 declared = body.size();
    if (shortRead)
        body = body.left(body.size() / 2);
    socket->write(wire::head(status, headers, status == 304 || status == 204 ? -1 : declared));
    if (trickle) {
        // The head at once, then one byte of the body at a time: a server
        // (or a network) that never quite stops and never quite answers.
        auto *timer = new QTimer(socket);
        auto sent = std::make_shared<qint64>(0);
        QPointer<QTcpSocket> guard(socket);
        QObject::connect(timer, &QTimer::timeout, socket, [guard, timer, sent, body] {
            if (!guard || guard->state() != QAbstractSocket::ConnectedState || *sent >= body.size()) {
                timer->deleteLater();
                return;
            }
            guard->write(body.mid(*sent, 1));
            ++*sent;
        });
        timer->start(faults.trickleIntervalMs);
        return;
    }
    if (status != 304 && status != 204)
        socket->write(body);
    if (shortRead || req.header("connection").toLower() == "close")
        socket->disconnectFromHost();
    qCDebug(lcHttp).noquote() << req.method << req.path << status << req.timer.elapsed() << "ms";
}
