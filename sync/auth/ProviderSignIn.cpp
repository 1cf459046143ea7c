#include "ProviderSignIn.h"

#include "../BackendUrl.h"
#include "../Logging.h"
#include "../api/ApiClient.h"

#include <QTimer>

namespace pitchside::sync::auth {

using Problem = SignInResult::Problem;

ProviderSignIn::ProviderSignIn(QObject *parent) : QObject(parent)
{
    connect(&m_redirect, &LoopbackRedirect::codeReceived, this, &ProviderSignIn::onCode);
    connect(&m_redirect, &LoopbackRedirect::denied, this, [this](const QString &error) {
        qCInfo(lcAuth) << "provider sign-in refused in the browser:" << error;
        finish(Problem::ProviderRefused,
               error == u"access_denied"
                   ? tr("%1 did not allow the sign-in. Try again, and accept when %1 asks whether Pitchside may "
                        "use your account.")
                         .arg(providerName(m_provider))
                   : tr("%1 did not complete the sign-in (%2). Try again.").arg(providerName(m_provider), error));
    });
    connect(&m_redirect, &LoopbackRedirect::timedOut, this, [this] {
        const int minutes = qMax(1, m_waitMs / 60000);
        finish(Problem::BrowserTimedOut,
               tr("Nothing came back from the browser within %n minute(s). Start again, and finish the sign-in "
                  "in the browser window that opens.",
                  nullptr, minutes));
    });
}

ProviderSignIn::~ProviderSignIn() = default;

bool ProviderSignIn::isProvider(const QString &provider)
{
    return provider == u"google" || provider == u"meta" || provider == u"linkedin";
}

QString ProviderSignIn::providerName(const QString &provider)
{
    if (provider == u"google")
        return QStringLiteral("Google");
    if (provider == u"meta")
        return QStringLiteral("Meta");
    if (provider == u"linkedin")
        return QStringLiteral("LinkedIn");
    return provider;
}

bool ProviderSignIn::isBrowsable(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
           && (url.scheme() == u"https" || url.scheme() == u"http");
}

void ProviderSignIn::start(const QString &serverText, const QString &provider, OpenBrowser openBrowser,
                           std::function<void(const SignInResult &)> done)
{
    cancel();
    m_result = SignInResult();
    m_provider = provider;
    m_openBrowser = std::move(openBrowser);
    m_done = std::move(done);
    QUrl server;
    if (BackendUrl::check(serverText, &server) != BackendUrl::Problem::None) {
        const QString message = SignIn::describe(Problem::BadAddress, serverText.trimmed(), {});
        QTimer::singleShot(0, this, [this, message] { finish(Problem::BadAddress, message); });
        return;
    }
    if (!isProvider(provider)) {
        QTimer::singleShot(0, this, [this] { finish(Problem::Refused, tr("This sign-in provider is not known.")); });
        return;
    }
    m_result.server = server;
    m_redirect.setPages(tr("Pitchside"),
                        tr("You are signed in. You can close this tab and go back to Pitchside."),
                        tr("This page does not belong to a sign-in Pitchside is waiting for. You can close it."));
    if (!m_redirect.listen(m_waitMs)) {
        QTimer::singleShot(0, this, [this] {
            finish(Problem::NoBrowser, tr("Pitchside could not prepare the sign-in on this computer (no local "
                                          "port could be opened). Try again."));
        });
        return;
    }
    api::ApiConfig config;
    config.baseUrl = server;
    config.language = m_language;
    config.timeoutMs = 20000;
    config.deadlineMs = 30000;
    m_client = std::make_unique<api::ApiClient>(config, nullptr);
    api::ApiRequest req;
    req.method = "POST";
    req.path = QStringLiteral("/api/auth/oauth/%1/start").arg(provider);
    req.authenticated = false;
    req.body = QByteArray::fromStdString(
        nlohmann::json{{"return_to", m_redirect.redirectUri().toString().toStdString()},
                       {"state", m_redirect.state().toStdString()},
                       {"code_challenge", m_redirect.codeChallenge().toStdString()},
                       {"code_challenge_method", "S256"}}
            .dump());
    qCInfo(lcAuth) << "provider sign-in with" << provider << "at" << server.toString();
    m_client->send(req, this, [this](const api::ApiResponse &r) { onAuthorizationUrl(r); });
}

void ProviderSignIn::onAuthorizationUrl(const api::ApiResponse &r)
{
    const QString name = providerName(m_provider);
    if (!r.ok()) {
        if (r.error.kind == api::ApiError::Kind::Http && (r.error.status == 404 || r.error.status == 405)) {
            finish(Problem::Refused, tr("This server does not offer sign-in with %1. Use your email and password.")
                                         .arg(name),
                   r.error);
            return;
        }
        const Problem p = SignIn::classify(r.error);
        finish(p, SignIn::describe(p, m_result.server.toString(), r.error), r.error);
        return;
    }
    const QString text = r.data.is_object() ? api::optionalString(r.data, "authorization_url") : QString();
    const QUrl url(text, QUrl::StrictMode);
    if (!isBrowsable(url)) {
        // Every byte from a server is hostile: only a web page is opened.
        qCWarning(lcAuth) << "refused an authorization_url that is not a web address";
        finish(Problem::NotPitchside,
               tr("The server sent a sign-in address Pitchside will not open. Check the server address."),
               api::ApiError::parse(QStringLiteral("$.data.authorization_url"), QStringLiteral("not an http(s) URL")));
        return;
    }
    if (!m_openBrowser || !m_openBrowser(url)) {
        finish(Problem::NoBrowser, tr("Pitchside could not open your web browser. Check that a default browser is "
                                      "set, then try again."));
        return;
    }
    Q_EMIT waitingForBrowser(name);
}

void ProviderSignIn::onCode(const QString &code)
{
    api::ApiRequest req;
    req.method = "POST";
    req.path = QStringLiteral("/api/auth/oauth/complete");
    req.authenticated = false;
    req.body = QByteArray::fromStdString(
        nlohmann::json{{"code", code.toStdString()}, {"code_verifier", m_redirect.codeVerifier().toStdString()}}
            .dump());
    m_client->send(req, this, [this](const api::ApiResponse &r) {
        if (!r.ok()) {
            if (r.error.kind == api::ApiError::Kind::Http && r.error.status == 401) {
                // A code already used, too old, or not bound to our verifier.
                finish(Problem::Refused,
                       tr("The sign-in with %1 could not be completed. Start again.").arg(providerName(m_provider)),
                       r.error);
                return;
            }
            const Problem p = SignIn::classify(r.error);
            finish(p, SignIn::describe(p, m_result.server.toString(), r.error), r.error);
            return;
        }
        try {
            m_result.session = r.data.get<api::dto::Session>();
        } catch (const api::DtoError &e) {
            const api::ApiError error
                = api::ApiError::parse(api::jsonPathString("data." + e.path()), QString::fromStdString(e.why()));
            finish(Problem::NotPitchside, SignIn::describe(Problem::NotPitchside, m_result.server.toString(), error),
                   error);
            return;
        }
        qCInfo(lcAuth) << "signed in with" << m_provider << "as user" << m_result.session.user.id;
        finish(Problem::None, {});
    });
}

void ProviderSignIn::cancel()
{
    if (!m_done)
        return;
    finish(Problem::Cancelled, {});
}

void ProviderSignIn::finish(Problem problem, const QString &message, const api::ApiError &error)
{
    // Taken first: aborting calls back into this with the request's own
    // error, which must not replace the reason (a cancel, a timeout).
    auto done = std::exchange(m_done, nullptr);
    m_redirect.close();
    if (m_client && problem != Problem::None)
        m_client->abortAll();
    if (!done)
        return;
    m_result.problem = problem;
    m_result.message = message;
    m_result.error = error;
    if (problem != Problem::None && problem != Problem::Cancelled)
        qCInfo(lcAuth) << "provider sign-in failed:" << (error.ok() ? QString() : error.summary());
    const SignInResult result = m_result;
    done(result);
}

} // namespace pitchside::sync::auth
