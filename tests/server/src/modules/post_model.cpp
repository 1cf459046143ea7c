#include "post_model.h"

#include "core/app_context.h"
#include "core/textutil.h"
#include "core/timeutil.h"
#include "http/api_error.h"
#include "http/fields.h"
#include "http/request.h"
#include "modules/resource_util.h"
#include "modules/users_model.h"
#include "store/database.h"
#include "store/entity_store.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace posts {

namespace {

const bool postIndexer = [] {
    EntityStore::setIndexer(QStringLiteral("post"), [](Entity &e) {
        const json &b = e.body;
        e.profileId = b["profile_id"].is_string() ? qs(b["profile_id"].get<std::string>()) : QString();
        e.status = qs(b.value("status", std::string("draft")));
        if (b["scheduled_at"].is_string())
            e.at = qs(b["scheduled_at"].get<std::string>());
        else if (b["published_at"].is_string())
            e.at = qs(b["published_at"].get<std::string>());
        else
            e.at = e.createdAt;
        QString text = qs(b.value("content", std::string()));
        for (const auto &h : b["hashtags"])
            text += QStringLiteral(" #") + qs(h.get<std::string>());
        e.search = textutil::fold(text);
    });
    return true;
}();

json optString(const Field<QString> &f) { return f.isSet() ? json(ss(f.value)) : json(nullptr); }
json optTime(const Field<QDateTime> &f) { return f.isSet() ? json(ss(timeutil::iso(f.value))) : json(nullptr); }

const QStringList kContentFields = {
    QStringLiteral("profile_id"), QStringLiteral("platforms"), QStringLiteral("content"),
    QStringLiteral("hashtags"), QStringLiteral("first_comment"), QStringLiteral("status"),
    QStringLiteral("scheduled_at"), QStringLiteral("published_at"), QStringLiteral("media_ids"),
    QStringLiteral("template_id"), QStringLiteral("error_message"), QStringLiteral("idea_source")};

struct PlatformLimit {
    const char *name;
    int limit;
};
constexpr PlatformLimit kLimits[] = {{"instagram", 2200}, {"linkedin", 3000}, {"facebook", 63206}};

} // namespace

bool isContentField(const QString &name) { return kContentFields.contains(name); }

json emptyPost(const QString &id, const QString &profileId)
{
    return {{"id", ss(id)},
            {"profile_id", profileId.isEmpty() ? json(nullptr) : json(ss(profileId))},
            {"platforms", json::array()},
            {"content", ""},
            {"hashtags", json::array()},
            {"first_comment", nullptr},
            {"status", "draft"},
            {"scheduled_at", nullptr},
            {"published_at", nullptr},
            {"error_message", nullptr},
            {"idea_source", nullptr},
            {"ai_generated", false},
            {"rating", nullptr},
            {"template_id", nullptr},
            {"media_ids", json::array()},
            {"metadata", json::object()}};
}

QStringList apply(AppContext &ctx, const Request &req, const Fields &f, json &post)
{
    QStringList given;
    auto mark = [&](const char *name, bool present) {
        if (present)
            given << QLatin1String(name);
        return present;
    };
    if (const auto v = f.uuid("profile_id", Need::Nullable); mark("profile_id", v.present)) {
        if (v.isSet())
            users::requireProfile(ctx, req, v.value, "profile_id");
        post["profile_id"] = optString(v);
    }
    if (const auto v = f.strings("platforms", Need::Optional, 3, 20, {"linkedin", "instagram", "facebook"}, true, 1);
        mark("platforms", v.present))
        post["platforms"] = resource::stringArray(v.value);
    if (const auto v = f.str("content", Need::Optional, 100000); mark("content", v.present))
        post["content"] = ss(v.value);
    if (const auto v = f.strings("hashtags", Need::Optional, 100, 140); mark("hashtags", v.present)) {
        json tags = json::array();
        for (int i = 0; i < v.value.size(); ++i) {
            QString t = v.value[i];
            if (t.startsWith(QLatin1Char('#')))
                t = t.mid(1);
            if (t.isEmpty() || t.contains(QRegularExpression(QStringLiteral("[\\s#]"))))
                throw ApiError::validation("hashtags[" + std::to_string(i) + "]", "format",
                                           {{"expected", "a word without spaces"}});
            tags.push_back(ss(t));
        }
        post["hashtags"] = tags;
    }
    if (const auto v = f.str("first_comment", Need::Nullable, 2200); mark("first_comment", v.present))
        post["first_comment"] = optString(v);
    if (const auto v = f.oneOf("status", Need::Optional, {"draft", "scheduled", "publishing", "published", "failed"});
        mark("status", v.present))
        post["status"] = ss(v.value);
    if (const auto v = f.time("scheduled_at", Need::Nullable); mark("scheduled_at", v.present))
        post["scheduled_at"] = optTime(v);
    if (const auto v = f.time("published_at", Need::Nullable); mark("published_at", v.present))
        post["published_at"] = optTime(v);
    if (const auto v = f.str("error_message", Need::Nullable, 2000); mark("error_message", v.present))
        post["error_message"] = optString(v);
    if (const auto v = f.str("idea_source", Need::Nullable, 5000); mark("idea_source", v.present))
        post["idea_source"] = optString(v);
    if (const auto v = f.boolean("ai_generated", Need::Optional); mark("ai_generated", v.present))
        post["ai_generated"] = v.value;
    if (const auto v = f.integer("rating", Need::Nullable, 1, 5); mark("rating", v.present))
        post["rating"] = v.isSet() ? json(v.value) : json(nullptr);
    if (const auto v = f.uuid("template_id", Need::Nullable); mark("template_id", v.present))
        post["template_id"] = optString(v);
    if (const auto v = f.uuids("media_ids", Need::Optional, 1000); mark("media_ids", v.present))
        post["media_ids"] = resource::stringArray(v.value);
    if (const auto v = f.object("metadata", Need::Nullable); mark("metadata", v.present))
        post["metadata"] = v.isSet() ? v.value : json::object();
    return given;
}

