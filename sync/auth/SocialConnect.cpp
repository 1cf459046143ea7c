#include "SocialConnect.h"

#include "../ErrorText.h"
#include "../Logging.h"
#include "../api/ApiClient.h"
#include "../api/JsonRead.h"
#include "ProviderSignIn.h"
#include "models/Platform.h"

#include <QTimer>

namespace pitchside::sync::auth {

using Problem = SocialConnect::Result::Problem;

SocialConnect::SocialConnect(const QUrl &server, const QByteArray &language, api::TokenSource *tokens,
                             QObject *parent)
    : QObject(parent)
{
    api::ApiConfig config;
    config.baseUrl = server;
    config.language = language;
    config.timeoutMs = 20000;
    config.deadlineMs = 30000;
    m_client = std::make_unique<api::ApiClient>(config, tokens);
    connect(&m_redirect, &LoopbackRedirect::accountConnected, this, [this](const QString &id) {
        Result r;
        r.accountId = id;
        qCInfo(lcAuth) << platformName(m_platform) << "account connected:" << id;
        finish(r);
    });
    connect(&m_redirect, &LoopbackRedirect::codeReceived, this, [this](const QString &) {
        // A sign-in's answer where a connection's was expected: not ours.
        finish({Problem::Failed, {}, tr("The server did not confirm the connection. Try again."), {}});
    });
    connect(&m_redirect, &LoopbackRedirect::denied, this, [this](const QString &error) {
        qCInfo(lcAuth) << "connection refused in the browser:" << error;
        const QString name = platformName(m_platform);
        finish({Problem::Denied, {},
                error == u"access_denied"
                    ? tr("%1 was not connected: the permission was refused in the browser. Try again, and choose "
                         "\"Allow\" when %1 asks.")
                          .arg(name)
                    : tr("%1 did not complete the connection (%2). Try again.").arg(name, error),
                {}});
    });
    connect(&m_redirect, &LoopbackRedirect::timedOut, this, [this] {
        finish({Problem::TimedOut, {},
                tr("Nothing came back from the browser within %n minute(s). Start again, and finish in the "
                   "browser window that opens.",
                   nullptr, qMax(1, m_waitMs / 60000)),
                {}});
    });
}

SocialConnect::~SocialConnect() = default;

bool SocialConnect::isNetwork(const QString &platform)
{
    return platform == u"linkedin" || platform == u"facebook" || platform == u"instagram";
}

void SocialConnect::connectAccount(const QString &platform, OpenBrowser openBrowser, Done done)
{
    cancel();
    m_platform = platform;
    m_openBrowser = std::move(openBrowser);
    m_done = std::move(done);
    if (!isNetwork(platform)) {
        QTimer::singleShot(0, this, [this] { finish({Problem::Refused, {}, tr("This network is not known."), {}}); });
        return;
    }
    m_redirect.setPages(tr("Pitchside"),
                        tr("%1 is connected. You can close this tab and go back to Pitchside.")
                            .arg(platformName(platform)),
                        tr("This page does not belong to a connection Pitchside is waiting for. You can close it."));
    if (!m_redirect.listen(m_waitMs)) {
        QTimer::singleShot(0, this, [this] {
            finish({Problem::NoBrowser, {},
                    tr("Pitchside could not prepare the connection on this computer (no local port could be "
                       "opened). Try again."),
                    {}});
        });
        return;
    }
    api::ApiRequest req;
    req.method = "POST";
    req.path = QStringLiteral("/api/social/%1/connect").arg(platform);
    req.body = QByteArray::fromStdString(
        nlohmann::json{{"return_to", m_redirect.redirectUri().toString().toStdString()},
                       {"state", m_redirect.state().toStdString()},
                       {"code_challenge", m_redirect.codeChallenge().toStdString()},
                       {"code_challenge_method", "S256"}}
            .dump());
    qCInfo(lcAuth) << "connecting a" << platformName(platform) << "account";
    m_client->send(req, this, [this](const api::ApiResponse &r) { onAuthorizationUrl(r); });
}

void SocialConnect::onAuthorizationUrl(const api::ApiResponse &r)
{
    if (!r.ok()) {
        finish(failure(r.error));
        return;
    }
    const QString text = r.data.is_object() ? api::optionalString(r.data, "authorization_url") : QString();
    const QUrl url(text, QUrl::StrictMode);
    if (!ProviderSignIn::isBrowsable(url)) {
        // Every byte from a server is hostile: only a web page is opened.
        qCWarning(lcAuth) << "refused an authorization_url that is not a web address";
        finish({Problem::Failed, {}, tr("The server sent an address Pitchside will not open. Check the server address."),
                api::ApiError::parse(QStringLiteral("$.data.authorization_url"), QStringLiteral("not an http(s) URL"))});
        return;
    }
    if (!m_openBrowser || !m_openBrowser(url)) {
        finish({Problem::NoBrowser, {},
                tr("Pitchside could not open your web browser. Check that a default browser is set, then try again."),
                {}});
        return;
    }
    Q_EMIT waitingForBrowser(platformName(m_platform));
}

void SocialConnect::renew(const QString &accountId, const QString &platform, Done done)
{
    cancel();
    m_platform = platform;
    m_done = std::move(done);
    api::ApiRequest req;
    req.method = "POST";
    req.path = QStringLiteral("/api/social/accounts/%1/refresh").arg(accountId);
    m_client->send(req, this, [this, accountId](const api::ApiResponse &r) {
        if (!r.ok()) {
            finish(failure(r.error));
            return;
        }
        Result ok;
        ok.accountId = accountId;
        finish(ok);
    });
}

SocialConnect::Result SocialConnect::failure(const api::ApiError &error) const
{
    using Kind = api::ApiError::Kind;
    Result r;
    r.error = error;
    const QString name = platformName(m_platform);
    if (error.kind == Kind::SignInRequired) {
        r.problem = Problem::SignInRequired;
        r.message = tr("Sign in to Pitchside again, then connect %1.").arg(name);
    } else if (error.kind == Kind::Network || error.kind == Kind::Timeout || error.kind == Kind::Tls) {
        r.problem = Problem::Offline;
        r.message = tr("The server cannot be reached, so %1 cannot be connected now. Check the connection and "
                       "try again.")
                        .arg(name);
    } else if (error.status == 422 && error.reason == u"needs_reconnect") {
        r.problem = Problem::Refused;
        r.message = tr("%1 no longer accepts this authorisation: reconnect the account.").arg(name);
    } else if (error.status == 404 || error.status == 405) {
        r.problem = Problem::Refused;
        r.message = tr("This server does not connect %1 accounts.").arg(name);
    } else {
        r.problem = Problem::Failed;
        r.message = explainError(error);
    }
    return r;
}

void SocialConnect::cancel()
{
    if (m_done)
        finish({Problem::Cancelled, {}, {}, {}});
}

void SocialConnect::finish(Result result)
{
    // Taken first: aborting calls back into this with the request's own error.
    auto done = std::exchange(m_done, nullptr);
    m_redirect.close();
    if (!result.ok())
        m_client->abortAll();
    if (done)
        done(result);
}

} // namespace pitchside::sync::auth
