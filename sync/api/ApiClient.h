#pragma once

#include "Envelope.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace pitchside::sync::api {

class TokenSource;

struct ApiConfig
{
    QUrl baseUrl;                         // checked with BackendUrl: https, or http to loopback only
    QByteArray language = "fr";           // Accept-Language (the server's messages follow it)
    int timeoutMs = 30000;                // transfer timeout: no byte moved for this long
    // The whole exchange, first byte sent to last byte read: a server that
    // trickles a byte now and then never trips the transfer timeout.
    int deadlineMs = 120000;
    QByteArray userAgent = "Pitchside";
};

struct ApiRequest
{
    QByteArray method = "GET";
    QString path;              // "/api/content/posts/…", relative to the base URL
    QUrlQuery query;
    QByteArray body;           // JSON unless contentType says otherwise
    QByteArray contentType;    // default "application/json" when there is a body
    qint64 ifMatch = -1;       // sends If-Match: "<n>" when >= 0
    QByteArray ifNoneMatch;    // sends If-None-Match when set (an ETag)
    QString idempotencyKey;    // sends Idempotency-Key when set
    bool authenticated = true; // sends the bearer token; a 401 triggers one refresh and one replay
    bool rawResponse = false;  // keep the body as bytes (media content), do not parse JSON
    int timeoutMs = 0;         // 0: the client's default
    int deadlineMs = 0;        // overall deadline; 0: the client's default
};

// One request in flight. It finishes exactly once (also when aborted), then
// deletes itself. Uploads (issue 6) use `progress` and abort().
class ApiCall : public QObject
{
    Q_OBJECT
public:
    QString requestId() const { return m_requestId; }
    void abort();

Q_SIGNALS:
    void finished(const pitchside::sync::api::ApiResponse &response);
    void progress(qint64 done, qint64 total);

private:
    friend class ApiClient;
    explicit ApiCall(ApiRequest request, QObject *parent);

    ApiRequest m_request;
    QString m_requestId;
    QString m_tokenUsed;
    QPointer<QNetworkReply> m_reply;
    bool m_replayed = false;
    int m_deadlinePassedMs = 0; // the overall deadline that aborted the reply
    bool m_aborted = false;
    bool m_done = false;
};

// The one place every HTTP request of the app goes through: base URL check
// (no plain http to another computer), transfer timeout, X-Request-Id,
// gzip (QNetworkAccessManager asks for it and inflates it), bearer token,
// If-Match, Idempotency-Key, Accept-Language; both error envelopes parsed
// into an ApiError; 401 answered by one token refresh and one replay.
//
// An ApiClient belongs to one thread; all the clients of a thread share one
// QNetworkAccessManager (made with the first, gone with the last). It never retries on its own: callers decide (the
// sync engine stores a per-change backoff; see RetryPolicy).
class ApiClient : public QObject
{
    Q_OBJECT
public:
    ApiClient(ApiConfig config, TokenSource *tokens = nullptr, QObject *parent = nullptr);
    ~ApiClient() override;

    const ApiConfig &config() const { return m_config; }
    TokenSource *tokens() const { return m_tokens; }

    ApiCall *send(const ApiRequest &request);
    // Calls `done` with the response unless `context` is gone by then.
    void send(const ApiRequest &request, QObject *context, std::function<void(const ApiResponse &)> done);
    // Aborts every request in flight (they finish as Cancelled).
    void abortAll();

    // This thread's QNetworkAccessManager, shared by every ApiClient on it.
    QNetworkAccessManager &network() { return *m_network; }

    static QString newRequestId();

private:
    void start(ApiCall *call);
    void onReplyFinished(ApiCall *call, QNetworkReply *reply);
    void finish(ApiCall *call, ApiResponse response);
    ApiError transportError(QNetworkReply *reply, const ApiCall *call) const;

    ApiConfig m_config;
    TokenSource *m_tokens;
    std::shared_ptr<QNetworkAccessManager> m_network;
    bool m_urlAllowed = false;
    QList<QPointer<ApiCall>> m_calls;
};

} // namespace pitchside::sync::api

Q_DECLARE_METATYPE(pitchside::sync::api::ApiResponse)
