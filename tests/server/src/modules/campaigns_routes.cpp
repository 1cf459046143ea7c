// /api/campaigns (docs/api/campaigns.md): the user writes a campaign's
// name, texts and categories; the commands send, stop, retry and relaunch
// it; the server owns its status, counters and messages. A command
// replayed with its Idempotency-Key answers the first answer (the
// pipeline keeps it), so a retried send never sends twice.
#include "core/app_context.h"
#include "core/textutil.h"
#include "core/timeutil.h"
#include "http/api_error.h"
#include "http/fields.h"
#include "http/router.h"
#include "modules/campaign_model.h"
#include "modules/contacts_model.h"
#include "modules/resource_util.h"
#include "store/database.h"
#include "store/entity_store.h"

namespace {

QString statusOf(const Entity &c) { return qs(c.body["status"].get<std::string>()); }

void applyFields(AppContext &ctx, const Request &req, const Fields &f, json &c, bool creating)
{
    const Need need = creating ? Need::Required : Need::Optional;
    if (const auto v = f.str("name", need, 100, 1); v.present) {
        if (v.value.trimmed().isEmpty())
            throw ApiError::validation("name", "required");
        c["name"] = ss(v.value.trimmed());
    }
    if (const auto v = f.str("message_1", need, 4096, 1); v.present) {
        if (v.value.trimmed().isEmpty())
            throw ApiError::validation("message_1", "required");
        c["message_1"] = ss(v.value);
    }
    if (const auto v = f.str("message_2", Need::Nullable, 4096); v.present)
        c["message_2"] = v.isSet() && !v.value.trimmed().isEmpty() ? json(ss(v.value)) : json(nullptr);
    if (const auto v = f.uuids("category_ids", Need::Optional, 100); v.present)
        c["category_ids"] = resource::stringArray(contacts::checkCategories(ctx, req.userId, v.value, "category_ids"));
}

Response create(AppContext &ctx, Request &req)
{
    Fields f(req.jsonBody());
    const auto givenId = f.uuid("id", Need::Optional);
    json c = campaigns::emptyCampaign({});
    applyFields(ctx, req, f, c, true);
    QString id, hash;
    if (auto existing = resource::claimId(ctx, req, campaigns::kCampaign, givenId, &id, &hash))
        return resource::single(*existing);
    c["id"] = ss(id);
    Entity e;
    e.id = id;
    e.type = campaigns::kCampaign;
    e.userId = req.userId;
    e.createHash = hash;
    e.body = c;
    ctx.store->insert(e);
    return resource::single(e, 201);
}

Entity campaignOf(AppContext &ctx, Request &req)
{
    return ctx.store->get(req, campaigns::kCampaign, req.param(QStringLiteral("id")));
}

Response patch(AppContext &ctx, Request &req)
{
    Entity e = campaignOf(ctx, req);
    Fields f(req.jsonBody());
    json after = e.body;
    applyFields(ctx, req, f, after, false);
    checkIfMatch(req, e);
    if (statusOf(e) == QLatin1String("sending"))
        throw ApiError::rule("campaign_sending");
    if (after != e.body) {
        e.body = after;
        ctx.store->update(e);
    }
    return resource::single(e);
}

Response remove(AppContext &ctx, Request &req)
{
    const Entity e = campaignOf(ctx, req);
    checkIfMatch(req, e);
    if (statusOf(e) == QLatin1String("sending"))
        throw ApiError::rule("campaign_sending");
    campaigns::deleteMessages(ctx, e.id);
    ctx.store->remove(e);
    return Response::noContent();
}

void checkRecipients(AppContext &ctx, const Entity &c)
{
    if (c.body["category_ids"].empty())
        throw ApiError::rule("no_categories");
    if (campaigns::recipients(ctx, c).isEmpty())
        throw ApiError::rule("no_recipients");
}

Response send(AppContext &ctx, Request &req)
{
    Entity c = campaignOf(ctx, req);
    const auto at = req.body.trimmed().isEmpty() ? Field<QDateTime>{} : Fields(req.jsonBody()).time("scheduled_at", Need::Nullable);
    const QString status = statusOf(c);
    if (status != QLatin1String("draft") && status != QLatin1String("stopped") && status != QLatin1String("scheduled"))
        throw ApiError::rule("campaign_not_sendable", {{"status", ss(status)}});
    const bool resuming = status == QLatin1String("stopped") && c.body.value("pending_count", 0) > 0;
    if (!resuming)
        checkRecipients(ctx, c);
    if (at.isSet() && at.value > timeutil::now()) {
        c.body["status"] = "scheduled";
        c.body["scheduled_at"] = ss(timeutil::iso(at.value));
        ctx.store->update(c);
        campaigns::progress(ctx, c);
        campaigns::wakeSender(ctx);
    } else {
        campaigns::start(ctx, c);
    }
    return resource::single(c);
}

Response stop(AppContext &ctx, Request &req)
{
    Entity c = campaignOf(ctx, req);
    const QString status = statusOf(c);
    if (status != QLatin1String("sending") && status != QLatin1String("scheduled"))
        throw ApiError::rule("campaign_not_stoppable", {{"status", ss(status)}});
    c.body["status"] = "stopped";
    ctx.store->update(c);
    campaigns::progress(ctx, c);
    return resource::single(c);
}

Response retry(AppContext &ctx, Request &req)
{
    Entity c = campaignOf(ctx, req);
    const QList<Entity> failed = campaigns::messagesOf(ctx, c.id, QStringLiteral(" AND status = 'failed'"));
    if (failed.isEmpty())
        throw ApiError::rule("nothing_to_retry");
    for (Entity m : failed) {
        m.body["status"] = "pending";
        m.body["failed_at"] = nullptr;
        m.body["error_message"] = nullptr;
        m.body["retries"] = m.body.value("retries", 0) + 1;
        ctx.store->update(m);
    }
    campaigns::start(ctx, c);
    return resource::single(c);
}

Response relaunch(AppContext &ctx, Request &req)
{
    Entity c = campaignOf(ctx, req);
    const QString status = statusOf(c);
    if (status != QLatin1String("completed") && status != QLatin1String("failed") && status != QLatin1String("stopped"))
        throw ApiError::rule("campaign_not_relaunchable", {{"status", ss(status)}});
    checkRecipients(ctx, c);
    campaigns::deleteMessages(ctx, c.id);
    c.body["started_at"] = nullptr;
    c.body["scheduled_at"] = nullptr;
    campaigns::start(ctx, c);
    return resource::single(c);
}

double ratio(qint64 a, qint64 b) { return b == 0 ? 0.0 : double(a) / double(b); }

Response stats(AppContext &ctx, Request &req)
{
    Entity c = campaignOf(ctx, req);
    const json &b = c.body;
    const qint64 sent = b["sent_count"], failed = b["failed_count"];
    return Response::ok({{"campaign_id", ss(c.id)},
                         {"status", b["status"]},
                         {"total_recipients", b["total_recipients"]},
                         {"pending", b["pending_count"]},
                         {"sent", sent},
                         {"delivered", b["delivered_count"]},
                         {"read", b["read_count"]},
                         {"replied", b["replied_count"]},
                         {"failed", failed},
                         {"message_2_sent", b["message_2_sent_count"]},
                         {"delivery_rate", ratio(b["delivered_count"], sent)},
                         {"read_rate", ratio(b["read_count"], sent)},
                         {"reply_rate", ratio(b["replied_count"], sent)},
                         {"error_rate", ratio(failed, sent + failed)}});
}

Response messages(AppContext &ctx, Request &req)
{
    const Entity c = campaignOf(ctx, req);
    QString where = QStringLiteral("type = 'campaign_message' AND profile_id = ? AND user_id = ?");
    QVariantList binds{c.id, req.userId};
    if (const QString s = resource::queryEnum(req, QStringLiteral("status"), {"pending", "sent", "delivered", "read", "failed"});
        !s.isEmpty()) {
        where += QStringLiteral(" AND status = ?");
        binds << s;
    }
    return resource::pagedList(ctx, req, where, binds, QStringLiteral("created_at, id"), {}, 100);
}

Response list(AppContext &ctx, Request &req)
{
    QString where = QStringLiteral("user_id = ? AND type = 'campaign'");
    QVariantList binds{req.userId};
    if (const QString s = resource::queryEnum(req, QStringLiteral("status"),
                                              {"draft", "scheduled", "sending", "completed", "failed", "stopped"});
        !s.isEmpty()) {
        where += QStringLiteral(" AND status = ?");
        binds << s;
    }
    if (const QString s = req.queryValue(QStringLiteral("search")).trimmed(); !s.isEmpty()) {
        where += QStringLiteral(" AND search LIKE ? ESCAPE '\\'");
        binds << QLatin1Char('%') + textutil::likeEscape(textutil::fold(s)) + QLatin1Char('%');
    }
    return resource::pagedList(ctx, req, where, binds, QStringLiteral("created_at DESC, id DESC"), {}, 100);
}

} // namespace

