// POST /api/auth/register, /login, /refresh, /logout (API.md §2).
#include "modules/seed_shapes.h"
#include "auth/passwords.h"
#include "auth/sign_in.h"
#include "auth/sessions.h"
#include "core/app_context.h"
#include "core/log.h"
#include "core/timeutil.h"
#include "http/api_error.h"
#include "http/fields.h"
#include "http/router.h"
#include "modules/users_model.h"
#include "store/database.h"

#include <QSqlQuery>

json signInBody(AppContext &ctx, const QString &userId, const TokenPair &t)
{
    return shapes::signIn(ctx, {{"access_token", ss(t.accessToken)},
                                {"refresh_token", ss(t.refreshToken)},
                                {"token_type", "Bearer"},
                                {"expires_in", t.expiresIn},
                                {"refresh_expires_in", t.refreshExpiresIn},
                                {"user", users::toJson(ctx, userId)}});
}

namespace {

void touchLastLogin(AppContext &ctx, const QString &userId)
{
    json b = users::body(ctx, userId);
    b["last_login"] = ss(timeutil::nowIso());
    users::saveBody(ctx, userId, b, false);
}

Response registerUser(AppContext &ctx, Request &req)
{
    Fields f(req.jsonBody());
    const auto email = f.email("email", Need::Required);
    const auto password = f.str("password", Need::Required, 200, 10);
    const auto name = f.str("name", Need::Required, 100, 1);
    const QString id = users::create(ctx, email.value, password.value, name.value.trimmed());
    touchLastLogin(ctx, id);
    qCInfo(lcAuth) << "registered user" << id;
    return Response::created(signInBody(ctx, id, ctx.sessions->start(id)));
}

Response login(AppContext &ctx, Request &req)
{
    Fields f(req.jsonBody());
    const auto email = f.str("email", Need::Required, 254, 1);
    const auto password = f.str("password", Need::Required, 200, 1);
    QSqlQuery q = ctx.db->exec(QStringLiteral("SELECT id, password_hash FROM users WHERE email = ?"),
                               {email.value.trimmed().toLower()});
    const bool found = q.next();
    const QString id = found ? q.value(0).toString() : QString();
    const QString hash = found ? q.value(1).toString() : QString();
    bool ok = false;
    if (hash.isEmpty())
        passwords::dummyVerify(ctx.config.pbkdf2Iterations);
    else
        ok = passwords::verify(password.value, hash);
    if (!ok)
        throw ApiError(401, "UNAUTHORIZED",
                       {QStringLiteral("Adresse e-mail ou mot de passe incorrect."),
                        QStringLiteral("Wrong e-mail address or password.")},
                       {{"reason", "invalid_credentials"}});
    touchLastLogin(ctx, id);
    return Response::ok(signInBody(ctx, id, ctx.sessions->start(id)));
}

Response refresh(AppContext &ctx, Request &req)
{
    Fields f(req.jsonBody());
    const auto token = f.str("refresh_token", Need::Required, 200, 1);
    QString userId;
    std::unique_ptr<ApiError> error;
    const TokenPair pair = ctx.sessions->refresh(token.value, &userId, &error);
    if (error)
        return Response::failure(std::shared_ptr<ApiError>(std::move(error)));
    return Response::ok(signInBody(ctx, userId, pair));
}

} // namespace

PITCHSIDE_ROUTES(auth)
{
    router.add("POST", QStringLiteral("/api/auth/register"), [&ctx](Request &r) { return registerUser(ctx, r); })
        .access = Access::Public;
    router.add("POST", QStringLiteral("/api/auth/login"), [&ctx](Request &r) { return login(ctx, r); })
        .access = Access::Public;
    router.add("POST", QStringLiteral("/api/auth/refresh"), [&ctx](Request &r) { return refresh(ctx, r); })
        .access = Access::Public;
    router.add("POST", QStringLiteral("/api/auth/logout"), [&ctx](Request &r) {
        ctx.sessions->revoke(r.sessionId, "logout");
        return Response::noContent();
    });
}
