#include "http_server.h"

#include "http/pipeline.h"

#include <QHttpServerRequest>
#include <QTcpSocket>

namespace {

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    case QHttpServerRequest::Method::Connect: return "CONNECT";
    case QHttpServerRequest::Method::Trace: return "TRACE";
    default: return "UNKNOWN";
    }
}

} // namespace

HttpServer::HttpServer(Pipeline &pipeline, QObject *parent)
    : QAbstractHttpServer(parent), m_pipeline(pipeline)
{
}

bool HttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Qt reuses `request` for the next request on this connection: copy.
    auto req = std::make_shared<Request>();
    req->method = methodName(request.method());
    req->path = request.url().path(QUrl::FullyDecoded);
    req->query = request.query();
    for (const auto &h : request.headers())
        req->headers.insert(h.first.toLower(), h.second);
    req->body = request.body();
    req->remote = request.remoteAddress();
    req->socket = socket;
    m_pipeline.handle(std::move(req));
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // handleRequest() answers every request itself, 404 and 405 included.
}
