#include "social_model.h"

#include "core/app_context.h"
#include "core/ids.h"
#include "core/log.h"
#include "core/textutil.h"
#include "core/timeutil.h"
#include "http/api_error.h"
#include "modules/inbox_model.h"
#include "modules/social_vault.h"
#include "modules/users_model.h"

#include <QRegularExpression>

namespace social {

namespace {

constexpr qint64 kDay = 24 * 3600;

const bool socialAccountIndexer = [] {
    EntityStore::setIndexer(QStringLiteral("social_account"), [](Entity &e) {
        e.status = e.body.value("needs_reconnect", false) ? QStringLiteral("needs_reconnect")
                 : e.body.value("is_active", true)        ? QStringLiteral("active")
                                                          : QStringLiteral("inactive");
        e.search = qs(e.body.value("platform", std::string()));
        e.at = e.body["expires_at"].is_string() ? qs(e.body["expires_at"].get<std::string>()) : e.createdAt;
    });
    return true;
}();

// What the provider would answer about the page or profile behind the
// consent: the user's active club profile, named as each network shows it.
json providerProfile(AppContext &ctx, const QString &userId, const QString &platform)
{
    QString name = users::body(ctx, userId).value("name", std::string()).empty()
        ? QStringLiteral("Pitchside")
        : qs(users::body(ctx, userId).value("name", std::string()));
    if (const QString profileId = users::activeProfileId(ctx, userId); !profileId.isEmpty()) {
        if (const auto profile = ctx.store->find(profileId); profile && profile->body["name"].is_string())
            name = qs(profile->body["name"].get<std::string>());
    }
    const QByteArray digest = ids::sha256((userId + platform).toUtf8()).toHex();
    if (platform == QLatin1String("linkedin"))
        return {{"profile_id", "urn:li:organization:" + std::to_string(10000000 + digest.left(6).toLongLong(nullptr, 16) % 89999999)},
                {"profile_name", ss(name)}};
    const std::string numeric = std::to_string(100000000000000LL + digest.left(10).toLongLong(nullptr, 16) % 899999999999999LL);
    if (platform == QLatin1String("instagram")) {
        // An Instagram handle: folded, dots between the words.
        QString handle = textutil::fold(name);
        handle.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("."));
        while (handle.startsWith(QLatin1Char('.')))
            handle.remove(0, 1);
        while (handle.endsWith(QLatin1Char('.')))
            handle.chop(1);
        return {{"profile_id", numeric}, {"profile_name", ss(QLatin1Char('@') + handle)}};
    }
    return {{"profile_id", numeric}, {"profile_name", ss(name)}};
}

json freshTokens()
{
    return {{"access_token", ss(ids::randomToken(32))}, {"refresh_token", ss(ids::randomToken(32))}};
}

} // namespace

bool isPlatform(const QString &platform)
{
    return platform == QLatin1String("linkedin") || platform == QLatin1String("facebook")
        || platform == QLatin1String("instagram");
}

void checkPlatform(const QString &platform)
{
    if (!isPlatform(platform))
        throw ApiError::notFound("platform");
}

QStringList scopesFor(const QString &platform)
{
    if (platform == QLatin1String("linkedin"))
        return {QStringLiteral("w_organization_social"), QStringLiteral("r_organization_social"),
                QStringLiteral("rw_organization_admin")};
    if (platform == QLatin1String("instagram"))
        return {QStringLiteral("instagram_basic"), QStringLiteral("instagram_content_publish"),
                QStringLiteral("instagram_manage_insights")};
    return {QStringLiteral("pages_show_list"), QStringLiteral("pages_manage_posts"),
            QStringLiteral("pages_read_engagement")};
}

qint64 lifetimeSec(const AppContext &ctx, const QString &)
{
    // Meta long-lived tokens: ~60 days; LinkedIn access tokens: 60 days.
    return ctx.socialTokenLifetimeSec > 0 ? ctx.socialTokenLifetimeSec : 60 * kDay;
}

QString connect(AppContext &ctx, const QString &userId, const QString &platform)
{
    const json who = providerProfile(ctx, userId, platform);
    const QString expires = timeutil::iso(timeutil::now().addSecs(lifetimeSec(ctx, platform)));
    json scopes = json::array();
    for (const QString &s : scopesFor(platform))
        scopes.push_back(ss(s));
    // One account per network and user: a reconnect renews the one there is.
    QList<Entity> existing = ctx.store->load(
        QStringLiteral("user_id = ? AND type = 'social_account' AND search = ?"), {userId, platform},
        QStringLiteral("ORDER BY created_at LIMIT 1"));
    Entity e;
    if (!existing.isEmpty()) {
        e = existing.first();
    } else {
        e.id = ids::uuid();
        e.type = QStringLiteral("social_account");
        e.userId = userId;
        e.body = {{"id", ss(e.id)}, {"platform", ss(platform)}, {"last_used_at", nullptr}};
    }
    e.body["profile_id"] = who["profile_id"];
    e.body["profile_name"] = who["profile_name"];
    e.body["scopes"] = scopes;
    e.body["expires_at"] = ss(expires);
    e.body["is_active"] = true;
    e.body["needs_reconnect"] = false;
    e.body["reconnect_reason"] = nullptr;
    e.body["connected_at"] = ss(timeutil::nowIso());
    ctx.socialVault->store(e.id, freshTokens());
    if (existing.isEmpty())
        ctx.store->insert(e);
    else
        ctx.store->update(e);
    qCInfo(lcAuth) << "social account" << e.id << "connected for" << platform;
    return e.id;
}

void refresh(AppContext &ctx, Entity &account)
{
    const std::optional<json> tokens = ctx.socialVault->open(account.id);
    const bool expired = qs(account.body.value("expires_at", std::string())) <= timeutil::nowIso();
    if (!tokens || account.body.value("needs_reconnect", false) || expired) {
        if (!account.body.value("needs_reconnect", false))
            markNeedsReconnect(ctx, account, expired ? "expired" : "revoked");
        throw ApiError::rule("needs_reconnect", {{"account_id", ss(account.id)}});
    }
    json renewed = freshTokens();
    renewed["refresh_token"] = (*tokens)["refresh_token"];
    ctx.socialVault->store(account.id, renewed);
    account.body["expires_at"] =
        ss(timeutil::iso(timeutil::now().addSecs(lifetimeSec(ctx, qs(account.body["platform"].get<std::string>())))));
    ctx.store->update(account);
}

void markNeedsReconnect(AppContext &ctx, Entity &account, const char *why)
{
    const bool already = account.body.value("needs_reconnect", false);
    account.body["needs_reconnect"] = true;
    account.body["reconnect_reason"] = why;
    ctx.store->update(account);
    // Told once, when it happens (not again while it stays so).
    if (!already)
        inbox::notifyReconnect(ctx, account, why);
    qCInfo(lcAuth) << "social account" << account.id << "needs reconnecting:" << why;
}

int markExpired(AppContext &ctx)
{
    int n = 0;
    for (Entity e : ctx.store->load(QStringLiteral("type = 'social_account' AND status = 'active' AND at <= ?"),
                                    {timeutil::nowIso()}, QStringLiteral("ORDER BY at LIMIT 500"))) {
        markNeedsReconnect(ctx, e, "expired");
        ++n;
    }
    return n;
}

void disconnect(AppContext &ctx, const Entity &account)
{
    ctx.socialVault->erase(account.id);
    ctx.store->remove(account);
    qCInfo(lcAuth) << "social account" << account.id << "disconnected";
}

} // namespace social
