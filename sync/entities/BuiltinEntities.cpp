// The entity types of API.md §2–5 as the store holds them (migration 0001).
// Each function is the whole description of one type: its table, the
// mapping of its JSON to columns, and how changes to it are sent.
#include "EntityRegistry.h"

#include <QCoreApplication>

namespace pitchside::sync {

namespace {

FieldSpec reference(FieldSpec f, const char *type)
{
    f.references = QString::fromLatin1(type);
    return f;
}

FieldSpec field(const char *column, std::vector<std::string> path, Codec codec, int flags = 0,
                const char *label = nullptr, QStringList allowed = {})
{
    FieldSpec f;
    f.column = QString::fromLatin1(column);
    f.path = std::move(path);
    f.codec = codec;
    f.flags = flags;
    f.label = label;
    f.allowed = std::move(allowed);
    return f;
}

// Every synced resource carries them (SyncedResource in the contract).
void addTimes(EntitySpec &s)
{
    s.fields.push_back(field("created_at", {"created_at"}, Codec::TimestampNotNull, Required));
    s.fields.push_back(field("updated_at", {"updated_at"}, Codec::TimestampNotNull, Required));
}

} // namespace

EntitySpec profileEntity()
{
    // Read-only here: profiles change through PUT /api/users/me/profiles as
    // a whole list. `position` is ours (the order of users/me), not pulled.
    EntitySpec s;
    s.type = QStringLiteral("profile");
    s.tableName = QStringLiteral("profiles");
    s.displayName = QT_TRANSLATE_NOOP("SyncEntity", "Profile");
    s.titleColumn = QStringLiteral("name");
    s.fields = {
        field("type", {"type"}, Codec::TextNotNull, Required, QT_TRANSLATE_NOOP("SyncField", "Kind"),
              {QStringLiteral("equipe"), QStringLiteral("club"), QStringLiteral("district"), QStringLiteral("ligue"),
               QStringLiteral("sponsor")}),
        field("name", {"name"}, Codec::TextNotNull, Required, QT_TRANSLATE_NOOP("SyncField", "Name")),
        field("logo", {"logo"}, Codec::Text),
        field("club_id", {"club_id"}, Codec::Text),
        field("numero", {"numero"}, Codec::Text, 0, QT_TRANSLATE_NOOP("SyncField", "Affiliation number")),
        field("is_active", {"is_active"}, Codec::Bool),
    };
    addTimes(s);
    return s;
}

EntitySpec postEntity()
{
    EntitySpec s;
    s.type = QStringLiteral("post");
    s.tableName = QStringLiteral("posts");
    s.displayName = QT_TRANSLATE_NOOP("SyncEntity", "Post");
    s.titleColumn = QStringLiteral("content");
    s.collectionPath = QStringLiteral("/api/content/posts");
    s.canCreate = s.canUpdate = s.canDelete = true;
    const int rw = Push;
    s.fields = {
        reference(field("profile_id", {"profile_id"}, Codec::Text, rw, QT_TRANSLATE_NOOP("SyncField", "Profile")),
                  "profile"),
        field("platforms", {"platforms"}, Codec::PlatformMask, Required | rw,
              QT_TRANSLATE_NOOP("SyncField", "Networks")),
        field("content", {"content"}, Codec::TextNotNull, Required | rw, QT_TRANSLATE_NOOP("SyncField", "Text")),
        field("hashtags", {"hashtags"}, Codec::JsonArray, rw, QT_TRANSLATE_NOOP("SyncField", "Hashtags")),
        field("first_comment", {"first_comment"}, Codec::Text, rw, QT_TRANSLATE_NOOP("SyncField", "First comment")),
        field("status", {"status"}, Codec::TextNotNull, Required | rw, QT_TRANSLATE_NOOP("SyncField", "Status"),
              {QStringLiteral("draft"), QStringLiteral("scheduled"), QStringLiteral("publishing"),
               QStringLiteral("published"), QStringLiteral("failed")}),
        field("scheduled_at", {"scheduled_at"}, Codec::Timestamp, rw, QT_TRANSLATE_NOOP("SyncField", "Scheduled for")),
        field("published_at", {"published_at"}, Codec::Timestamp, rw, QT_TRANSLATE_NOOP("SyncField", "Published on")),
        field("error_message", {"error_message"}, Codec::Text, rw, QT_TRANSLATE_NOOP("SyncField", "Error")),
        field("idea_source", {"idea_source"}, Codec::Text, rw, QT_TRANSLATE_NOOP("SyncField", "Idea")),
        field("ai_generated", {"ai_generated"}, Codec::Bool, rw, QT_TRANSLATE_NOOP("SyncField", "Written with AI")),
        field("rating", {"rating"}, Codec::Integer, rw, QT_TRANSLATE_NOOP("SyncField", "Rating"),
              {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
               QStringLiteral("5")}),
        reference(field("template_id", {"template_id"}, Codec::Text, rw, QT_TRANSLATE_NOOP("SyncField", "Template")),
                  "template"),
        field("metadata", {"metadata"}, Codec::JsonObject, rw),
    };
    addTimes(s);
    ChildSpec media;
    media.list = {QStringLiteral("post_media"), QStringLiteral("post_id"), QStringLiteral("media_id"),
                  QStringLiteral("position")};
    media.key = "media_ids";
    media.label = QT_TRANSLATE_NOOP("SyncField", "Media");
    s.children = {media};
    // "Keep both": the local copy becomes a new draft, never a second
    // scheduled or published post.
    s.copyOverrides = {{QStringLiteral("status"), QStringLiteral("draft")},
                       {QStringLiteral("published_at"), QVariant(QMetaType::fromType<qint64>())},
                       {QStringLiteral("error_message"), QVariant(QMetaType::fromType<QString>())}};
    return s;
}

EntitySpec templateEntity()
{
    EntitySpec s;
    s.type = QStringLiteral("template");
    s.tableName = QStringLiteral("templates");
    s.displayName = QT_TRANSLATE_NOOP("SyncEntity", "Template");
    s.titleColumn = QStringLiteral("name");
    s.collectionPath = QStringLiteral("/api/templates");
    s.canCreate = s.canUpdate = s.canDelete = true;
    s.fields = {
        field("profile_id", {"profile_id"}, Codec::Text),
        field("name", {"name"}, Codec::TextNotNull, Required | Push, QT_TRANSLATE_NOOP("SyncField", "Name")),
        field("description", {"description"}, Codec::Text, Push, QT_TRANSLATE_NOOP("SyncField", "Description")),
        field("category", {"category"}, Codec::TextNotNull, Required | Push, QT_TRANSLATE_NOOP("SyncField", "Category"),
              {QStringLiteral("conseil"), QStringLiteral("actualite"), QStringLiteral("temoignage"),
               QStringLiteral("etude_cas"), QStringLiteral("promo"), QStringLiteral("autre")}),
        field("platforms", {"platforms"}, Codec::PlatformMask, Required | Push,
              QT_TRANSLATE_NOOP("SyncField", "Networks")),
        field("content", {"content"}, Codec::TextNotNull, Required | Push, QT_TRANSLATE_NOOP("SyncField", "Text")),
        field("hashtags", {"hashtags"}, Codec::JsonArray, Push, QT_TRANSLATE_NOOP("SyncField", "Hashtags")),
        field("variables", {"variables"}, Codec::JsonObject, Push, QT_TRANSLATE_NOOP("SyncField", "Variables")),
        field("usage_count", {"usage_count"}, Codec::IntegerNotNull),
    };
    addTimes(s);
    return s;
}

EntitySpec mediaEntity()
{
    // Metadata only: the bytes arrive through resumable uploads (sync/uploads),
    // which create media items; here they are renamed, tagged and deleted.
    EntitySpec s;
    s.type = QStringLiteral("media");
    s.tableName = QStringLiteral("media");
    s.displayName = QT_TRANSLATE_NOOP("SyncEntity", "Media item");
    s.titleColumn = QStringLiteral("filename");
    s.collectionPath = QStringLiteral("/api/media");
    s.canUpdate = s.canDelete = true;
    s.fields = {
        field("type", {"type"}, Codec::TextNotNull, Required, QT_TRANSLATE_NOOP("SyncField", "Kind"),
              {QStringLiteral("image"), QStringLiteral("video")}),
        field("filename", {"filename"}, Codec::TextNotNull, Required | Push, QT_TRANSLATE_NOOP("SyncField", "File name")),
        field("mime_type", {"mime_type"}, Codec::TextNotNull, Required),
        field("size_bytes", {"size_bytes"}, Codec::IntegerNotNull),
        field("width", {"width"}, Codec::Integer),
        field("height", {"height"}, Codec::Integer),
        field("duration_ms", {"duration"}, Codec::SecondsAsMs),
        field("tags", {"tags"}, Codec::JsonArray, Push, QT_TRANSLATE_NOOP("SyncField", "Tags")),
        field("alt_text", {"alt_text"}, Codec::TextNotNull, Push, QT_TRANSLATE_NOOP("SyncField", "Description")),
        field("sha256", {"sha256"}, Codec::Text),
        field("variants", {"variants"}, Codec::JsonObject),
        field("blur_hash", {"variants", "blur_hash"}, Codec::Text),
    };
    addTimes(s);
    return s;
}

EntitySpec matchEntity()
{
    // Fixtures: created and edited in the calendar (MatchRepository). The
    // update route (PUT, partial) does not take the score: it has a route of
    // its own, which also sets the status (a score without a status means
    // the match is finished, so a live one says so).
    EntitySpec s;
    s.type = QStringLiteral("match");
    s.tableName = QStringLiteral("matches");
    s.displayName = QT_TRANSLATE_NOOP("SyncEntity", "Match");
    s.titleColumn = QStringLiteral("home_name");
    s.collectionPath = QStringLiteral("/api/matches");
    s.updateMethod = "PUT";
    s.canCreate = s.canUpdate = s.canDelete = true;
    s.fields = {
        field("profile_id", {"profile_id"}, Codec::Text, Push | CreateOnly),
        field("home_name", {"home_team", "name"}, Codec::TextNotNull, Required | Push,
              QT_TRANSLATE_NOOP("SyncField", "Home team")),
        field("home_logo_url", {"home_team", "logo_url"}, Codec::Text, Push),
        field("home_club_id", {"home_team", "club_id"}, Codec::Text, Push),
        field("away_name", {"away_team", "name"}, Codec::TextNotNull, Required | Push,
              QT_TRANSLATE_NOOP("SyncField", "Away team")),
        field("away_logo_url", {"away_team", "logo_url"}, Codec::Text, Push),
        field("away_club_id", {"away_team", "club_id"}, Codec::Text, Push),
        field("match_date", {"match_date"}, Codec::TimestampNotNull, Required | Push,
              QT_TRANSLATE_NOOP("SyncField", "Kick-off")),
        field("venue", {"venue"}, Codec::TextNotNull, Push, QT_TRANSLATE_NOOP("SyncField", "Venue")),
        field("competition", {"competition"}, Codec::TextNotNull, Push, QT_TRANSLATE_NOOP("SyncField", "Competition")),
        field("status", {"status"}, Codec::TextNotNull, Required | Push, QT_TRANSLATE_NOOP("SyncField", "Status"),
              {QStringLiteral("upcoming"), QStringLiteral("live"), QStringLiteral("finished")}),
        field("score_home", {"score_home"}, Codec::Integer, Push, QT_TRANSLATE_NOOP("SyncField", "Home score")),
        field("score_away", {"score_away"}, Codec::Integer, Push, QT_TRANSLATE_NOOP("SyncField", "Away score")),
        field("document_ids", {"document_ids"}, Codec::JsonArray, Push | NotOnCreate),
    };
    addTimes(s);
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
    EntitySpec s;
    s.type = QStringLiteral("event");
    s.tableName = QStringLiteral("events");
    s.displayName = QT_TRANSLATE_NOOP("SyncEntity", "Event");
    s.titleColumn = QStringLiteral("name");
    s.fields = {
        field("name", {"name"}, Codec::TextNotNull, Required, QT_TRANSLATE_NOOP("SyncField", "Name")),
        field("description", {"description"}, Codec::Text),
        field("start_at", {"start"}, Codec::TimestampNotNull, Required, QT_TRANSLATE_NOOP("SyncField", "Start")),
        field("end_at", {"end"}, Codec::TimestampNotNull, Required, QT_TRANSLATE_NOOP("SyncField", "End")),
        field("status", {"status"}, Codec::TextNotNull),
        field("address", {"address"}, Codec::AddressLine, 0, QT_TRANSLATE_NOOP("SyncField", "Address")),
        field("signature_count", {"signature_count"}, Codec::IntegerNotNull),
        field("total_signature_needed", {"total_signature_needed"}, Codec::IntegerNotNull),
    };
    addTimes(s);
    return s;
}

} // namespace pitchside::sync
