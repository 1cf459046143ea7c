#pragma once

#include "SseParser.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace pitchside::sync::api {
class ApiClient;
}

namespace pitchside::sync::live {

// The server's live hints (GET /api/events/stream): a `change` event tells
// the last seq of the feed, so the engine pulls right away instead of
// waiting for the next poll. Reconnects by itself with a growing, jittered
// delay; while it is down the controller polls.
class EventStream : public QObject
{
    Q_OBJECT
public:
    explicit EventStream(api::ApiClient &api, QObject *parent = nullptr);
    ~EventStream() override;

    void start();
    void stop();
    bool isConnected() const { return m_connected; }

Q_SIGNALS:
    void changeHint(qint64 lastSeq);
    void otherEvent(const QByteArray &name, const QByteArray &data);
    void connectedChanged(bool connected);

private:
    void open();
    void onReadyRead();
    void onFinished();
    void scheduleReconnect();
    void setConnected(bool connected);

    api::ApiClient &m_api;
    QPointer<QNetworkReply> m_reply;
    SseParser m_parser;
    QTimer m_reconnect;
    QElapsedTimer m_since;
    QString m_tokenUsed;
    int m_failures = 0;
    bool m_running = false;
    bool m_connected = false;
    bool m_refreshing = false;
};

} // namespace pitchside::sync::live
