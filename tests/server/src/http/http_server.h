// QAbstractHttpServer (QtHttpServer 6.4) parses HTTP/1.1 and hands over
// each request with its socket; routing and responses are ours (see
// tests/server/README.md for why QHttpServer's own router is not used).
#pragma once

#include <QAbstractHttpServer>

class Pipeline;

class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit HttpServer(Pipeline &pipeline, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Pipeline &m_pipeline;
};
