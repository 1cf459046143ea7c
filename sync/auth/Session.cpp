#include "Session.h"

#include "../Logging.h"
#include "../api/ApiClient.h"
#include "models/Clock.h"
#include "models/store/AccountLocation.h"

#include <QDateTime>
#include <QDir>

namespace pitchside::sync::auth {

Session::Session(AccountInfo account, const QString &dataRoot, Keychain *keychain, QObject *parent)
    : QObject(parent), m_account(std::move(account))
{
    const QString dir = store::AccountLocation::accountDir(dataRoot, m_account.key);
    m_tokens = std::make_unique<TokenStore>(server(), m_account.key, QDir(dir).filePath(QStringLiteral("tokens.lock")),
                                            keychain, this);
    connect(m_tokens.get(), &TokenStore::signInRequired, this, [this] { setState(State::SignInRequired); });
}

Session::~Session() = default;

AccountInfo Session::accountFrom(const SignInResult &r)
{
    AccountInfo a;
    a.server = r.server.toString();
    a.userId = r.session.user.id;
    a.email = r.session.user.email;
    a.name = r.session.user.name;
    a.key = store::AccountLocation::keyFor(r.server, a.userId);
    a.addedAtMs = Clock::nowMs();
    return a;
}

void Session::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Session::restore(std::function<void(State)> done)
{
    setState(State::Restoring);
    m_tokens->load([this, done = std::move(done)](Keychain::Status status) {
        m_secure = status == Keychain::Status::Ok || status == Keychain::Status::NotFound;
        const bool have = status == Keychain::Status::Ok && !m_tokens->tokens().isEmpty();
        qCInfo(lcAuth) << "restoring" << m_account.key << (have ? "with stored tokens" : "without tokens")
                       << (m_secure ? "" : "(no secure storage)");
        setState(have ? State::SignedIn : State::SignInRequired);
        if (done)
            done(m_state);
    });
}

void Session::adopt(const api::dto::Session &session, std::function<void(bool)> done)
{
    Tokens t;
    t.access = session.accessToken;
    t.refresh = session.refreshToken;
    t.accessExpiresAtMs = Clock::nowMs() + session.expiresIn * 1000;
    m_tokens->setTokens(t);
    setState(State::SignedIn);
    m_tokens->save([this, done = std::move(done)](Keychain::Status status) {
        m_secure = status == Keychain::Status::Ok;
        if (!m_secure)
            qCWarning(lcAuth) << "no secure storage available: the tokens stay in memory only";
        if (done)
            done(m_secure);
    });
}

void Session::signOut(std::function<void()> done)
{
    auto forget = [this, done = std::move(done)] {
        m_tokens->forget([this, done](Keychain::Status) {
            setState(State::SignInRequired);
            done();
        });
    };
    if (m_tokens->tokens().isEmpty()) {
        forget();
        return;
    }
    // Revoke the session on the server, so that a copy of the refresh token
    // elsewhere is worthless; do not wait long for it.
    api::ApiConfig config;
    config.baseUrl = server();
    config.timeoutMs = 5000;
    auto *client = new api::ApiClient(config, m_tokens.get(), this);
    api::ApiRequest req;
    req.method = "POST";
    req.path = QStringLiteral("/api/auth/logout");
    client->send(req, this, [client, forget](const api::ApiResponse &r) {
        if (!r.ok())
            qCInfo(lcAuth) << "logout on the server failed:" << r.error.summary();
        client->deleteLater();
        forget();
    });
}

} // namespace pitchside::sync::auth
