// /api/test/ routes of the campaigns, only with --test-mode: a contact's
// interaction with a campaign message (as the simulated WhatsApp makes
// them, at once), and failures queued for the caller's next sends. Like
// the inbox's test routes they act for the caller (Bearer token).
#include "auth/sessions.h"
#include "core/app_context.h"
#include "http/api_error.h"
#include "http/fields.h"
#include "http/router.h"
#include "modules/campaign_model.h"
#include "store/entity_store.h"

namespace {

QString caller(AppContext &ctx, Request &req)
{
    const Principal p = ctx.sessions->authenticate(req);
    req.userId = p.userId;
    req.sessionId = p.sessionId;
    return p.userId;
}

Response interaction(AppContext &ctx, Request &req)
{
    caller(ctx, req);
    Entity campaign = ctx.store->get(req, campaigns::kCampaign, req.param(QStringLiteral("id")));
    Fields f(req.jsonBody());
    const auto contactId = f.uuid("contact_id", Need::Required);
    const auto type = f.oneOf("type", Need::Required, {"reply", "reaction", "read", "delivered"});
    const auto content = f.str("content", Need::Optional, 5000);
    const QList<Entity> found = campaigns::messagesOf(
        ctx, campaign.id,
        QStringLiteral(" AND json_extract(body, '$.contact_id') = ? AND json_extract(body, '$.message_type') = 'message_1'"),
        {contactId.value.toLower()});
    if (found.isEmpty())
        throw ApiError(404, "NOT_FOUND",
                       {QStringLiteral("Ce contact n'a pas reçu cette campagne."),
                        QStringLiteral("This contact did not receive this campaign.")},
                       {{"resource", "campaign_message"}, {"field", "contact_id"}});
    Entity message = found.first();
    campaigns::interact(ctx, campaign, message, type.value, content.value);
    return Response::ok(ctx.store->find(message.id)->body);
}

Response failures(AppContext &ctx, Request &req)
{
    const QString user = caller(ctx, req);
    Fields f(req.jsonBody());
    const auto count = f.integer("count", Need::Required, 0, 100000);
    const auto reason = f.str("reason", Need::Optional, 500);
    AppContext::CampaignFailures &queued = ctx.campaignFailures[user];
    queued.count = int(count.value);
    queued.reason = reason.isSet() && !reason.value.trimmed().isEmpty()
        ? reason.value.trimmed()
        : QStringLiteral("Échec simulé de l'envoi WhatsApp.");
    return Response::ok({{"count", queued.count}, {"reason", ss(queued.reason)}});
}

} // namespace

PITCHSIDE_ROUTES(campaign_test)
{
    if (!ctx.config.testMode)
        return;
    auto add = [&](const QByteArray &method, const char *path, Handler h) {
        Route &r = router.add(method, QLatin1String(path), std::move(h));
        r.access = Access::TestMode;
        r.limit = Limit::None;
    };
    add("POST", "/api/test/campaigns/{id}/interactions", [&ctx](Request &r) { return interaction(ctx, r); });
    add("POST", "/api/test/campaigns/failures", [&ctx](Request &r) { return failures(ctx, r); });
}
