#include "ApiClient.h"

#include "../BackendUrl.h"
#include "../Logging.h"
#include "TokenSource.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslError>
#include <QTimer>

namespace pitchside::sync::api {

ApiCall::ApiCall(ApiRequest request, QObject *parent)
    : QObject(parent), m_request(std::move(request)), m_requestId(ApiClient::newRequestId())
{
}

void ApiCall::abort()
{
    m_aborted = true;
    if (m_reply)
        m_reply->abort();
}

namespace {

// One QNetworkAccessManager per thread, alive while a client of that thread is.
std::shared_ptr<QNetworkAccessManager> threadNetwork()
{
    thread_local std::weak_ptr<QNetworkAccessManager> current;
    std::shared_ptr<QNetworkAccessManager> network = current.lock();
    if (!network) {
        network = std::make_shared<QNetworkAccessManager>();
        // Redirects are never followed: a 3xx from an API route is an error,
        // and following one could send the bearer token somewhere else.
        network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        current = network;
    }
    return network;
}

} // namespace

ApiClient::ApiClient(ApiConfig config, TokenSource *tokens, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_tokens(tokens), m_network(threadNetwork())
{
    QUrl normalized;
    m_urlAllowed = BackendUrl::check(m_config.baseUrl.toString(), &normalized) == BackendUrl::Problem::None;
    if (m_urlAllowed)
        m_config.baseUrl = normalized;
}

ApiClient::~ApiClient()
{
    // The client goes with its owner (a member of it, most often), whose
    // callbacks may use members already destroyed: abort without answering.
    const auto calls = m_calls;
    for (const QPointer<ApiCall> &c : calls) {
        if (c) {
            QObject::disconnect(c, &ApiCall::finished, nullptr, nullptr);
            c->abort();
        }
    }
}

QString ApiClient::newRequestId()
{
    // Short, unique enough to find one request in the server's log.
    const quint64 n = QRandomGenerator::global()->generate64();
    return QStringLiteral("ps-") + QString::number(n, 36);
}

ApiCall *ApiClient::send(const ApiRequest &request)
{
    auto *call = new ApiCall(request, this);
    m_calls.removeAll(nullptr);
    m_calls << call;
    start(call);
    return call;
}

void ApiClient::send(const ApiRequest &request, QObject *context, std::function<void(const ApiResponse &)> done)
{
    ApiCall *call = send(request);
    connect(call, &ApiCall::finished, context, [done = std::move(done)](const ApiResponse &r) { done(r); });
}

void ApiClient::abortAll()
{
    const auto calls = m_calls;
    for (const QPointer<ApiCall> &c : calls) {
        if (c)
            c->abort();
    }
}

void ApiClient::start(ApiCall *call)
{
    const ApiRequest &req = call->m_request;
    if (!m_urlAllowed) {
        ApiResponse r;
        r.error.kind = ApiError::Kind::InsecureUrl;
        r.error.message = m_config.baseUrl.toString();
        QTimer::singleShot(0, call, [this, call, r] { finish(call, r); });
        return;
    }
    if (call->m_aborted) {
        ApiResponse r;
        r.error.kind = ApiError::Kind::Cancelled;
        QTimer::singleShot(0, call, [this, call, r] { finish(call, r); });
        return;
    }

    QUrl url = m_config.baseUrl;
    url.setPath(m_config.baseUrl.path() + req.path);
    if (!req.query.isEmpty())
        url.setQuery(req.query);
    QNetworkRequest nr(url);
    nr.setTransferTimeout(req.timeoutMs > 0 ? req.timeoutMs : m_config.timeoutMs);
    nr.setRawHeader("Accept", req.rawResponse ? "*/*" : "application/json");
    nr.setRawHeader("Accept-Language", m_config.language);
    nr.setRawHeader("User-Agent", m_config.userAgent);
    nr.setRawHeader("X-Request-Id", call->m_requestId.toLatin1());
    if (!req.body.isEmpty() || req.method == "POST" || req.method == "PUT" || req.method == "PATCH")
        nr.setHeader(QNetworkRequest::ContentTypeHeader,
                     req.contentType.isEmpty() ? QByteArray("application/json") : req.contentType);
    if (req.ifMatch >= 0)
        nr.setRawHeader("If-Match", '"' + QByteArray::number(req.ifMatch) + '"');
    if (!req.ifNoneMatch.isEmpty())
        nr.setRawHeader("If-None-Match", req.ifNoneMatch);
    if (!req.idempotencyKey.isEmpty())
        nr.setRawHeader("Idempotency-Key", req.idempotencyKey.toLatin1());

    if (req.authenticated && m_tokens) {
        call->m_tokenUsed = m_tokens->accessToken();
        if (call->m_tokenUsed.isEmpty() && !call->m_replayed) {
            // No access token yet (a restored session): get one first.
            call->m_replayed = true;
            m_tokens->refreshAfterRejection({}, call, [this, call](TokenSource::RefreshOutcome o, const ApiError &e) {
                if (o == TokenSource::RefreshOutcome::Refreshed) {
                    start(call);
                    return;
                }
                ApiResponse r;
                r.error = e;
                if (o == TokenSource::RefreshOutcome::Rejected)
                    r.error.kind = ApiError::Kind::SignInRequired;
                finish(call, r);
            });
            return;
        }
        nr.setRawHeader("Authorization", "Bearer " + call->m_tokenUsed.toLatin1());
    }

    QNetworkReply *reply = m_network->sendCustomRequest(nr, req.method, req.body);
    call->m_reply = reply;
    if (const int deadline = req.deadlineMs > 0 ? req.deadlineMs : m_config.deadlineMs; deadline > 0) {
        auto *timer = new QTimer(reply);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, reply, [call, reply, deadline] {
            call->m_deadlinePassedMs = deadline;
            reply->abort();
        });
        timer->start(deadline);
    }
    connect(reply, &QNetworkReply::finished, call, [this, call, reply] { onReplyFinished(call, reply); });
    connect(reply, &QNetworkReply::uploadProgress, call, &ApiCall::progress);
    connect(reply, &QNetworkReply::downloadProgress, call, &ApiCall::progress);
    qCDebug(lcNetwork).noquote() << req.method << req.path << call->m_requestId;
}

ApiError ApiClient::transportError(QNetworkReply *reply, const ApiCall *call) const
{
    ApiError e;
    e.message = reply->errorString();
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError:
        // Our own abort is a cancel; otherwise Qt gave up on the transfer timeout.
        e.kind = call->m_aborted ? ApiError::Kind::Cancelled : ApiError::Kind::Timeout;
        if (!call->m_aborted && call->m_deadlinePassedMs > 0) {
            e.deadlineSeconds = qMax(1, call->m_deadlinePassedMs / 1000);
            e.message = QStringLiteral("no complete answer within %1 s").arg(e.deadlineSeconds);
        }
        break;
    case QNetworkReply::TimeoutError:
        e.kind = ApiError::Kind::Timeout;
        break;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::UnknownServerError:
        e.kind = reply->error() == QNetworkReply::SslHandshakeFailedError ? ApiError::Kind::Tls
                                                                         : ApiError::Kind::Network;
        break;
    default:
        e.kind = ApiError::Kind::Network;
        break;
    }
    return e;
}

