#pragma once

#include "../api/ApiError.h"
#include "LoopbackRedirect.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace pitchside::sync::api {
class ApiClient;
struct ApiResponse;
class TokenSource;
} // namespace pitchside::sync::api

namespace pitchside::sync::auth {

// What the Accounts page asks the backend about network accounts (API.md
// §9): connecting one, which is an OAuth flow the backend completes (it
// keeps the provider's tokens; the app learns the account id on its
// loopback listener, with its own state), and renewing an authorisation
// before it ends. Disconnecting is a store delete, synced like any other.
class SocialConnect : public QObject
{
    Q_OBJECT
public:
    using OpenBrowser = std::function<bool(const QUrl &)>;

    struct Result
    {
        enum class Problem { None, Cancelled, Refused, Denied, TimedOut, NoBrowser, Offline, SignInRequired, Failed };
        Problem problem = Problem::None;
        QString accountId; // connected or renewed
        QString message;   // what happened and what to do, in the app's language
        api::ApiError error;
        bool ok() const { return problem == Problem::None; }
    };
    using Done = std::function<void(const Result &)>;

    SocialConnect(const QUrl &server, const QByteArray &language, api::TokenSource *tokens,
                  QObject *parent = nullptr);
    ~SocialConnect() override;

    static bool isNetwork(const QString &platform); // linkedin, facebook, instagram

    void setBrowserWaitMs(int ms) { m_waitMs = ms; }
    // One flow at a time: a new one cancels the last.
    void connectAccount(const QString &platform, OpenBrowser openBrowser, Done done);
    void renew(const QString &accountId, const QString &platform, Done done);
    void cancel();
    bool isRunning() const { return bool(m_done); }
    QString runningPlatform() const { return m_done ? m_platform : QString(); }
    QUrl redirectUri() const { return m_redirect.redirectUri(); } // while waiting (tests)

Q_SIGNALS:
    void waitingForBrowser(const QString &networkName);

private:
    void onAuthorizationUrl(const api::ApiResponse &r);
    Result failure(const api::ApiError &error) const;
    void finish(Result result);

    std::unique_ptr<api::ApiClient> m_client;
    LoopbackRedirect m_redirect;
    OpenBrowser m_openBrowser;
    Done m_done;
    QString m_platform;
    int m_waitMs = 5 * 60 * 1000;
};

} // namespace pitchside::sync::auth
