// Provider sign-in and social account connection (API.md §2 and §9): the
// backend owns the provider exchange. For a sign-in it hands the desktop
// app a one-time code bound to its PKCE challenge; for a connection it
// keeps the provider's tokens (sealed) and tells the app the account id.
// With no network, this server also plays the providers: its
// /oauth/{provider}/authorize page asks for consent (a real form; in test
// mode it consents at once) and redirects to its own callback, so the
// whole flow runs under a redirect-following client.
#include "auth/sessions.h"
#include "auth/sign_in.h"
#include "core/app_context.h"
#include "core/ids.h"
#include "core/log.h"
#include "core/timeutil.h"
#include "http/api_error.h"
#include "http/fields.h"
#include "http/router.h"
#include "modules/social_model.h"
#include "modules/users_model.h"
#include "store/database.h"

#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace {

constexpr int kFlowMinutes = 10;

// Sign-in providers, and the networks an account can be connected on.
bool isSignInProvider(const QString &provider)
{
    return provider == QLatin1String("google") || provider == QLatin1String("meta")
        || provider == QLatin1String("linkedin");
}

void checkProvider(const QString &provider)
{
    if (!isSignInProvider(provider) && !social::isPlatform(provider))
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

// Both flows begin alike: the app's loopback return_to, its state and its
// S256 challenge; the answer is the provider's authorisation page.
Response startFlow(AppContext &ctx, Request &req, const QString &provider, const QString &purpose)
{
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
    ctx.db->exec(QStringLiteral("INSERT INTO oauth_flows(id, provider, return_to, state, code_challenge, created_at,"
                                " purpose, user_id) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
                 {flow, provider, returnTo.value, state.value, challenge.value, timeutil::nowIso(), purpose,
                  purpose == QLatin1String("connect") ? QVariant(req.userId) : QVariant()});
    QUrl auth(ctx.baseUrl + QStringLiteral("/oauth/%1/authorize").arg(provider));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    q.addQueryItem(QStringLiteral("client_id"), QStringLiteral("pitchside-reference-server"));
    q.addQueryItem(QStringLiteral("redirect_uri"), ctx.baseUrl + QStringLiteral("/oauth/%1/callback").arg(provider));
    q.addQueryItem(QStringLiteral("scope"), purpose == QLatin1String("connect")
                                                ? social::scopesFor(provider).join(QLatin1Char(' '))
                                                : QStringLiteral("openid email profile"));
    q.addQueryItem(QStringLiteral("state"), flow);
    auth.setQuery(q);
    return Response::ok({{"authorization_url", ss(auth.toString(QUrl::FullyEncoded))}});
}

Response start(AppContext &ctx, Request &req)
{
    const QString provider = req.param(QStringLiteral("provider"));
    if (!isSignInProvider(provider))
        throw ApiError::notFound("oauth_provider");
    return startFlow(ctx, req, provider, QStringLiteral("sign_in"));
}

Response connectAccount(AppContext &ctx, Request &req)
{
    const QString platform = req.param(QStringLiteral("platform"));
    social::checkPlatform(platform);
    return startFlow(ctx, req, platform, QStringLiteral("connect"));
}

QString providerTitle(const QString &provider)
{
    if (provider == QLatin1String("linkedin"))
        return QStringLiteral("LinkedIn");
    if (provider == QLatin1String("facebook"))
        return QStringLiteral("Facebook");
    if (provider == QLatin1String("instagram"))
        return QStringLiteral("Instagram");
    if (provider == QLatin1String("meta"))
        return QStringLiteral("Meta");
    return QStringLiteral("Google");
}

// The provider's consent page: what is asked, and two buttons that come
// back here with consent=allow or consent=deny.
Response consentPage(const QString &provider, const QString &flow, const QString &scope, const QString &loginHint)
{
    const QString title = providerTitle(provider).toHtmlEscaped();
    QString items;
    for (const QString &s : scope.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        items += QStringLiteral("<li><code>%1</code></li>").arg(s.toHtmlEscaped());
    auto hidden = [](const char *name, const QString &value) {
        return QStringLiteral("<input type=hidden name=%1 value=\"%2\">")
            .arg(QLatin1String(name), value.toHtmlEscaped());
    };
    const QString fields = hidden("state", flow) + hidden("scope", scope) + hidden("login_hint", loginHint);
    const QString html = QStringLiteral(
        "<!doctype html><html lang=fr><meta charset=utf-8><meta name=viewport content=\"width=device-width\">"
        "<title>%1 — autorisation</title>"
        "<style>body{font:16px/1.5 system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;color:#1f2933}"
        "h1{font-size:1.4rem}ul{padding-left:1.2rem}button{font:inherit;padding:.5rem 1.2rem;margin-right:.5rem;"
        "border-radius:6px;border:1px solid #9aa5b1;background:#fff}button.allow{background:#1d6fdc;color:#fff;"
        "border-color:#1d6fdc}small{color:#616e7c}</style>"
        "<h1>%1 (simulé par le serveur de référence)</h1>"
        "<p><strong>Pitchside</strong> demande l'accès à votre compte %1 :</p><ul>%2</ul>"
        "<form method=get><p>%3"
        "<button class=allow name=consent value=allow>Autoriser</button>"
        "<button name=consent value=deny>Refuser</button></p></form>"
        "<p><small>Aucun mot de passe n'est demandé : ce serveur joue le rôle du réseau social.</small></p>")
                             .arg(title, items, fields);
    Response r = Response::raw(html.toUtf8(), "text/html; charset=utf-8");
    r.header("Cache-Control", "no-store");
    return r;
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
    const QString consent = req.queryValue(QStringLiteral("consent"));
    const QString loginHint = req.queryValue(QStringLiteral("login_hint")).trimmed().toLower();
    // In test mode the user "consents" at once (a redirect-following client
    // plays the browser); otherwise the page asks.
    if (consent.isEmpty() && !ctx.config.testMode)
        return consentPage(provider, flow, req.queryValue(QStringLiteral("scope")), loginHint);
    QUrl back(ctx.baseUrl + QStringLiteral("/oauth/%1/callback").arg(provider));
    QUrlQuery bq;
    if (consent == QLatin1String("deny")) {
        bq.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
    } else {
        const QString code = ids::randomToken(24);
        ctx.db->exec(QStringLiteral("UPDATE oauth_flows SET provider_code = ?, login_hint = ? WHERE id = ?"),
                     {code, loginHint, flow});
        bq.addQueryItem(QStringLiteral("code"), code);
    }
    bq.addQueryItem(QStringLiteral("state"), flow);
    back.setQuery(bq);
    return redirect(back);
}

Response callback(AppContext &ctx, Request &req)
{
    const QString provider = req.param(QStringLiteral("provider"));
    checkProvider(provider);
    const QString flow = req.queryValue(QStringLiteral("state"));
    QSqlQuery q = ctx.db->exec(QStringLiteral("SELECT return_to, state, provider_code, login_hint, purpose, user_id"
                                              " FROM oauth_flows WHERE id = ? AND provider = ? AND login_code IS NULL"
                                              " AND used_at IS NULL"),
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
    if (q.value(4).toString() == QLatin1String("connect")) {
        // The code is exchanged for the provider's tokens, here, once.
        const QString userId = q.value(5).toString();
        ctx.db->exec(QStringLiteral("UPDATE oauth_flows SET used_at = ? WHERE id = ?"), {timeutil::nowIso(), flow});
        const QString accountId = social::connect(ctx, userId, provider);
        bq.addQueryItem(QStringLiteral("result"), QStringLiteral("connected"));
        bq.addQueryItem(QStringLiteral("account_id"), accountId);
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
    router.add("POST", QStringLiteral("/api/social/{platform}/connect"),
               [&ctx](Request &r) { return connectAccount(ctx, r); });
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
