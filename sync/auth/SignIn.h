#pragma once

#include "../api/ApiError.h"
#include "../api/Dto.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

namespace pitchside::sync::api {
class ApiClient;
}

namespace pitchside::sync::auth {

// What a sign-in attempt came to, with the reason in words a person can act on.
struct SignInResult
{
    enum class Problem {
        None,
        BadAddress,       // the server address is not usable (see BackendUrl)
        WrongCredentials, // the server refused the email and password
        Unreachable,      // nothing answered at that address
        Timeout,          // the server did not answer in time
        Tls,              // the secure connection failed (certificate…)
        NotPitchside,     // something answered, but not a Pitchside server
        RateLimited,      // too many attempts: wait
        ServerTrouble,    // the server failed (5xx)
        Refused,          // another refusal; `message` has the server's words
        // Provider sign-in (ProviderSignIn):
        Cancelled,        // the user stopped it
        BrowserTimedOut,  // the browser did not come back in time
        ProviderRefused,  // the provider, or the user there, said no
        NoBrowser,        // no browser could be opened, or no local port for its return
    };

    Problem problem = Problem::None;
    QString message; // translated; empty when the sign-in worked
    QUrl server;     // normalised
    api::dto::Session session;
    api::ApiError error;

    bool ok() const { return problem == Problem::None; }
};

// POST /api/auth/login, and the sentence to show when it fails.
class SignIn : public QObject
{
    Q_OBJECT
public:
    explicit SignIn(QObject *parent = nullptr);
    ~SignIn() override;

    void setLanguage(const QByteArray &language) { m_language = language; }
    // The whole sign-in exchange (tests shorten it).
    void setDeadlineMs(int ms) { m_deadlineMs = ms; }
    void start(const QString &serverText, const QString &email, const QString &password,
               std::function<void(const SignInResult &)> done);
    void cancel();
    bool isRunning() const { return m_running; }

    static SignInResult::Problem classify(const api::ApiError &error);
    static QString describe(SignInResult::Problem problem, const QString &server, const api::ApiError &error);

private:
    std::unique_ptr<api::ApiClient> m_client;
    QByteArray m_language = "fr";
    int m_deadlineMs = 30000;
    bool m_running = false;
};

} // namespace pitchside::sync::auth
