#include "sessions.h"

#include "core/config.h"
#include "core/ids.h"
#include "core/log.h"
#include "core/timeutil.h"
#include "http/api_error.h"
#include "http/request.h"
#include "store/database.h"

#include <QDateTime>
#include <QSqlQuery>

Sessions::Sessions(Database &db, const Config &config) : m_db(db), m_config(config)
{
    // The signing key lives in the database so restarts keep tokens valid.
    QString secret = m_db.meta(QStringLiteral("jwt_secret"));
    if (secret.isEmpty()) {
        secret = QString::fromLatin1(ids::randomBytes(32).toBase64());
        m_db.setMeta(QStringLiteral("jwt_secret"), secret);
    }
    m_jwt = std::make_unique<Jwt>(QByteArray::fromBase64(secret.toLatin1()));
}

qint64 Sessions::generation()
{
    if (m_generation < 0)
        m_generation = m_db.meta(QStringLiteral("access_generation")).toLongLong();
    return m_generation;
}

TokenPair Sessions::issue(const QString &userId, const QString &sessionId)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    TokenPair p;
    p.expiresIn = m_config.accessTtl;
    p.refreshExpiresIn = m_config.refreshTtl;
    p.accessToken = m_jwt->sign({{"sub", ss(userId)},
                                 {"sid", ss(sessionId)},
                                 {"typ", "access"},
                                 {"gen", generation()},
                                 {"iat", now},
                                 {"exp", now + m_config.accessTtl},
                                 {"jti", ss(ids::randomToken(9))}});
    p.refreshToken = ids::randomToken(32);
    const QDateTime t = timeutil::now();
    m_db.exec(QStringLiteral("INSERT INTO refresh_tokens(token_hash, session_id, user_id, issued_at, expires_at)"
                             " VALUES(?, ?, ?, ?, ?)"),
              {ids::sha256Hex(p.refreshToken.toLatin1()), sessionId, userId, timeutil::iso(t),
               timeutil::iso(t.addSecs(m_config.refreshTtl))});
    return p;
}

TokenPair Sessions::start(const QString &userId)
{
    const QString sid = ids::uuid();
    m_db.exec(QStringLiteral("INSERT INTO sessions(id, user_id, created_at) VALUES(?, ?, ?)"),
              {sid, userId, timeutil::nowIso()});
    return issue(userId, sid);
}

TokenPair Sessions::refresh(const QString &refreshToken, QString *userId,
                            std::unique_ptr<ApiError> *error)
{
    const QString hash = ids::sha256Hex(refreshToken.toLatin1());
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT t.session_id, t.user_id, t.expires_at, t.used_at, s.revoked_at"
                                           " FROM refresh_tokens t JOIN sessions s ON s.id = t.session_id"
                                           " WHERE t.token_hash = ?"),
                            {hash});
    if (!q.next()) {
        *error = std::make_unique<ApiError>(ApiError::unauthorized("invalid_refresh_token"));
        return {};
    }
    const QString sid = q.value(0).toString();
    *userId = q.value(1).toString();
    if (!q.value(4).isNull()) {
        *error = std::make_unique<ApiError>(ApiError::unauthorized("session_revoked"));
        return {};
    }
    if (!q.value(3).isNull()) {
        qCWarning(lcAuth) << "refresh token reuse detected; revoking session" << sid;
        revoke(sid, "refresh_token_reuse");
        *error = std::make_unique<ApiError>(ApiError::unauthorized("refresh_token_reused"));
        return {};
    }
    if (q.value(2).toString() <= timeutil::nowIso()) {
        *error = std::make_unique<ApiError>(ApiError::unauthorized("refresh_token_expired"));
        return {};
    }
    m_db.exec(QStringLiteral("UPDATE refresh_tokens SET used_at = ? WHERE token_hash = ?"),
              {timeutil::nowIso(), hash});
    return issue(*userId, sid);
}

void Sessions::revoke(const QString &sessionId, const char *reason)
{
    m_db.exec(QStringLiteral("UPDATE sessions SET revoked_at = ?, revoke_reason = ? WHERE id = ? AND revoked_at IS NULL"),
              {timeutil::nowIso(), QString::fromLatin1(reason), sessionId});
    if (onRevoked)
        onRevoked(sessionId);
}

Principal Sessions::authenticate(const Request &req)
{
    const QByteArray auth = req.header("authorization");
    if (auth.isEmpty())
        throw ApiError::unauthorized("missing_token");
    if (!auth.startsWith("Bearer ") || auth.size() < 8)
        throw ApiError::unauthorized("malformed_token");
    const char *reason = nullptr;
    const auto claims = m_jwt->verify(QString::fromLatin1(auth.mid(7).trimmed()), &reason);
    if (!claims)
        throw ApiError::unauthorized(reason);
    if (claims->value("typ", "") != "access" || !(*claims)["sub"].is_string()
        || !(*claims)["sid"].is_string())
        throw ApiError::unauthorized("malformed_token");
    if (claims->value("gen", qint64(-1)) != generation())
        throw ApiError::unauthorized("token_expired");
    Principal p{qs((*claims)["sub"].get<std::string>()), qs((*claims)["sid"].get<std::string>())};
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT s.revoked_at FROM sessions s JOIN users u ON u.id = s.user_id"
                                           " WHERE s.id = ? AND s.user_id = ?"),
                            {p.sessionId, p.userId});
    if (!q.next())
        throw ApiError::unauthorized("unknown_session");
    if (!q.value(0).isNull())
        throw ApiError::unauthorized("session_revoked");
    return p;
}

void Sessions::expireAllAccessTokens()
{
    m_generation = generation() + 1;
    m_db.setMeta(QStringLiteral("access_generation"), QString::number(m_generation));
}

int Sessions::deleteRefreshTokensOf(const QString &userId)
{
    QSqlQuery q = m_db.exec(QStringLiteral("DELETE FROM refresh_tokens WHERE user_id = ? AND used_at IS NULL"),
                            {userId});
    return q.numRowsAffected();
}
