// Server-Sent Events (GET /api/events/stream): open streams per user, live
// hints after each committed change, keep-alive comments.
#pragma once

#include "core/json.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <functional>

class EventHub : public QObject
{
    Q_OBJECT

public:
    explicit EventHub(int keepAliveSeconds, QObject *parent = nullptr);

    // Writes the response head and keeps the socket as a stream.
    void attach(QTcpSocket *socket, const QString &userId, const QString &sessionId,
                const QByteArray &requestId, qint64 lastSeq);
    // To every stream of the user but those of `exceptSession` (if given).
    void publish(const QString &userId, const QByteArray &event, const json &data, const QString &exceptSession = {});
    // Test mode: while this says so, streams carry no event at all (not even
    // the first `change`), only keep-alive comments: a live stream that has
    // gone quiet, for clients' polling fallback.
    void setMuted(std::function<bool()> muted) { m_muted = std::move(muted); }
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

    bool muted() const { return m_muted && m_muted(); }

    QList<Stream> m_streams;
    QTimer m_keepAlive;
    std::function<bool()> m_muted;
};
