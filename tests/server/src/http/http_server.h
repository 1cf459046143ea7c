// QAbstractHttpServer (QtHttpServer 6.4) parses HTTP/1.1 and hands over
// each request with its socket; routing and responses are ours (see
// tests/server/README.md for why QHttpServer's own router is not used).
#pragma once

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QTcpServer>

class Pipeline;

// Answers "Expect: 100-continue" (curl sends it for bodies over 1 MB and
// would otherwise wait a second per request): its readyRead handler runs
// before QAbstractHttpServer's, sees the complete head, and writes the
// interim 100 response so the client sends the body.
class ContinueTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr handle) override;
};

class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit HttpServer(Pipeline &pipeline, QObject *parent = nullptr);
    // Listens (through ContinueTcpServer); returns the port, 0 on failure.
    quint16 listenOn(const QHostAddress &address, quint16 port);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Pipeline &m_pipeline;
};
