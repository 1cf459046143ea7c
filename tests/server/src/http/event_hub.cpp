#include "event_hub.h"

#include "core/log.h"

EventHub::EventHub(int keepAliveSeconds, QObject *parent) : QObject(parent)
{
    m_keepAlive.setInterval(keepAliveSeconds * 1000);
    connect(&m_keepAlive, &QTimer::timeout, this, [this] {
        sweep();
        for (const Stream &s : std::as_const(m_streams))
            writeChunk(s.socket, QByteArrayLiteral(": keep-alive\n\n"));
    });
    m_keepAlive.start();
}

void EventHub::writeChunk(QTcpSocket *socket, const QByteArray &payload)
{
    // QHttpServer 6.4 writes raw bytes after the head; the chunked framing
    // announced in attach() is ours to write.
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    socket->write(QByteArray::number(payload.size(), 16) + "\r\n" + payload + "\r\n");
}

void EventHub::attach(QTcpSocket *socket, const QString &userId, const QString &sessionId,
                      const QByteArray &requestId, qint64 lastSeq)
{
    socket->write("HTTP/1.1 200 OK\r\n"
                  "Content-Type: text/event-stream; charset=utf-8\r\n"
                  "Cache-Control: no-cache\r\n"
                  "Transfer-Encoding: chunked\r\n"
                  "X-Accel-Buffering: no\r\n"
                  "X-Request-Id: " + requestId + "\r\n\r\n");
    m_streams.append({socket, userId, sessionId});
    connect(socket, &QTcpSocket::disconnected, this, [this] { sweep(); });
    // Tells the client where the feed stands and how soon to reconnect.
    if (muted())
        writeChunk(socket, "retry: 3000\n\n");
    else
        writeChunk(socket, "retry: 3000\nevent: change\ndata: {\"last_seq\":" + QByteArray::number(lastSeq)
                               + "}\n\n");
    qCDebug(lcHttp) << "SSE stream opened;" << m_streams.size() << "open";
}

void EventHub::publish(const QString &userId, const QByteArray &event, const json &data, const QString &exceptSession)
{
    if (muted())
        return;
    const QByteArray payload = "event: " + event + "\ndata: " + QByteArray::fromStdString(dumpJson(data))
        + "\n\n";
    for (const Stream &s : std::as_const(m_streams))
        if (s.userId == userId && (exceptSession.isEmpty() || s.sessionId != exceptSession))
            writeChunk(s.socket, payload);
}

void EventHub::closeSession(const QString &sessionId)
{
    for (const Stream &s : std::as_const(m_streams)) {
        if (s.sessionId == sessionId && s.socket) {
            s.socket->write("0\r\n\r\n");
            s.socket->disconnectFromHost();
        }
    }
    sweep();
}

void EventHub::closeAll()
{
    for (const Stream &s : std::as_const(m_streams)) {
        if (s.socket) {
            s.socket->write("0\r\n\r\n");
            s.socket->flush();
            s.socket->disconnectFromHost();
        }
    }
    m_streams.clear();
}

int EventHub::streamCount() const
{
    int n = 0;
    for (const Stream &s : m_streams)
        n += s.socket && s.socket->state() == QAbstractSocket::ConnectedState ? 1 : 0;
    return n;
}

void EventHub::sweep()
{
    m_streams.removeIf([](const Stream &s) {
        return !s.socket || s.socket->state() != QAbstractSocket::ConnectedState;
    });
}
