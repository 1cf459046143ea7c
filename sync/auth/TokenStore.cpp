#include "TokenStore.h"

#include "models/PrivateFiles.h"

#include "../Logging.h"
#include "../api/ApiClient.h"
#include "../api/Dto.h"
#include "models/Clock.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QMutexLocker>
#include <QTimer>

namespace pitchside::sync::auth {

using json = nlohmann::json;

QByteArray Tokens::toKeychainData() const
{
    const json j = {{"refresh_token", refresh.toStdString()},
                    {"access_token", access.toStdString()},
                    {"access_expires_at", accessExpiresAtMs}};
    return QByteArray::fromStdString(j.dump());
}

Tokens Tokens::fromKeychainData(const QByteArray &data)
{
    Tokens t;
    const json j = json::parse(data.constBegin(), data.constEnd(), nullptr, false);
    if (!j.is_object())
        return t;
    t.refresh = QString::fromStdString(j.value("refresh_token", std::string()));
    t.access = QString::fromStdString(j.value("access_token", std::string()));
    t.accessExpiresAtMs = j.value("access_expires_at", qint64(0));
    return t;
}

// QLockFile polled from the event loop, never blocking the thread.
class TokenStore::CrossProcessLock
{
public:
    explicit CrossProcessLock(const QString &path) : m_file(path)
    {
        m_file.setStaleLockTime(30 * 1000); // a process killed while refreshing
    }
    bool tryLock() { return m_file.tryLock(0); }
    void unlock()
    {
        if (m_file.isLocked())
            m_file.unlock();
    }

private:
    QLockFile m_file;
};

TokenStore::TokenStore(const QUrl &server, QString keychainKey, QString lockPath, Keychain *keychain, QObject *parent)
    : QObject(parent), m_server(server), m_key(std::move(keychainKey)), m_lockPath(std::move(lockPath)),
      m_keychain(keychain)
{
    PrivateFiles::makeDir(QFileInfo(m_lockPath).absolutePath());
    m_lock = std::make_unique<CrossProcessLock>(m_lockPath);
}

TokenStore::~TokenStore()
{
    m_lock->unlock();
}

void TokenStore::setLanguage(const QByteArray &language)
{
    m_language = language;
    m_client.reset();
}

Tokens TokenStore::tokens() const
{
    QMutexLocker locker(&m_mutex);
    return m_tokens;
}

void TokenStore::setTokens(const Tokens &tokens)
{
    {
        QMutexLocker locker(&m_mutex);
        m_tokens = tokens;
    }
    Q_EMIT tokensChanged();
}

bool TokenStore::hasSecureStorage() const
{
    QMutexLocker locker(&m_mutex);
    return m_secure;
}

QString TokenStore::accessToken() const
{
    QMutexLocker locker(&m_mutex);
    return m_tokens.access;
}

void TokenStore::load(std::function<void(Keychain::Status)> done)
{
    if (!m_keychain) {
        done(Keychain::Status::Unavailable);
        return;
    }
    m_keychain->read(m_key, this, [this, done = std::move(done)](const Keychain::Result &r) {
        {
            QMutexLocker locker(&m_mutex);
            m_secure = r.status == Keychain::Status::Ok || r.status == Keychain::Status::NotFound;
            if (r.status == Keychain::Status::Ok)
                m_tokens = Tokens::fromKeychainData(r.data);
        }
        if (r.status == Keychain::Status::Ok)
            Q_EMIT tokensChanged();
        done(r.status);
    });
}

void TokenStore::save(std::function<void(Keychain::Status)> done)
{
    if (!m_keychain) {
        done(Keychain::Status::Unavailable);
        return;
    }
    m_keychain->write(m_key, tokens().toKeychainData(), this, [this, done = std::move(done)](const Keychain::Result &r) {
        {
            QMutexLocker locker(&m_mutex);
            m_secure = r.status == Keychain::Status::Ok;
        }
        done(r.status);
    });
}

void TokenStore::forget(std::function<void(Keychain::Status)> done)
{
    setTokens({});
    if (!m_keychain) {
        done(Keychain::Status::Unavailable);
        return;
    }
    m_keychain->remove(m_key, this, [done = std::move(done)](const Keychain::Result &r) { done(r.status); });
}

void TokenStore::refreshAfterRejection(const QString &rejected, QObject *context, RefreshDone done)
{
    bool start = false;
    {
        QMutexLocker locker(&m_mutex);
        if (!m_tokens.access.isEmpty() && m_tokens.access != rejected) {
            // Someone refreshed since that request left: just replay it.
            locker.unlock();
            QMetaObject::invokeMethod(
                context, [done] { done(RefreshOutcome::Refreshed, {}); }, Qt::QueuedConnection);
            return;
        }
        m_waiters.push_back({context, std::move(done)});
        if (!m_refreshing) {
            m_refreshing = true;
            m_rejected = rejected;
            start = true;
        }
    }
    if (start)
        QMetaObject::invokeMethod(this, &TokenStore::startRefresh, Qt::QueuedConnection);
}

void TokenStore::startRefresh()
{
    refreshWithLock(0);
}

void TokenStore::refreshWithLock(int attempt)
{
    if (!m_lock->tryLock()) {
        if (attempt > 400) { // 10 s: the other process is stuck; refresh anyway
            qCWarning(lcAuth) << "token lock busy for 10 s; refreshing without it";
        } else {
            QTimer::singleShot(25, this, [this, attempt] { refreshWithLock(attempt + 1); });
            return;
        }
    }
    const QString rejected = [this] {
        QMutexLocker locker(&m_mutex);
        return m_rejected;
    }();
    if (!m_keychain) {
        postRefresh(rejected);
        return;
    }
    // Another process (the CLI, a second window) may have rotated the pair
    // meanwhile: its tokens are in the keychain, ours are dead.
    m_keychain->read(m_key, this, [this, rejected](const Keychain::Result &r) {
        if (r.status == Keychain::Status::Ok) {
            const Tokens stored = Tokens::fromKeychainData(r.data);
            QMutexLocker locker(&m_mutex);
            if (!stored.refresh.isEmpty() && stored.refresh != m_tokens.refresh) {
                qCInfo(lcAuth) << "adopting tokens another process refreshed";
                m_tokens = stored;
                const bool fresh = !stored.access.isEmpty() && stored.access != rejected
                                   && stored.accessExpiresAtMs > Clock::nowMs() + 5000;
                locker.unlock();
                if (fresh) {
                    finishRefresh(RefreshOutcome::Refreshed, {});
                    return;
                }
            }
        }
        postRefresh(rejected);
    });
}

void TokenStore::postRefresh(const QString &)
{
    const QString refresh = tokens().refresh;
    if (refresh.isEmpty()) {
        api::ApiError e;
        e.kind = api::ApiError::Kind::SignInRequired;
        finishRefresh(RefreshOutcome::Rejected, e);
        return;
    }
    if (!m_client) {
        api::ApiConfig config;
        config.baseUrl = m_server;
        config.language = m_language;
        config.timeoutMs = 20000;
        m_client = std::make_unique<api::ApiClient>(config, nullptr);
    }
    api::ApiRequest req;
    req.method = "POST";
    req.path = QStringLiteral("/api/auth/refresh");
    req.authenticated = false;
    req.body = QByteArray::fromStdString(json(api::dto::RefreshRequest{refresh}).dump());
    m_client->send(req, this, [this](const api::ApiResponse &r) {
        if (!r.ok()) {
            const bool rejected = r.error.kind == api::ApiError::Kind::Http && r.error.status >= 400
                                  && r.error.status < 500 && r.error.status != 408 && r.error.status != 429;
            qCInfo(lcAuth) << "token refresh failed:" << r.error.summary();
            finishRefresh(rejected ? RefreshOutcome::Rejected : RefreshOutcome::Failed, r.error);
            return;
        }
        api::dto::Session session;
        try {
            session = r.data.get<api::dto::Session>();
        } catch (const api::DtoError &e) {
            finishRefresh(RefreshOutcome::Failed,
                          api::ApiError::parse(api::jsonPathString("data." + e.path()), QString::fromStdString(e.why())));
            return;
        }
        Tokens fresh;
        fresh.access = session.accessToken;
        fresh.refresh = session.refreshToken;
        fresh.accessExpiresAtMs = Clock::nowMs() + session.expiresIn * 1000;
        // Rotation: the old refresh token is dead now. Write the new one to
        // the keychain before anyone uses the new access token, so that a
        // crash in between cannot leave us holding only a dead token.
        if (!m_keychain) {
            setTokens(fresh);
            finishRefresh(RefreshOutcome::Refreshed, {});
            return;
        }
        m_keychain->write(m_key, fresh.toKeychainData(), this, [this, fresh](const Keychain::Result &w) {
            {
                QMutexLocker locker(&m_mutex);
                m_secure = w.status == Keychain::Status::Ok;
            }
            setTokens(fresh);
            qCInfo(lcAuth) << "tokens refreshed";
            finishRefresh(RefreshOutcome::Refreshed, {});
        });
    });
}

void TokenStore::finishRefresh(RefreshOutcome outcome, const api::ApiError &error)
{
    QVector<Waiter> waiters;
    {
        QMutexLocker locker(&m_mutex);
        waiters.swap(m_waiters);
        m_refreshing = false;
        if (outcome == RefreshOutcome::Rejected)
            m_tokens = {};
    }
    if (outcome == RefreshOutcome::Rejected && m_keychain) {
        // Dead tokens: next start asks for a sign-in instead of failing again.
        m_keychain->remove(m_key, this, [](const Keychain::Result &) {});
    }
    m_lock->unlock();
    for (const Waiter &w : waiters) {
        if (!w.context)
            continue;
        const RefreshDone done = w.done;
        QMetaObject::invokeMethod(
            w.context, [done, outcome, error] { done(outcome, error); }, Qt::QueuedConnection);
    }
    if (outcome == RefreshOutcome::Rejected) {
        qCWarning(lcAuth) << "the server refused the refresh token: sign-in required";
        Q_EMIT signInRequired();
    }
}

} // namespace pitchside::sync::auth
