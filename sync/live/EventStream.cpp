#include "EventStream.h"

#include "../Logging.h"
#include "../api/ApiClient.h"
#include "../api/Dto.h"
#include "../api/TokenSource.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>

namespace pitchside::sync::live {

EventStream::EventStream(api::ApiClient &api, QObject *parent) : QObject(parent), m_api(api)
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &EventStream::open);
}

EventStream::~EventStream()
{
    stop();
}

void EventStream::start()
{
    if (m_running)
        return;
    m_running = true;
    m_failures = 0;
    open();
}

void EventStream::stop()
{
    m_running = false;
    m_reconnect.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    setConnected(false);
}

void EventStream::setConnected(bool connected)
{
    if (connected == m_connected)
        return;
    m_connected = connected;
    qCInfo(lcLive) << (connected ? "event stream connected" : "event stream down");
    Q_EMIT connectedChanged(connected);
}

void EventStream::open()
{
    if (!m_running || m_reply)
        return;
    QUrl url = m_api.config().baseUrl;
    url.setPath(url.path() + QStringLiteral("/api/events/stream"));
    QNetworkRequest req(url);
    req.setRawHeader("Accept", "text/event-stream");
    req.setRawHeader("Cache-Control", "no-cache");
    req.setRawHeader("X-Request-Id", api::ApiClient::newRequestId().toLatin1());
    // Keep-alives come every 15 s: 45 s of silence means a dead connection.
    req.setTransferTimeout(45000);
    m_tokenUsed = m_api.tokens() ? m_api.tokens()->accessToken() : QString();
    if (!m_tokenUsed.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_tokenUsed.toLatin1());
    m_parser.reset();
    m_since.start();
    m_reply = m_api.network().get(req);
    connect(m_reply, &QNetworkReply::readyRead, this, &EventStream::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &EventStream::onFinished);
}

void EventStream::onReadyRead()
{
    if (!m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200)
        return; // the error body is read in onFinished
    setConnected(true);
    for (const SseParser::Event &e : m_parser.feed(m_reply->readAll())) {
        // The inbox's events carry the feed's seq too: the message is in it.
        if (e.name == "change" || e.name == "message.new" || e.name == "message.read"
            || e.name == "notification.new") {
            const qint64 seq = api::dto::lastSeqOfChangeEvent(e.data);
            if (seq >= 0)
                Q_EMIT changeHint(seq);
        } else {
            Q_EMIT otherEvent(e.name, e.data);
        }
    }
}

void EventStream::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool wasUp = m_connected;
    setConnected(false);
    if (!m_running)
        return;
    if (status == 401 && m_api.tokens() && !m_refreshing) {
        // The stream closes when the session changes; a fresh token reopens it.
        m_refreshing = true;
        m_api.tokens()->refreshAfterRejection(m_tokenUsed, this,
                                              [this](api::TokenSource::RefreshOutcome o, const api::ApiError &) {
                                                  m_refreshing = false;
                                                  if (o == api::TokenSource::RefreshOutcome::Rejected) {
                                                      stop();
                                                      return;
                                                  }
                                                  scheduleReconnect();
                                              });
        return;
    }
    // A stream that lived a while was healthy: start the delays over.
    if (wasUp && m_since.elapsed() > 30000)
        m_failures = 0;
    qCDebug(lcLive) << "event stream ended, status" << status << reply->errorString();
    scheduleReconnect();
}

void EventStream::scheduleReconnect()
{
    if (!m_running)
        return;
    const int advice = m_parser.retryMs() > 0 ? m_parser.retryMs() : 3000;
    const int n = qMin(m_failures++, 5);
    const int step = qMin(60000, advice << n);
    const int delay = step / 2 + int(QRandomGenerator::global()->bounded(step / 2 + 1));
    m_reconnect.start(delay);
}

} // namespace pitchside::sync::live