PITCHSIDE_ROUTES(campaigns)
{
    router.add("GET", QStringLiteral("/api/campaigns"), [&ctx](Request &r) { return list(ctx, r); });
    router.add("POST", QStringLiteral("/api/campaigns"), [&ctx](Request &r) { return create(ctx, r); });
    router.add("GET", QStringLiteral("/api/campaigns/{id}"), [&ctx](Request &r) { return resource::single(campaignOf(ctx, r)); });
    router.add("PATCH", QStringLiteral("/api/campaigns/{id}"), [&ctx](Request &r) { return patch(ctx, r); });
    router.add("DELETE", QStringLiteral("/api/campaigns/{id}"), [&ctx](Request &r) { return remove(ctx, r); });
    router.add("POST", QStringLiteral("/api/campaigns/{id}/send"), [&ctx](Request &r) { return send(ctx, r); });
    router.add("POST", QStringLiteral("/api/campaigns/{id}/stop"), [&ctx](Request &r) { return stop(ctx, r); });
    router.add("POST", QStringLiteral("/api/campaigns/{id}/retry"), [&ctx](Request &r) { return retry(ctx, r); });
    router.add("POST", QStringLiteral("/api/campaigns/{id}/relaunch"), [&ctx](Request &r) { return relaunch(ctx, r); });
    router.add("GET", QStringLiteral("/api/campaigns/{id}/stats"), [&ctx](Request &r) { return stats(ctx, r); });
    router.add("GET", QStringLiteral("/api/campaigns/{id}/messages"), [&ctx](Request &r) { return messages(ctx, r); });
}
