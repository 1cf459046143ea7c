#pragma once

#include "../api/Envelope.h"
#include "LoopbackRedirect.h"
#include "SignIn.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace pitchside::sync::auth {

// "Continue with Google, Meta or LinkedIn" (API.md §2 and §9): the backend
// owns the provider's callback and secrets; the app only sees a one-time
// code bound to its PKCE challenge. The flow:
//   1. listen on 127.0.0.1 (LoopbackRedirect: state, verifier);
//   2. POST /api/auth/oauth/{provider}/start {return_to, state,
//      code_challenge, code_challenge_method: S256} -> authorization_url;
//   3. open it in the system browser (`openBrowser`, given by the UI);
//   4. the browser comes back to the listener with the code;
//   5. POST /api/auth/oauth/complete {code, code_verifier} -> the session,
//      as a password sign-in gives it (SignInResult).
class ProviderSignIn : public QObject
{
    Q_OBJECT
public:
    using OpenBrowser = std::function<bool(const QUrl &)>;

    explicit ProviderSignIn(QObject *parent = nullptr);
    ~ProviderSignIn() override;

    // google, meta, linkedin (the contract's provider keys).
    static bool isProvider(const QString &provider);
    static QString providerName(const QString &provider); // "Google", "Meta", "LinkedIn"

    void setLanguage(const QByteArray &language) { m_language = language; }
    // How long the browser has to come back (5 minutes; tests shorten it).
    void setBrowserWaitMs(int ms) { m_waitMs = ms; }
    void start(const QString &serverText, const QString &provider, OpenBrowser openBrowser,
               std::function<void(const SignInResult &)> done);
    void cancel();
    bool isRunning() const { return bool(m_done); }
    // While waiting for the browser: where it must come back (tests).
    QUrl redirectUri() const { return m_redirect.redirectUri(); }

    // Only web pages are opened in the browser: an authorization_url from
    // the server in any other scheme (file:, javascript:, a custom handler)
    // is refused.
    static bool isBrowsable(const QUrl &url);

Q_SIGNALS:
    // The browser is open: the user now signs in there.
    void waitingForBrowser(const QString &providerName);

private:
    void onAuthorizationUrl(const api::ApiResponse &r);
    void onCode(const QString &code);
    void finish(SignInResult::Problem problem, const QString &message, const api::ApiError &error = {});

    std::unique_ptr<api::ApiClient> m_client;
    LoopbackRedirect m_redirect;
    OpenBrowser m_openBrowser;
    std::function<void(const SignInResult &)> m_done;
    SignInResult m_result;
    QString m_provider;
    QByteArray m_language = "fr";
    int m_waitMs = 5 * 60 * 1000;
};

} // namespace pitchside::sync::auth
