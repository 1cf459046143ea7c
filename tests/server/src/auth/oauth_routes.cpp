// Provider sign-in (API.md §2 and §9): the backend owns the provider
// exchange and hands the desktop app a one-time code bound to its PKCE
// challenge. With no network, this server also plays the provider: its
// /oauth/{provider}/authorize page consents at once and redirects to its
// own callback, so the whole flow runs under a redirect-following client.
#include "auth/sessions.h"
#include "auth/sign_in.h"
#include "core/app_context.h"
#include "core/ids.h"
#include "core/log.h"
#include "core/timeutil.h"
#include "http/api_error.h"
#include "http/fields.h"
#include "http/router.h"
#include "modules/users_model.h"
#include "store/database.h"

#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace {

constexpr int kFlowMinutes = 10;

void checkProvider(const QString &provider)
{
    if (provider != QLatin1String("google") && provider != QLatin1String("meta")
        && provider != QLatin1String("linkedin"))
        throw ApiError::notFound("oauth_provider");
}

Response redirect(const QUrl &to)
{
    const QByteArray target = to.toEncoded();
    Response r = Response::raw("<!doctype html><meta charset=utf-8><title>Pitchside</title>"
                               "<p>Redirection… <a href=\"" + QString::fromLatin1(target).toHtmlEscaped().toUtf8()
                                   + "\">continuer</a></p>",
                               "text/html; charset=utf-8", 302);
    r.header("Location", target);
    r.header("Cache-Control", "no-store");
    return r;
}

Response start(AppContext &ctx, Request &req)
{
    const QString provider = req.param(QStringLiteral("provider"));
    checkProvider(provider);
    Fields f(req.jsonBody());
    const auto returnTo = f.str("return_to", Need::Required, 500, 1);
    const auto state = f.str("state", Need::Required, 500, 8);
    const auto challenge = f.str("code_challenge", Need::Required, 128, 43);
    f.oneOf("code_challenge_method", Need::Required, {"S256"});
    const QUrl url(returnTo.value, QUrl::StrictMode);
    // RFC 8252 §7.3: loopback IP literal, plain http, any port.
    if (!url.isValid() || url.scheme() != QLatin1String("http") || url.host() != QLatin1String("127.0.0.1")
        || url.port() <= 0)
        throw ApiError::validation("return_to", "format", {{"expected", "http://127.0.0.1:<port>/<path>"}});
    const QString flow = ids::randomToken(24);
    ctx.db->exec(QStringLiteral("INSERT INTO oauth_flows(id, provider, return_to, state, code_challenge, created_at)"
                                " VALUES(?, ?, ?, ?, ?, ?)"),
                 {flow, provider, returnTo.value, state.value, challenge.value, timeutil::nowIso()});
    QUrl auth(ctx.baseUrl + QStringLiteral("/oauth/%1/authorize").arg(provider));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    q.addQueryItem(QStringLiteral("client_id"), QStringLiteral("pitchside-reference-server"));
    q.addQueryItem(QStringLiteral("redirect_uri"), ctx.baseUrl + QStringLiteral("/oauth/%1/callback").arg(provider));
    q.addQueryItem(QStringLiteral("scope"), QStringLiteral("openid email profile"));
    q.addQueryItem(QStringLiteral("state"), flow);
    auth.setQuery(q);
    return Response::ok({{"authorization_url", ss(auth.toString(QUrl::FullyEncoded))}});
}

Response authorize(AppContext &ctx, Request &req)
{
    const QString provider = req.param(QStringLiteral("provider"));
    checkProvider(provider);
    const QString flow = req.queryValue(QStringLiteral("state"));
    QSqlQuery q = ctx.db->exec(QStringLiteral("SELECT return_to FROM oauth_flows WHERE id = ? AND provider = ?"
                                              " AND provider_code IS NULL AND created_at > ?"),
                               {flow, provider, timeutil::iso(timeutil::now().addSecs(-kFlowMinutes * 60))});
    if (!q.next())
        throw ApiError::notFound("oauth_flow");
    // The user "consents" at once; login_hint picks the provider identity.
    const QString code = ids::randomToken(24);
    ctx.db->exec(QStringLiteral("UPDATE oauth_flows SET provider_code = ?, login_hint = ? WHERE id = ?"),
                 {code, req.queryValue(QStringLiteral("login_hint")).trimmed().toLower(), flow});
    QUrl back(ctx.baseUrl + QStringLiteral("/oauth/%1/callback").arg(provider));
    QUrlQuery bq;
    bq.addQueryItem(QStringLiteral("code"), code);
    bq.addQueryItem(QStringLiteral("state"), flow);
    back.setQuery(bq);
    return redirect(back);
}

