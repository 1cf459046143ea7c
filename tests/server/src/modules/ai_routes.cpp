// /api/ai/generate-ideas, /generate-post, /generate-variants (API.md §4,
// seed [P]): deterministic offline text, 10/min rate limit, and the monthly
// quota of idea generations reported in meta.quota_*.
#include "ai/text_generator.h"
#include "core/app_context.h"
#include "core/ids.h"
#include "core/textutil.h"
#include "core/timeutil.h"
#include "http/api_error.h"
#include "http/fields.h"
#include "http/router.h"
#include "store/database.h"
#include "store/entity_store.h"

#include <QElapsedTimer>

namespace {

ai::Language languageOf(const Request &req, const Fields &f)
{
    const auto lang = f.oneOf("language", Need::Optional, {"fr", "en"});
    if (lang.isSet())
        return lang.value == QLatin1String("en") ? ai::Language::English : ai::Language::French;
    return req.lang == Lang::En ? ai::Language::English : ai::Language::French;
}

qint64 ideasUsed(AppContext &ctx, const QString &userId)
{
    return ctx.db->scalar(QStringLiteral("SELECT COUNT(*) FROM ai_generations WHERE user_id = ? AND type = 'ideas'"
                                         " AND created_at >= ?"),
                          {userId, timeutil::iso(timeutil::startOfMonth(timeutil::now()))})
        .toLongLong();
}

json quotaMeta(AppContext &ctx, const QString &userId)
{
    const qint64 used = ideasUsed(ctx, userId);
    return {{"quota_used", used},
            {"quota_remaining", std::max<qint64>(0, ctx.config.aiQuota - used)},
            {"quota_limit", ctx.config.aiQuota},
            {"quota_resets_at", ss(timeutil::iso(timeutil::startOfNextMonth(timeutil::now())))}};
}

QString record(AppContext &ctx, const Request &req, const char *type, const json &response, qint64 ms,
               qint64 *tokens)
{
    const QString id = ids::uuid();
    const std::string out = dumpJson(response);
    // Tokens are estimated the usual way: about four characters each.
    *tokens = qint64((req.body.size() + qsizetype(out.size())) / 4);
    ctx.db->exec(QStringLiteral("INSERT INTO ai_generations(id, user_id, type, prompt, response, tokens_used, duration_ms, created_at)"
                                " VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
                 {id, req.userId, QLatin1String(type), QString::fromUtf8(req.body), qs(out), *tokens, ms,
                  timeutil::nowIso()});
    return id;
}

Response ideas(AppContext &ctx, Request &req)
{
    QElapsedTimer t;
    t.start();
    Fields f(req.jsonBody());
    const auto context = f.str("context", Need::Optional, 1000);
    const auto themes = f.strings("themes", Need::Optional, 20, 100);
    const auto count = f.integer("count", Need::Optional, 1, 20);
    const ai::Language lang = languageOf(req, f);
    if (ideasUsed(ctx, req.userId) >= ctx.config.aiQuota)
        throw ApiError::rule("ai_quota_exceeded",
                             {{"resets_at", ss(timeutil::iso(timeutil::startOfNextMonth(timeutil::now())))},
                              {"quota_limit", ctx.config.aiQuota}});
    const quint64 seed = ai::seedOf(req.body + (lang == ai::Language::English ? "en" : "fr"));
    json list = json::array();
    int n = 0;
    for (const ai::Idea &i : ai::ideas(context.value, themes.value, count.isSet() ? int(count.value) : 10, lang, seed))
        list.push_back({{"id", "idea-" + std::to_string(++n)},
                        {"title", ss(i.title)},
                        {"description", ss(i.description)},
                        {"target_platform", ss(i.platform)},
                        {"estimated_engagement", ss(i.engagement)}});
    json data = {{"ideas", list}};
    qint64 tokens = 0;
    data["generation_id"] = ss(record(ctx, req, "ideas", data, t.elapsed(), &tokens));
    data["tokens_used"] = tokens;
    data["duration_ms"] = t.elapsed();
    Response r = Response::ok(data);
    r.meta = quotaMeta(ctx, req.userId);
    return r;
}

Response post(AppContext &ctx, Request &req)
{
    QElapsedTimer t;
    t.start();
    Fields f(req.jsonBody());
    const Fields idea = f.child("idea");
    const auto title = idea.str("title", Need::Required, 300, 1);
    const auto description = idea.str("description", Need::Optional, 2000);
    const auto platform = f.oneOf("platform", Need::Required, {"linkedin", "instagram", "facebook"});
    const auto tone = f.oneOf("tone", Need::Optional, {"professional", "casual", "inspirational"});
    const auto length = f.oneOf("length", Need::Optional, {"short", "medium", "long"});
    const ai::Language lang = languageOf(req, f);
    const quint64 seed = ai::seedOf(req.body + (lang == ai::Language::English ? "en" : "fr"));
    const ai::Post p = ai::post(title.value, description.value, platform.value,
                                tone.isSet() ? tone.value : QStringLiteral("professional"),
                                length.isSet() ? length.value : QStringLiteral("medium"), lang, seed);
    json tags = json::array();
    for (const QString &h : p.hashtags)
        tags.push_back(ss(h));
    json data = {{"content", ss(p.content)},
                 {"hashtags", tags},
                 {"character_count", textutil::codePoints(p.content)},
                 {"platform", ss(platform.value)},
                 {"language", lang == ai::Language::English ? "en" : "fr"}};
    qint64 tokens = 0;
    data["generation_id"] = ss(record(ctx, req, platform.value == QLatin1String("instagram") ? "post_instagram"
                                                                                           : "post_linkedin",
                                      data, t.elapsed(), &tokens));
    data["tokens_used"] = tokens;
    data["duration_ms"] = t.elapsed();
    Response r = Response::ok(data);
    r.meta = quotaMeta(ctx, req.userId);
    return r;
}

Response variants(AppContext &ctx, Request &req)
{
    QElapsedTimer t;
    t.start();
    Fields f(req.jsonBody());
    const auto postId = f.uuid("post_id", Need::Optional);
    const auto content = f.str("content", Need::Optional, 100000, 1);
    const auto kinds = f.strings("variations", Need::Optional, 6, 20,
                                 {"shorter", "longer", "more_casual", "more_formal", "with_cta", "with_emojis"}, true, 1);
    const ai::Language lang = languageOf(req, f);
    QString source;
    if (postId.isSet())
        source = qs(ctx.store->get(req, QStringLiteral("post"), postId.value).body["content"].get<std::string>());
    else if (content.isSet())
        source = content.value;
    else
        throw ApiError::validation("content", "required", {{"alternative", "post_id"}});
    const QStringList list = kinds.isSet() ? kinds.value
                                           : QStringList{QStringLiteral("shorter"), QStringLiteral("more_casual"),
                                                         QStringLiteral("with_cta")};
    json out = json::array();
    int n = 0;
    for (const QString &kind : list) {
        const QString text = ai::variant(source, kind, lang, ai::seedOf(source.toUtf8() + kind.toUtf8()));
        out.push_back({{"id", "variant-" + std::to_string(++n)},
                       {"content", ss(text)},
                       {"variation_type", ss(kind)},
                       {"character_count", textutil::codePoints(text)}});
    }
    json data = {{"variants", out}};
    qint64 tokens = 0;
    data["generation_id"] = ss(record(ctx, req, "variants", data, t.elapsed(), &tokens));
    data["tokens_used"] = tokens;
    data["duration_ms"] = t.elapsed();
    Response r = Response::ok(data);
    r.meta = quotaMeta(ctx, req.userId);
    return r;
}

} // namespace

PITCHSIDE_ROUTES(ai)
{
    router.add("POST", QStringLiteral("/api/ai/generate-ideas"), [&ctx](Request &r) { return ideas(ctx, r); })
        .limit = Limit::Ai;
    router.add("POST", QStringLiteral("/api/ai/generate-post"), [&ctx](Request &r) { return post(ctx, r); })
        .limit = Limit::Ai;
    router.add("POST", QStringLiteral("/api/ai/generate-variants"), [&ctx](Request &r) { return variants(ctx, r); })
        .limit = Limit::Ai;
}
