#include "post_publishing.h"

#include "core/app_context.h"
#include "core/ids.h"
#include "core/log.h"
#include "core/timeutil.h"
#include "http/event_hub.h"
#include "modules/inbox_model.h"
#include "modules/publications_model.h"
#include "modules/social_model.h"

#include <QtMath>

namespace postpublishing {

namespace {

// What each provider answers for the failures the test switch can queue,
// worded as the providers word them (the app explains the code, not this).
struct ProviderFailure {
    const char *code;
    const char *message;
};
constexpr ProviderFailure kProviderFailures[] = {
    {"media_rejected", "(#36003) The aspect ratio of the media is not supported."},
    {"rate_limited", "(#4) Application request limit reached."},
    {"duplicate_content", "Duplicate content: this status is identical to a recent one."},
    {"provider_unavailable", "Service temporarily unavailable. Please retry later."},
    {"token_revoked", "Error validating access token: the user has not authorized application."},
};

const char *providerMessage(const QString &code)
{
    for (const auto &f : kProviderFailures)
        if (code == QLatin1String(f.code))
            return f.message;
    return "Unknown error.";
}

std::optional<Entity> accountFor(AppContext &ctx, const QString &userId, const QString &platform)
{
    const QList<Entity> found = ctx.store->load(
        QStringLiteral("user_id = ? AND type = 'social_account' AND search = ?"), {userId, platform},
        QStringLiteral("ORDER BY created_at LIMIT 1"));
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<Entity> findPublication(AppContext &ctx, const Entity &post, const QString &platform)
{
    const QList<Entity> found = ctx.store->load(
        QStringLiteral("user_id = ? AND type = 'publication' AND search = ? AND json_extract(body, '$.post_id') = ?"),
        {post.userId, platform, post.id}, QStringLiteral("ORDER BY created_at LIMIT 1"));
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

Entity publicationFor(AppContext &ctx, const Entity &post, const QString &platform)
{
    if (std::optional<Entity> existing = findPublication(ctx, post, platform))
        return *existing;
    Entity e;
    e.id = ids::uuid();
    e.type = QStringLiteral("publication");
    e.userId = post.userId;
    e.body = {{"id", ss(e.id)},
              {"document_id", nullptr},
              {"post_id", ss(post.id)},
              {"profile_id", post.body["profile_id"]},
              {"platform", ss(platform)},
              {"account_id", nullptr},
              {"page_id", nullptr},
              {"support_type", "post"},
              {"caption", ""},
              {"media_urls", json::array()},
              {"status", "pending"},
              {"scheduled_at", post.body["scheduled_at"]},
              {"published_at", nullptr},
              {"platform_post_id", nullptr},
              {"post_url", nullptr},
              {"error_code", nullptr},
              {"error_message", nullptr},
              {"attempts", 0},
              {"metrics", {{"impressions", 0}, {"reach", 0}, {"likes", 0}, {"comments", 0}, {"shares", 0},
                           {"saves", 0}, {"clicks", 0}, {"last_updated", nullptr}}}};
    ctx.store->insert(e);
    return e;
}

// Why the network would refuse this post now, or an empty code.
QString refusal(AppContext &ctx, const Entity &post, const QString &platform, std::optional<Entity> &account)
{
    if (!account || !account->body.value("is_active", true))
        return QStringLiteral("no_social_account");
    if (account->body.value("needs_reconnect", false))
        return QStringLiteral("needs_reconnect");
    if (qs(account->body.value("expires_at", std::string())) <= timeutil::nowIso()) {
        social::markNeedsReconnect(ctx, *account, "expired");
        return QStringLiteral("needs_reconnect");
    }
    if (platform == QLatin1String("instagram") && post.body["media_ids"].empty())
        return QStringLiteral("instagram_needs_media");
    QStringList &queued = ctx.providerFailures[platform];
    if (!queued.isEmpty()) {
        const QString code = queued.takeFirst();
        if (code == QLatin1String("token_revoked"))
            social::markNeedsReconnect(ctx, *account, "revoked");
        return code;
    }
    return {};
}

QString accountMessage(const QString &code)
{
    if (code == QLatin1String("no_social_account"))
        return QStringLiteral("No connected account for this network.");
    if (code == QLatin1String("needs_reconnect"))
        return QStringLiteral("The account's authorisation has expired or was revoked.");
    if (code == QLatin1String("instagram_needs_media"))
        return QStringLiteral("Instagram needs at least one photo or video.");
    return QString::fromLatin1(providerMessage(code));
}

// Sends one network's publication; true when it went out.
bool attempt(AppContext &ctx, const Entity &post, const QString &platform)
{
    Entity pub = publicationFor(ctx, post, platform);
    if (pub.status == QLatin1String("published"))
        return true;
    std::optional<Entity> account = accountFor(ctx, post.userId, platform);
    const QString code = refusal(ctx, post, platform, account);
    pub.body["caption"] = ss(qs(post.body.value("content", std::string())));
    pub.body["account_id"] = account ? json(ss(account->id)) : json(nullptr);
    pub.body["page_id"] = account ? account->body["profile_id"] : json(nullptr);
    pub.body["attempts"] = pub.body.value("attempts", 0) + 1;
    if (!code.isEmpty()) {
        pub.body["status"] = "failed";
        pub.body["error_code"] = ss(code);
        pub.body["error_message"] = ss(accountMessage(code));
        ctx.store->update(pub);
        qCInfo(lcJobs) << "publication" << pub.id << "on" << platform << "failed:" << code;
        return false;
    }
    pub.body["error_code"] = nullptr;
    publications::publish(ctx, pub); // platform id, URL, published_at; stores it
    account->body["last_used_at"] = ss(timeutil::nowIso());
    ctx.store->update(*account);
    return true;
}

} // namespace

bool isProviderFailure(const QString &code)
{
    for (const auto &f : kProviderFailures)
        if (code == QLatin1String(f.code))
            return true;
    return false;
}

void publishPost(AppContext &ctx, Entity &post, const QStringList &platforms)
{
    QStringList failed;
    bool any = false;
    for (const auto &p : post.body["platforms"]) {
        const QString platform = qs(p.get<std::string>());
        if (!platforms.isEmpty() && !platforms.contains(platform))
            continue;
        any = true;
        if (!attempt(ctx, post, platform))
            failed << platform;
    }
    if (!any)
        return;
    // The post's status sums up every network, asked now or before; one
    // never sent yet (a single network was asked) leaves it as it was.
    bool unsent = false;
    for (const auto &p : post.body["platforms"]) {
        const QString platform = qs(p.get<std::string>());
        if (platforms.isEmpty() || platforms.contains(platform) || failed.contains(platform))
            continue;
        const std::optional<Entity> pub = findPublication(ctx, post, platform);
        if (!pub)
            unsent = true;
        else if (pub->status == QLatin1String("failed"))
            failed << platform;
        else if (pub->status != QLatin1String("published"))
            unsent = true;
    }
    if (failed.isEmpty() && unsent)
        return;
    const QString now = timeutil::nowIso();
    if (failed.isEmpty()) {
        post.body["status"] = "published";
        post.body["published_at"] = ss(now);
        post.body["error_message"] = nullptr;
    } else {
        post.body["status"] = "failed";
        post.body["error_message"] = ss(QStringLiteral("Not published on: %1").arg(failed.join(QStringLiteral(", "))));
    }
    ctx.store->update(post);
    // The outcome is decided here, once per post: its notification says
    // where it went out, or where it did not.
    QStringList everyNetwork;
    for (const auto &p : post.body["platforms"])
        everyNetwork << qs(p.get<std::string>());
    inbox::notifyPublication(ctx, post, failed.isEmpty(), failed.isEmpty() ? everyNetwork : failed);
    ctx.events->publish(post.userId, "post.status",
                        {{"id", ss(post.id)}, {"status", post.body["status"]}, {"version", post.version},
                         {"published_at", post.body["published_at"]}});
}

int growMetrics(AppContext &ctx)
{
    // A publication reaches its audience over about two days (minutes in
    // test mode, so that a test sees the figures rise).
    const double unitSec = ctx.config.testMode ? 60.0 : 3600.0;
    const QDateTime now = timeutil::now();
    const QString since = timeutil::iso(now.addSecs(qint64(-72 * unitSec)));
    int changed = 0;
    for (Entity e : ctx.store->load(QStringLiteral("type = 'publication' AND status = 'published' AND at >= ?"),
                                    {since}, QStringLiteral("ORDER BY at LIMIT 1000"))) {
        const auto published = timeutil::parse(qs(e.body.value("published_at", std::string())));
        if (!published)
            continue;
        const double age = qMax<qint64>(0, published->secsTo(now)) / unitSec;
        const double share = 1.0 - qExp(-age / 8.0);
        const qint64 audience = 400 + qint64(qHash(e.id) % 4000);
        const qint64 reach = qRound64(audience * share);
        const json figures = {{"reach", reach},
                              {"impressions", qRound64(reach * 1.6)},
                              {"likes", qRound64(reach * 0.06)},
                              {"comments", qRound64(reach * 0.008)},
                              {"shares", qRound64(reach * 0.004)},
                              {"saves", qRound64(reach * 0.01)},
                              {"clicks", qRound64(reach * 0.02)}};
        json &m = e.body["metrics"];
        bool differs = false;
        for (auto it = figures.begin(); it != figures.end(); ++it)
            differs = differs || m.value(it.key(), qint64(0)) != it.value().get<qint64>();
        if (!differs)
            continue;
        for (auto it = figures.begin(); it != figures.end(); ++it)
            m[it.key()] = it.value();
        m["last_updated"] = ss(timeutil::nowIso());
        ctx.store->update(e);
        ++changed;
    }
    return changed;
}

} // namespace postpublishing
