#include "publications_model.h"

#include "core/app_context.h"
#include "core/ids.h"
#include "core/timeutil.h"
#include "store/entity_store.h"

namespace publications {

namespace {

const bool publicationIndexer = [] {
    EntityStore::setIndexer(QStringLiteral("publication"), [](Entity &e) {
        const json &b = e.body;
        e.profileId = b["profile_id"].is_string() ? qs(b["profile_id"].get<std::string>()) : QString();
        e.status = qs(b.value("status", std::string()));
        e.at = b["published_at"].is_string() ? qs(b["published_at"].get<std::string>())
             : b["scheduled_at"].is_string() ? qs(b["scheduled_at"].get<std::string>())
                                              : e.createdAt;
        e.search = qs(b.value("platform", std::string()));
    });
    return true;
}();

} // namespace

QString postUrl(const QString &platform, const QString &accountId, const QString &platformPostId)
{
    if (platform == QLatin1String("instagram"))
        return QStringLiteral("https://www.instagram.com/p/%1/").arg(platformPostId);
    if (platform == QLatin1String("linkedin"))
        return QStringLiteral("https://www.linkedin.com/feed/update/urn:li:share:%1/").arg(platformPostId);
    return QStringLiteral("https://www.facebook.com/%1/posts/%2").arg(accountId, platformPostId);
}

void publish(AppContext &ctx, Entity &e)
{
    const QString platform = qs(e.body["platform"].get<std::string>());
    const QString platformId = platform == QLatin1String("instagram")
        ? ids::randomToken(8).left(11)
        : QString::number(7000000000000000000LL + (qHash(e.id) % 1000000000000LL));
    e.body["status"] = "published";
    e.body["published_at"] = ss(timeutil::nowIso());
    e.body["platform_post_id"] = ss(platformId);
    // The page's id on the network names it in the post's address.
    const json &page = e.body["page_id"].is_string() ? e.body["page_id"] : e.body["account_id"];
    e.body["post_url"] = ss(postUrl(platform, page.is_string() ? qs(page.get<std::string>()) : QString(), platformId));
    e.body["error_message"] = nullptr;
    e.body["metrics"]["last_updated"] = ss(timeutil::nowIso());
    ctx.store->update(e);
    if (e.body["document_id"].is_string()) {
        if (auto doc = ctx.store->find(qs(e.body["document_id"].get<std::string>()));
            doc && doc->type == QLatin1String("document") && doc->userId == e.userId && doc->status != QLatin1String("publie")) {
            doc->body["status"] = "publie";
            ctx.store->update(*doc);
        }
    }
}

} // namespace publications
