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

void ContinueTcpServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    connect(socket, &QTcpSocket::readyRead, socket, [socket] {
        const QByteArray buffered = socket->peek(64 * 1024);
        const qsizetype end = buffered.indexOf("\r\n\r\n");
        // Only a head with nothing after it yet: the client is waiting.
        if (end < 0 || end + 4 != buffered.size())
            return;
        const QByteArray head = buffered.left(end).toLower();
        if (head.contains("\r\nexpect: 100-continue") && head.contains(" http/1.1\r\n"))
            socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    });
    addPendingConnection(socket);
}

quint16 HttpServer::listenOn(const QHostAddress &address, quint16 port)
{
    auto *tcp = new ContinueTcpServer(this);
    if (!tcp->listen(address, port)) {
        delete tcp;
        return 0;
    }
    bind(tcp);
    return tcp->serverPort();
}

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
