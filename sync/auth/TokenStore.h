#pragma once

#include "../api/TokenSource.h"
#include "Keychain.h"

#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVector>

#include <memory>

namespace pitchside::sync::api {
class ApiClient;
}

namespace pitchside::sync::auth {

struct Tokens
{
    QString access;
    QString refresh;
    qint64 accessExpiresAtMs = 0;

    bool isEmpty() const { return refresh.isEmpty(); }
    QByteArray toKeychainData() const;
    static Tokens fromKeychainData(const QByteArray &data);
};

// An account's tokens: in memory for every thread's API client, in the OS
// keychain between runs (never on disk otherwise). Refreshes them when the
// server refuses the access token, with exactly one refresh in flight at a
// time in this process, and across processes (the app and pitchside-cli on
// the same account) thanks to a lock file in the account's folder: refresh
// tokens rotate, and presenting a used one revokes the whole session.
//
// Lives on the thread that created it (the UI thread, or the CLI's main
// thread); accessToken() and refreshAfterRejection() may be called from any
// thread.
class TokenStore : public QObject, public api::TokenSource
{
    Q_OBJECT
public:
    // keychainKey: the account key; lockPath: a file in the account's folder.
    TokenStore(const QUrl &server, QString keychainKey, QString lockPath, Keychain *keychain,
               QObject *parent = nullptr);
    ~TokenStore() override;

    Tokens tokens() const;
    void setTokens(const Tokens &tokens);
    // Whether tokens survive this run (the last keychain access worked).
    bool hasSecureStorage() const;

    // Keychain <-> memory. `done` gets the keychain's status.
    void load(std::function<void(Keychain::Status)> done);
    void save(std::function<void(Keychain::Status)> done);
    void forget(std::function<void(Keychain::Status)> done);

    QString accessToken() const override;
    void refreshAfterRejection(const QString &rejected, QObject *context, RefreshDone done) override;

    // Language of the server's messages for the refresh requests.
    void setLanguage(const QByteArray &language);

Q_SIGNALS:
    // The refresh token was refused: the user must sign in again. The
    // outbox is untouched; nothing is lost.
    void signInRequired();
    void tokensChanged();

private:
    void startRefresh();
    void refreshWithLock(int attempt);
    void postRefresh(const QString &rejected);
    void finishRefresh(RefreshOutcome outcome, const api::ApiError &error);

    QUrl m_server;
    QString m_key;
    QString m_lockPath;
    QPointer<Keychain> m_keychain;
    std::unique_ptr<api::ApiClient> m_client;
    QByteArray m_language = "fr";

    mutable QMutex m_mutex;
    Tokens m_tokens;
    bool m_secure = false;
    bool m_refreshing = false;
    QString m_rejected;
    struct Waiter
    {
        QPointer<QObject> context;
        RefreshDone done;
    };
    QVector<Waiter> m_waiters;
    class CrossProcessLock;
    std::unique_ptr<CrossProcessLock> m_lock;
};

} // namespace pitchside::sync::auth