void ApiClient::onReplyFinished(ApiCall *call, QNetworkReply *reply)
{
    reply->deleteLater();
    const ApiRequest &req = call->m_request;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    ApiResponse r;
    // A status line does not make an answer: the connection may close, or
    // time out, before the body's promised length. That is the network
    // failing (retried, offline), not the server's JSON being broken.
    // Errors past UnknownNetworkError are Qt's names for HTTP statuses.
    const bool cut = reply->error() != QNetworkReply::NoError && reply->error() <= QNetworkReply::UnknownNetworkError;
    if (status == 0 || cut) {
        r.error = transportError(reply, call);
        qCInfo(lcNetwork).noquote() << req.method << req.path << call->m_requestId << "failed:" << r.error.summary();
        finish(call, r);
        return;
    }
    const QByteArray body = reply->readAll();
    if (req.rawResponse && status < 300) {
        r.status = status;
        r.rawBody = body;
    } else {
        r = parseAnswer(status, body);
    }
    r.etag = reply->rawHeader("ETag");
    if (r.error) {
        const int retryAfter = parseRetryAfter(reply->rawHeader("Retry-After"));
        if (retryAfter >= 0)
            r.error.retryAfterSeconds = retryAfter;
        const QByteArray requestId = reply->rawHeader("X-Request-Id");
        r.error.requestId = requestId.isEmpty() ? call->m_requestId : QString::fromLatin1(requestId);
        if (r.error.kind == ApiError::Kind::Http && status >= 300 && status < 400 && r.error.code.isEmpty())
            r.error.message = QStringLiteral("redirected to %1").arg(QString::fromLatin1(reply->rawHeader("Location")));
    }
    qCDebug(lcNetwork).noquote() << req.method << req.path << status << call->m_requestId;

    if (status == 401 && req.authenticated && m_tokens) {
        if (call->m_replayed) {
            r.error.kind = ApiError::Kind::SignInRequired;
            finish(call, r);
            return;
        }
        call->m_replayed = true;
        const ApiError original = r.error;
        m_tokens->refreshAfterRejection(call->m_tokenUsed, call,
                                        [this, call, original](TokenSource::RefreshOutcome o, const ApiError &e) {
                                            if (o == TokenSource::RefreshOutcome::Refreshed) {
                                                start(call);
                                                return;
                                            }
                                            ApiResponse failed;
                                            failed.status = 401;
                                            failed.error = o == TokenSource::RefreshOutcome::Rejected ? original : e;
                                            if (o == TokenSource::RefreshOutcome::Rejected)
                                                failed.error.kind = ApiError::Kind::SignInRequired;
                                            finish(call, failed);
                                        });
        return;
    }
    if (r.error)
        qCInfo(lcNetwork).noquote() << req.method << req.path << r.error.summary();
    finish(call, r);
}

void ApiClient::finish(ApiCall *call, ApiResponse response)
{
    if (call->m_done)
        return;
    call->m_done = true;
    if (call->m_aborted && response.error.kind != ApiError::Kind::None)
        response.error.kind = ApiError::Kind::Cancelled;
    Q_EMIT call->finished(response);
    call->deleteLater();
}

} // namespace pitchside::sync::api
