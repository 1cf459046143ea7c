// Sign-in sessions: short-lived JWT access tokens and rotating opaque
// refresh tokens (stored hashed). Presenting a refresh token that was
// already rotated revokes the whole session (reuse detection).
#pragma once

#include "auth/jwt.h"
#include "core/json.h"

#include <QString>
#include <functional>
#include <memory>

class ApiError;
class Database;
struct Config;
struct Request;

struct TokenPair {
    QString accessToken;
    QString refreshToken;
    int expiresIn = 0;
    int refreshExpiresIn = 0;
};

struct Principal {
    QString userId;
    QString sessionId;
};

class Sessions {
public:
    Sessions(Database &db, const Config &config);

    TokenPair start(const QString &userId);
    // Rotation; on reuse the session is revoked. Failures return the
    // ApiError instead of throwing so the revocation itself gets committed.
    TokenPair refresh(const QString &refreshToken, QString *userId, std::unique_ptr<ApiError> *error);
    void revoke(const QString &sessionId, const char *reason);

    Principal authenticate(const Request &req);

    // Test mode.
    void expireAllAccessTokens();
    int deleteRefreshTokensOf(const QString &userId);

    // Called when a session dies (the SSE streams of that session close).
    std::function<void(const QString &sessionId)> onRevoked;

private:
    TokenPair issue(const QString &userId, const QString &sessionId);
    qint64 generation();

    Database &m_db;
    const Config &m_config;
    std::unique_ptr<Jwt> m_jwt;
    qint64 m_generation = -1;
};
