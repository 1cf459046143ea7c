// Server-Sent Events (GET /api/events/stream): open streams per user, live
// hints after each committed change, keep-alive comments.
#pragma once

#include "core/json.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

class EventHub : public QObject
{
    Q_OBJECT

public:
    explicit EventHub(int keepAliveSeconds, QObject *parent = nullptr);

    // Writes the response head and keeps the socket as a stream.
    void attach(QTcpSocket *socket, const QString &userId, const QString &sessionId,
                const QByteArray &requestId, qint64 lastSeq);
    void publish(const QString &userId, const QByteArray &event, const json &data);
    void closeSession(const QString &sessionId);
    void closeAll();
    int streamCount() const;

private:
    struct Stream {
        QPointer<QTcpSocket> socket;
        QString userId;
        QString sessionId;
    };
    static void writeChunk(QTcpSocket *socket, const QByteArray &payload);
    void sweep();

    QList<Stream> m_streams;
    QTimer m_keepAlive;
};
