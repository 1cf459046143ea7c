// The wire mapping of each synced type this build knows: where its declared
// columns (models/store/types/) travel in the server's JSON (API.md §2–5),
// and its REST routes. One function per type.
#include "EntityRegistry.h"
#include "WireMapping.h"

#include "models/store/types/SyncedTypes.h"

namespace pitchside::sync {

using wire::mapByName;
using wire::mapTimes;

EntitySpec profileEntity()
{
    EntitySpec s(store::profileType()); // read-only: no routes
    mapByName(s, {"type", "name", "logo", "club_id", "numero", "is_active"});
    mapTimes(s);
    return s;
}

EntitySpec postEntity()
{
    EntitySpec s(store::postType());
    s.collectionPath = QStringLiteral("/api/content/posts");
    mapByName(s, {"profile_id", "content", "hashtags", "first_comment", "status", "scheduled_at", "published_at",
                  "error_message", "idea_source", "ai_generated", "rating", "template_id", "metadata"});
    // Social Media Planner's posts have one `platform` ("both": LinkedIn
    // and Instagram) and embed their media as objects.
    s.map("platforms", {"platforms"}).alsoReadFrom({"platform"}, Codec::SinglePlatform);
    mapTimes(s);
    s.mapChild("media_ids", "media_ids", "media");
    return s;
}

EntitySpec templateEntity()
{
    EntitySpec s(store::templateType());
    s.collectionPath = QStringLiteral("/api/templates");
    mapByName(s, {"profile_id", "name", "description", "category", "platforms", "content", "hashtags", "variables",
                  "usage_count"});
    mapTimes(s);
    return s;
}

EntitySpec mediaEntity()
{
    // Created by uploads (sync/uploads); here renamed, tagged and deleted.
    EntitySpec s(store::mediaType());
    s.collectionPath = QStringLiteral("/api/media");
    mapByName(s, {"type", "filename", "mime_type", "size_bytes", "width", "height", "tags", "alt_text", "sha256",
                  "variants"});
    s.map("duration_ms", {"duration"}, Codec::SecondsAsMs);
    s.map("blur_hash", {"variants", "blur_hash"});
    mapTimes(s);
    return s;
}

EntitySpec matchEntity()
{
    // The update route (PUT, partial) does not take the score: it has a
    // route of its own, which also sets the status (a score without a status
    // means the match is finished, so a live one says so).
    EntitySpec s(store::matchType());
    s.collectionPath = QStringLiteral("/api/matches");
    s.updateMethod = "PUT";
    s.map("profile_id", {"profile_id"});
    s.map("home_name", {"home_team", "name"});
    s.map("home_logo_url", {"home_team", "logo_url"});
    s.map("home_club_id", {"home_team", "club_id"});
    s.map("away_name", {"away_team", "name"});
    s.map("away_logo_url", {"away_team", "logo_url"});
    s.map("away_club_id", {"away_team", "club_id"});
    mapByName(s, {"match_date", "venue", "competition", "status", "score_home", "score_away"});
    s.map("document_ids", {"document_ids"}).notOnCreate = true;
    mapTimes(s);
    SubRoute score;
    score.suffix = QStringLiteral("/score");
    score.method = "PUT";
    score.keys = {QStringLiteral("score_home"), QStringLiteral("score_away")};
    score.body = [](const nlohmann::json &row) {
        nlohmann::json body = {{"score_home", row.value("score_home", nlohmann::json())},
                               {"score_away", row.value("score_away", nlohmann::json())}};
        const std::string status = row.value("status", std::string());
        if (status == "live" || status == "finished")
            body["status"] = status;
        return body;
    };
    s.subRoutes = {score};
    return s;
}

EntitySpec eventEntity()
{
    // Read-only by contract (Be-Right events shown on the calendar).
    EntitySpec s(store::eventType());
    mapByName(s, {"name", "description", "status", "signature_count", "total_signature_needed"});
    s.map("start_at", {"start"});
    s.map("end_at", {"end"});
    s.map("address", {"address"}, Codec::AddressLine);
    mapTimes(s);
    return s;
}

EntitySpec socialAccountEntity()
{
    // Made and renewed by the backend's OAuth flow; disconnecting is the
    // one change the app sends (DELETE, API.md §9). Tokens never come.
    EntitySpec s(store::socialAccountType());
    s.collectionPath = QStringLiteral("/api/social/accounts");
    mapByName(s, {"platform", "profile_name", "scopes", "expires_at", "is_active", "needs_reconnect",
                  "reconnect_reason", "last_used_at", "connected_at"});
    s.map("network_profile_id", {"profile_id"});
    mapTimes(s);
    return s;
}

EntitySpec publicationEntity()
{
    // Made by the backend when it publishes a post (or a document); the app
    // never writes one, so no routes. Audience figures are nested.
    EntitySpec s(store::publicationType());
    mapByName(s, {"post_id", "platform", "account_id", "status", "platform_post_id", "post_url", "error_code",
                  "error_message", "scheduled_at", "published_at", "attempts"});
    for (const char *figure : {"reach", "impressions", "likes", "comments", "shares", "saves", "clicks"})
        s.map(figure, {"metrics", figure});
    s.map("metrics_updated_at", {"metrics", "last_updated"});
    mapTimes(s);
    return s;
}

EntitySpec conversationEntity()
{
    // Each participant's own view (API.md §6): the other side, this user's
    // unread count. "I read it up to then" is a PATCH of last_read_at.
    EntitySpec s(store::conversationType());
    s.collectionPath = QStringLiteral("/api/messages/conversations");
    mapByName(s, {"kind", "participant_id", "participant_type", "participant_name", "subject", "campaign_id",
                  "sponsor_request_id", "last_message_at", "unread_count", "last_read_at"});
    s.map("last_message_id", {"last_message", "id"});
    s.map("last_message_text", {"last_message", "content"});
    s.map("last_message_sender_id", {"last_message", "sender_id"});
    mapTimes(s);
    return s;
}

EntitySpec messageEntity()
{
    // Sent with POST /api/messages/send (the client's id, so never twice);
    // never changed afterwards.
    EntitySpec s(store::messageType());
    s.collectionPath = QStringLiteral("/api/messages");
    s.createPath = QStringLiteral("/api/messages/send");
    s.canFetchItem = false;
    mapByName(s, {"conversation_id", "sender_id", "sender_type", "sender_name", "recipient_id", "recipient_type",
                  "content", "subject", "campaign_id", "is_read", "read_at"});
    mapTimes(s);
    return s;
}

EntitySpec notificationEntity()
{
    // Read with POST /api/notifications/{id}/read, deleted with DELETE.
    EntitySpec s(store::notificationType());
    s.collectionPath = QStringLiteral("/api/notifications");
    mapByName(s, {"type", "title", "message", "link", "subject_type", "subject_id", "is_read", "read_at"});
    mapTimes(s);
    SubRoute read;
    read.suffix = QStringLiteral("/read");
    read.method = "POST";
    read.keys = {QStringLiteral("is_read")};
    read.body = [](const nlohmann::json &) { return nlohmann::json{{"is_read", true}}; };
    s.subRoutes = {read};
    return s;
}

} // namespace pitchside::sync
