#include "SignIn.h"

#include "../BackendUrl.h"
#include "../Logging.h"
#include "../api/ApiClient.h"

#include <QCoreApplication>
#include <QTimer>

namespace pitchside::sync::auth {

using Problem = SignInResult::Problem;
using Kind = api::ApiError::Kind;

SignIn::SignIn(QObject *parent) : QObject(parent) {}

SignIn::~SignIn() = default;

void SignIn::cancel()
{
    if (m_client)
        m_client->abortAll();
}

Problem SignIn::classify(const api::ApiError &e)
{
    switch (e.kind) {
    case Kind::None:
        return Problem::None;
    case Kind::InsecureUrl:
        return Problem::BadAddress;
    case Kind::Network:
        return Problem::Unreachable;
    case Kind::Timeout:
        return Problem::Timeout;
    case Kind::Tls:
        return Problem::Tls;
    case Kind::Parse:
        return Problem::NotPitchside;
    case Kind::Cancelled:
    case Kind::SignInRequired:
        return Problem::Refused;
    case Kind::Http:
        break;
    }
    // An error without the contract's envelope (an HTML 404, a proxy page)
    // means the address leads somewhere that is not a Pitchside server.
    if (e.code.isEmpty() && e.status != 429 && e.status < 500)
        return Problem::NotPitchside;
    if (e.status == 401)
        return Problem::WrongCredentials;
    if (e.status == 429)
        return Problem::RateLimited;
    if (e.status >= 500)
        return Problem::ServerTrouble;
    if (e.status == 404 || e.status == 405)
        return Problem::NotPitchside;
    return Problem::Refused;
}

QString SignIn::describe(Problem problem, const QString &server, const api::ApiError &e)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::BadAddress:
        return BackendUrl::explain(BackendUrl::check(server), server);
    case Problem::WrongCredentials:
        return tr("The email address or the password is not right. Check them and try again.");
    case Problem::Unreachable:
        return tr("Pitchside cannot reach %1. Check the address and your internet connection, then try again.")
            .arg(server);
    case Problem::Timeout:
        if (e.deadlineSeconds > 0)
            return tr("%1 did not send a complete answer within %n second(s). Try again in a moment.", nullptr,
                      e.deadlineSeconds)
                .arg(server);
        return tr("%1 did not answer in time. Try again in a moment.").arg(server);
    case Problem::Tls:
        return tr("The secure connection to %1 could not be set up: its certificate is not trusted or the "
                  "address is wrong. Check the address, or ask the person who runs the server.")
            .arg(server);
    case Problem::NotPitchside:
        return tr("Something answered at %1, but it is not a Pitchside server. Check the address.").arg(server);
    case Problem::RateLimited:
        return e.retryAfterSeconds > 0
                   ? tr("Too many attempts. Wait %n second(s), then try again.", nullptr, e.retryAfterSeconds)
                   : tr("Too many attempts. Wait a minute, then try again.");
    case Problem::ServerTrouble:
        return tr("The server has a problem right now (error %1). Try again in a few minutes.").arg(e.status);
    case Problem::Refused:
        return e.message.isEmpty() ? tr("The server refused the sign-in (error %1).").arg(e.status) : e.message;
    case Problem::Cancelled:
    case Problem::BrowserTimedOut:
    case Problem::ProviderRefused:
    case Problem::NoBrowser:
        return {}; // provider sign-in's own words (ProviderSignIn)
    }
    return {};
}

void SignIn::start(const QString &serverText, const QString &email, const QString &password,
                   std::function<void(const SignInResult &)> done)
{
    SignInResult result;
    QUrl server;
    if (BackendUrl::check(serverText, &server) != BackendUrl::Problem::None) {
        result.problem = Problem::BadAddress;
        result.message = describe(Problem::BadAddress, serverText.trimmed(), {});
        QTimer::singleShot(0, this, [done, result] { done(result); });
        return;
    }
    result.server = server;
    api::ApiConfig config;
    config.baseUrl = server;
    config.language = m_language;
    config.timeoutMs = 20000;
    config.deadlineMs = m_deadlineMs;
    m_client = std::make_unique<api::ApiClient>(config, nullptr);
    api::ApiRequest req;
    req.method = "POST";
    req.path = QStringLiteral("/api/auth/login");
    req.authenticated = false;
    req.body = QByteArray::fromStdString(nlohmann::json(api::dto::LoginRequest{email.trimmed(), password}).dump());
    m_running = true;
    qCInfo(lcAuth) << "signing in to" << server.toString();
    m_client->send(req, this, [this, result, done, server](const api::ApiResponse &r) mutable {
        m_running = false;
        if (r.ok()) {
            try {
                result.session = r.data.get<api::dto::Session>();
            } catch (const api::DtoError &e) {
                result.error = api::ApiError::parse(api::jsonPathString("data." + e.path()),
                                                    QString::fromStdString(e.why()));
            }
        } else {
            result.error = r.error;
        }
        result.problem = classify(result.error);
        result.message = describe(result.problem, server.toString(), result.error);
        if (result.ok())
            qCInfo(lcAuth) << "signed in as user" << result.session.user.id;
        else
            qCInfo(lcAuth) << "sign-in failed:" << result.error.summary();
        done(result);
    });
}

} // namespace pitchside::sync::auth