Response callback(AppContext &ctx, Request &req)
{
    const QString provider = req.param(QStringLiteral("provider"));
    checkProvider(provider);
    const QString flow = req.queryValue(QStringLiteral("state"));
    QSqlQuery q = ctx.db->exec(QStringLiteral("SELECT return_to, state, provider_code, login_hint FROM oauth_flows"
                                              " WHERE id = ? AND provider = ? AND login_code IS NULL"),
                               {flow, provider});
    if (!q.next())
        throw ApiError::notFound("oauth_flow");
    QUrl back(q.value(0).toString());
    QUrlQuery bq(back);
    bq.addQueryItem(QStringLiteral("state"), q.value(1).toString());
    if (q.value(2).toString().isEmpty() || q.value(2).toString() != req.queryValue(QStringLiteral("code"))) {
        bq.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
        back.setQuery(bq);
        return redirect(back);
    }
    QString email = q.value(3).toString();
    if (!email.contains(QLatin1Char('@')))
        email = QStringLiteral("%1.demo@pitchside.test").arg(provider);
    QString userId = users::idByEmail(ctx, email);
    if (userId.isEmpty())
        userId = users::create(ctx, email, {}, email.section(QLatin1Char('@'), 0, 0),
                               {{"is_verified", true}});
    json body = users::body(ctx, userId);
    json &providers = body["oauth_providers"];
    if (std::find(providers.begin(), providers.end(), json(ss(provider))) == providers.end()) {
        providers.push_back(ss(provider));
        users::saveBody(ctx, userId, body, true);
    }
    const QString loginCode = ids::randomToken(24);
    ctx.db->exec(QStringLiteral("UPDATE oauth_flows SET login_code = ?, user_id = ? WHERE id = ?"),
                 {loginCode, userId, flow});
    bq.addQueryItem(QStringLiteral("code"), loginCode);
    back.setQuery(bq);
    return redirect(back);
}

Response complete(AppContext &ctx, Request &req)
{
    Fields f(req.jsonBody());
    const auto code = f.str("code", Need::Required, 200, 1);
    const auto verifier = f.str("code_verifier", Need::Required, 128, 43);
    QSqlQuery q = ctx.db->exec(QStringLiteral("SELECT id, code_challenge, user_id, used_at, created_at FROM oauth_flows"
                                              " WHERE login_code = ?"),
                               {code.value});
    if (!q.next() || !q.value(3).isNull()
        || q.value(4).toString() < timeutil::iso(timeutil::now().addSecs(-kFlowMinutes * 60)))
        throw ApiError::unauthorized("invalid_code");
    const QString expected = QString::fromLatin1(ids::base64Url(ids::sha256(verifier.value.toLatin1())));
    if (expected != q.value(1).toString())
        throw ApiError::unauthorized("pkce_mismatch");
    ctx.db->exec(QStringLiteral("UPDATE oauth_flows SET used_at = ? WHERE id = ?"),
                 {timeutil::nowIso(), q.value(0).toString()});
    const QString userId = q.value(2).toString();
    qCInfo(lcAuth) << "provider sign-in for user" << userId;
    return Response::ok(signInBody(ctx, userId, ctx.sessions->start(userId)));
}

} // namespace

PITCHSIDE_ROUTES(oauth)
{
    router.add("POST", QStringLiteral("/api/auth/oauth/{provider}/start"), [&ctx](Request &r) { return start(ctx, r); })
        .access = Access::Public;
    router.add("POST", QStringLiteral("/api/auth/oauth/complete"), [&ctx](Request &r) { return complete(ctx, r); })
        .access = Access::Public;
    Route &authorizePage = router.add("GET", QStringLiteral("/oauth/{provider}/authorize"),
                                      [&ctx](Request &r) { return authorize(ctx, r); });
    authorizePage.access = Access::Public;
    authorizePage.writesOnGet = true;
    Route &callbackPage = router.add("GET", QStringLiteral("/oauth/{provider}/callback"),
                                     [&ctx](Request &r) { return callback(ctx, r); });
    callbackPage.access = Access::Public;
    callbackPage.writesOnGet = true;
}
