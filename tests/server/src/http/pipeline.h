// Everything between the socket and a route handler: request id, routing,
// faults (test mode), size limits, authentication, rate limits,
// idempotency, the transaction around writes, then the envelope, ETag/304,
// gzip and the bytes on the wire.
#pragma once

#include "faults/fault_injector.h"
#include "http/request.h"
#include "http/response.h"
#include "http/router.h"

#include <memory>

struct AppContext;
class ApiError;

class Pipeline {
public:
    Pipeline(AppContext &ctx, Router &router) : m_ctx(ctx), m_router(router) {}

    void handle(std::shared_ptr<Request> req);

private:
    struct RateHeaders {
        int limit = 0;
        int remaining = 0;
        qint64 reset = 0;
    };

    void process(const std::shared_ptr<Request> &req, const Route &route, FaultDecision faults);
    Response run(Request &req, const Route &route, RateHeaders &rate);
    void send(Request &req, Response &resp, const FaultDecision &faults, const RateHeaders &rate);
    Response errorResponse(const ApiError &e);
    QByteArray render(Request &req, const Response &resp, QByteArray *contentType);
    QByteArray renderError(Request &req, const ApiError &e, QByteArray *contentType);
    void checkRateLimit(Request &req, const Route &route, RateHeaders &rate);

    AppContext &m_ctx;
    Router &m_router;
};

Lang parseAcceptLanguage(const QByteArray &header);