QString caption(const json &post)
{
    const QString content = qs(post.value("content", std::string()));
    QSet<QString> inContent;
    for (const QString &t : textutil::hashtagsIn(content))
        inContent.insert(t.toLower());
    QStringList extra;
    for (const auto &h : post["hashtags"]) {
        const QString t = qs(h.get<std::string>());
        if (!inContent.contains(t.toLower()))
            extra << QLatin1Char('#') + t;
    }
    return extra.isEmpty() ? content : content + QStringLiteral("\n\n") + extra.join(QLatin1Char(' '));
}

int hashtagCount(const json &post)
{
    QSet<QString> tags;
    for (const QString &t : textutil::hashtagsIn(qs(post.value("content", std::string()))))
        tags.insert(t.toLower());
    for (const auto &h : post["hashtags"])
        tags.insert(qs(h.get<std::string>()).toLower());
    return int(tags.size());
}

void checkRules(AppContext &ctx, const Request &req, const json &before, const json &after,
                const QStringList &changed)
{
    if (!before.is_null() && before["status"] == "published") {
        for (const QString &field : changed) {
            if (isContentField(field) && before[ss(field)] != after[ss(field)])
                throw ApiError::rule("published_post_immutable", {{"field", ss(field)}});
        }
    }
    const json &media = after["media_ids"];
    if (media.size() > 10)
        throw ApiError::rule("too_many_media", {{"field", "media_ids"}, {"limit", 10}, {"count", media.size()}});
    for (size_t i = 0; i < media.size(); ++i) {
        auto m = ctx.store->find(qs(media[i].get<std::string>()));
        if (!m || m->type != QLatin1String("media") || m->userId != req.userId)
            throw ApiError::rule("unknown_media", {{"field", "media_ids[" + std::to_string(i) + "]"},
                                                   {"media_id", media[i]}});
    }
    const std::string status = after["status"].get<std::string>();
    const bool scheduleTouched = before.is_null() || before["status"] != after["status"]
        || before["scheduled_at"] != after["scheduled_at"];
    if (status == "scheduled") {
        if (!after["scheduled_at"].is_string())
            throw ApiError::rule("schedule_missing", {{"field", "scheduled_at"}});
        const auto when = timeutil::parse(qs(after["scheduled_at"].get<std::string>()));
        if (scheduleTouched && when && *when <= timeutil::now())
            throw ApiError::rule("schedule_in_past", {{"field", "scheduled_at"}});
    }
    if (status == "published" && !after["published_at"].is_string())
        throw ApiError::rule("published_needs_date", {{"field", "published_at"}});
    if (status == "failed" && (!after["error_message"].is_string() || after["error_message"].get<std::string>().empty()))
        throw ApiError::rule("failed_needs_message", {{"field", "error_message"}});
    // The networks' rules (a photo for Instagram, caption and hashtag limits)
    // apply when a post is to go out, not to a draft: a draft is work in
    // progress, kept on the server as it is typed (the client warns live).
    if (status == "draft")
        return;
    const json &platforms = after["platforms"];
    const bool instagram = std::find(platforms.begin(), platforms.end(), json("instagram")) != platforms.end();
    if (instagram && media.empty())
        throw ApiError::rule("instagram_needs_media", {{"field", "media_ids"}, {"platform", "instagram"}});
    const int length = textutil::codePoints(caption(after));
    for (const auto &l : kLimits) {
        if (std::find(platforms.begin(), platforms.end(), json(l.name)) != platforms.end() && length > l.limit)
            throw ApiError::rule("caption_too_long", {{"field", "content"}, {"platform", l.name},
                                                      {"limit", l.limit}, {"length", length}});
    }
    if (instagram && hashtagCount(after) > 30)
        throw ApiError::rule("too_many_hashtags", {{"field", "hashtags"}, {"platform", "instagram"},
                                                   {"limit", 30}, {"count", hashtagCount(after)}});
}

json slotWarning(AppContext &ctx, const QString &userId, const json &post)
{
    if (post["status"] != "scheduled" || !post["scheduled_at"].is_string())
        return nullptr;
    const auto when = timeutil::parse(qs(post["scheduled_at"].get<std::string>()));
    if (!when)
        return nullptr;
    const QVariant profile = post["profile_id"].is_string() ? QVariant(qs(post["profile_id"].get<std::string>()))
                                                            : QVariant();
    const QList<Entity> near = ctx.store->load(
        QStringLiteral("user_id = ? AND type = 'post' AND status = 'scheduled' AND id != ? AND profile_id IS ?"
                       " AND at > ? AND at < ?"),
        {userId, qs(post["id"].get<std::string>()), profile, timeutil::iso(when->addSecs(-30 * 60)),
         timeutil::iso(when->addSecs(30 * 60))},
        QStringLiteral("ORDER BY at"));
    json ids = json::array();
    for (const Entity &e : near) {
        for (const auto &p : e.body["platforms"]) {
            const json &mine = post["platforms"];
            if (std::find(mine.begin(), mine.end(), p) != mine.end()) {
                ids.push_back(ss(e.id));
                break;
            }
        }
    }
    if (ids.empty())
        return nullptr;
    return {{"code", "slot_taken"}, {"post_ids", ids}};
}

} // namespace posts
