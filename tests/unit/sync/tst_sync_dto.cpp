// DTOs and the entity registry's JSON <-> row mapping: required fields,
// unknown fields, paths in errors, and the bodies sent back.
#include "models/Clock.h"

#include <QDateTime>
#include "sync/api/Dto.h"
#include "sync/api/Rfc3339.h"
#include "sync/entities/EntityRegistry.h"
#include "sync/entities/FieldCodec.h"

#include <QTest>

using namespace pitchside::sync;
using json = nlohmann::json;

namespace {

json postJson()
{
    return json::parse(R"({"id":"0b6a1d2e-5f3c-4a8e-9d7b-1c2e3f4a5b6c","profile_id":"6f1c2b7e-1d9a-4c59-9b43-0a7d3c2f5e11",
        "platforms":["instagram","facebook","mastodon"],"content":"Victoire 3-1 !","hashtags":["ASK","U17"],
        "first_comment":null,"status":"scheduled","scheduled_at":"2026-01-20T14:00:00Z","published_at":null,
        "error_message":null,"idea_source":null,"ai_generated":false,"rating":4,"template_id":null,
        "media_ids":["00000000-0000-4000-8000-0000000000d1","00000000-0000-4000-8000-0000000000d2"],"metadata":{"k":1},"version":3,"created_at":"2026-01-18T09:12:00.250Z",
        "updated_at":"2026-01-19T20:41:07+01:00","brand_new_field":{"ignored":true}})");
}

int col(const EntitySpec &s, const char *name)
{
    return s.table().columnIndex(QString::fromLatin1(name));
}

} // namespace

class TstSyncDto : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sessionReadsAndChecks()
    {
        const json ok = json::parse(R"({"access_token":"a","refresh_token":"r","expires_in":900,"extra":1,
            "user":{"id":"00000000-0000-4000-8000-0000000000a1","email":"e@x.fr","name":"Claire","active_profile_index":1,
            "profiles":[{"id":"00000000-0000-4000-8000-0000000000b1","type":"club","name":"US Rivière"},{"id":"00000000-0000-4000-8000-0000000000b2","type":"equipe","name":"U17"}]}})");
        const auto s = ok.get<api::dto::Session>();
        QCOMPARE(s.accessToken, QStringLiteral("a"));
        QCOMPARE(s.user.profiles.size(), std::size_t(2));
        QCOMPARE(s.user.activeProfileId(), QStringLiteral("00000000-0000-4000-8000-0000000000b2"));

        json broken = ok;
        broken["user"]["profiles"][1].erase("type");
        try {
            (void)broken.get<api::dto::Session>();
            QFAIL("a profile without type was accepted");
        } catch (const api::DtoError &e) {
            QCOMPARE(api::jsonPathString(e.path()), QStringLiteral("$.user.profiles[1].type"));
            QCOMPARE(QString::fromStdString(e.why()), QStringLiteral("required"));
        }
        broken = ok;
        broken["expires_in"] = "soon";
        QVERIFY_THROWS_EXCEPTION(api::DtoError, (void)broken.get<api::dto::Session>());
    }

    void socialMediaPlannerSignInShape()
    {
        // The seed's own example (002, POST /auth/register, 201), with its
        // placeholder id "uuid" replaced by one: ids are UUIDs.
        const pitchside::Clock::TestOverride clock(QDateTime(QDate(2026, 1, 10), QTime(10, 0), Qt::UTC), true);
        const json seed = json::parse(R"({
  "data": {
    "user": {
      "id": "6f1c2b7e-1d9a-4c59-9b43-0a7d3c2f5e11",
      "email": "sami@integria.ch",
      "created_at": "2026-01-10T10:00:00Z"
    },
    "session": {
      "access_token": "jwt...",
      "refresh_token": "jwt...",
      "expires_at": "2026-01-17T10:00:00Z"
    }
  }
})");
        const auto s = seed.at("data").get<api::dto::Session>();
        QCOMPARE(s.accessToken, QStringLiteral("jwt..."));
        QCOMPARE(s.refreshToken, QStringLiteral("jwt..."));
        QCOMPARE(s.expiresIn, qint64(7 * 24 * 3600));
        QCOMPARE(s.user.email, QStringLiteral("sami@integria.ch"));
        QVERIFY(s.user.profiles.empty());
        json broken = seed.at("data");
        broken["session"]["expires_at"] = "next week";
        try {
            (void)broken.get<api::dto::Session>();
            QFAIL("an unreadable expires_at was accepted");
        } catch (const api::DtoError &e) {
            QCOMPARE(api::jsonPathString(e.path()), QStringLiteral("$.session.expires_at"));
        }
    }

    void changesPage()
    {
        const json page = json::parse(R"({"changes":[{"seq":41,"type":"post","id":"00000000-0000-4000-8000-0000000000c1","op":"upsert","version":3,"item":{"id":"00000000-0000-4000-8000-0000000000c1"}},
            {"seq":42,"type":"media","id":"00000000-0000-4000-8000-0000000000c2","op":"delete","version":2}],"last_seq":42,"has_more":false})");
        const auto p = page.get<api::dto::ChangesPage>();
        QCOMPARE(p.changes.size(), std::size_t(2));
        QVERIFY(!p.changes[0].deleted);
        QVERIFY(p.changes[0].item && p.changes[0].item->is_object());
        QVERIFY(p.changes[1].deleted);
        QVERIFY(!p.changes[1].item);
        QCOMPARE(p.lastSeq, qint64(42));

        // One entry that does not read is kept as unreadable, with where and
        // why; the rest of the page reads.
        json bad = page;
        bad["changes"][1]["op"] = "merge";
        const auto b = bad.get<api::dto::ChangesPage>();
        QCOMPARE(b.changes.size(), std::size_t(2));
        QVERIFY(!b.changes[0].unreadable);
        QVERIFY(b.changes[1].unreadable);
        QCOMPARE(api::jsonPathString(b.changes[1].problemPath), QStringLiteral("$.changes[1].op"));
        QCOMPARE(b.changes[1].type, QStringLiteral("media"));
        bad = page;
        bad["changes"][0]["id"] = "../../etc/passwd";
        const auto traversal = bad.get<api::dto::ChangesPage>();
        QVERIFY(traversal.changes[0].unreadable);
        QCOMPARE(QString::fromStdString(traversal.changes[0].problem), QStringLiteral("must be a UUID"));
        bad = page;
        bad["changes"] = "nope";
        QVERIFY_THROWS_EXCEPTION(api::DtoError, (void)bad.get<api::dto::ChangesPage>());
        QCOMPARE(api::dto::lastSeqOfChangeEvent(R"({"last_seq":17})"), qint64(17));
        QCOMPARE(api::dto::lastSeqOfChangeEvent("garbage"), qint64(-1));
    }

    void postToRowAndBack()
    {
        const EntitySpec &spec = *EntityRegistry::builtin().find(QStringLiteral("post"));
        const auto row = spec.rowFromJson(postJson());
        QCOMPARE(row.id, QStringLiteral("0b6a1d2e-5f3c-4a8e-9d7b-1c2e3f4a5b6c"));
        QCOMPARE(row.version, qint64(3));
        QCOMPARE(row.values.at(col(spec, "platforms")).toInt(), 2 | 4); // the unknown platform is ignored
        QCOMPARE(row.values.at(col(spec, "content")).toString(), QStringLiteral("Victoire 3-1 !"));
        QCOMPARE(row.values.at(col(spec, "hashtags")).toString(), QStringLiteral(R"(["ASK","U17"])"));
        QVERIFY(row.values.at(col(spec, "first_comment")).isNull());
        QCOMPARE(row.values.at(col(spec, "scheduled_at")).toLongLong(), 1768917600000LL);
        QCOMPARE(row.values.at(col(spec, "created_at")).toLongLong(), 1768727520250LL);
        QCOMPARE(row.values.at(col(spec, "updated_at")).toLongLong(), 1768851667000LL); // +01:00 taken into account
        QCOMPARE(row.values.at(col(spec, "rating")).toInt(), 4);
        QCOMPARE(row.children.at(0), QStringList({QStringLiteral("00000000-0000-4000-8000-0000000000d1"), QStringLiteral("00000000-0000-4000-8000-0000000000d2")}));

        const json create = spec.bodyFromRow(row, {}, true);
        QCOMPARE(QString::fromStdString(create.at("id").get<std::string>()), QStringLiteral("0b6a1d2e-5f3c-4a8e-9d7b-1c2e3f4a5b6c"));
        QVERIFY(create.at("platforms") == json::parse(R"(["instagram","facebook"])"));
        QCOMPARE(QString::fromStdString(create.at("scheduled_at").get<std::string>()), QStringLiteral("2026-01-20T14:00:00Z"));
        QVERIFY(create.at("media_ids") == json::parse(R"(["00000000-0000-4000-8000-0000000000d1","00000000-0000-4000-8000-0000000000d2"])"));
        QVERIFY(!create.contains("first_comment")); // nulls are left out of a create
        QVERIFY(!create.contains("created_at"));   // server-owned

        const json patch = spec.bodyFromRow(row, {QStringLiteral("content"), QStringLiteral("first_comment")}, false);
        QCOMPARE(patch.size(), std::size_t(2));
        QVERIFY(patch.at("first_comment").is_null()); // a PATCH sends null to clear
        QVERIFY(!patch.contains("id"));
    }

    void postRequiredAndEnums()
    {
        const EntitySpec &spec = *EntityRegistry::builtin().find(QStringLiteral("post"));
        json p = postJson();
        p.erase("content");
        try {
            (void)spec.rowFromJson(p);
            QFAIL("a post without content was accepted");
        } catch (const api::DtoError &e) {
            QCOMPARE(QString::fromStdString(e.path()), QStringLiteral("content"));
        }
        p = postJson();
        p["status"] = "archived"; // the table's CHECK would refuse it
        QVERIFY_THROWS_EXCEPTION(api::DtoError, (void)spec.rowFromJson(p));
        p = postJson();
        p["scheduled_at"] = "tomorrow";
        QVERIFY_THROWS_EXCEPTION(api::DtoError, (void)spec.rowFromJson(p));
        p = postJson();
        p["media_ids"] = json::array({1});
        try {
            (void)spec.rowFromJson(p);
            QFAIL("a numeric media id was accepted");
        } catch (const api::DtoError &e) {
            QCOMPARE(QString::fromStdString(e.path()), QStringLiteral("media_ids[0]"));
        }
        // Ids are UUIDs, nothing else: they end up in request paths.
        for (const char *key : {"id", "profile_id"}) {
            p = postJson();
            p[key] = "../../../tmp/x";
            try {
                (void)spec.rowFromJson(p);
                QFAIL("an id that is not a UUID was accepted");
            } catch (const api::DtoError &e) {
                QCOMPARE(QString::fromStdString(e.path()), QString::fromLatin1(key));
                QCOMPARE(QString::fromStdString(e.why()), QStringLiteral("must be a UUID"));
            }
        }
        p = postJson();
        p["media_ids"] = json::array({"a/b"});
        QVERIFY_THROWS_EXCEPTION(api::DtoError, (void)spec.rowFromJson(p));
        QVERIFY(api::isUuid(QStringLiteral("0B6A1D2E-5F3C-4A8E-9D7B-1C2E3F4A5B6C")));
        QVERIFY(!api::isUuid(QStringLiteral("0b6a1d2e-5f3c-4a8e-9d7b-1c2e3f4a5b6")));
        QVERIFY(!api::isUuid(QStringLiteral("0b6a1d2e/5f3c-4a8e-9d7b-1c2e3f4a5b6c")));
    }

    void matchNestedTeamsAndScoreRoute()
    {
        const EntitySpec &spec = *EntityRegistry::builtin().find(QStringLiteral("match"));
        const json m = json::parse(R"({"id":"00000000-0000-4000-8000-0000000000e1","version":2,"profile_id":"00000000-0000-4000-8000-0000000000e2","home_team":{"name":"US Rivière","logo_url":null},
            "away_team":{"name":"FC Illkirch","club_id":"00000000-0000-4000-8000-0000000000e3"},"match_date":"2026-02-01T14:00:00Z","venue":null,
            "competition":"R2","status":"live","score_home":1,"score_away":0,"document_ids":[],
            "created_at":"2026-01-01T00:00:00Z","updated_at":"2026-01-01T00:00:00Z"})");
        const auto row = spec.rowFromJson(m);
        QCOMPARE(row.values.at(col(spec, "home_name")).toString(), QStringLiteral("US Rivière"));
        QCOMPARE(row.values.at(col(spec, "away_club_id")).toString(), QStringLiteral("00000000-0000-4000-8000-0000000000e3"));
        QCOMPARE(row.values.at(col(spec, "venue")).toString(), QString()); // NOT NULL column: "" for null
        const json create = spec.bodyFromRow(row, {}, true);
        QCOMPARE(QString::fromStdString(create.at("home_team").at("name").get<std::string>()), QStringLiteral("US Rivière"));
        QVERIFY(!create.contains("score_home")); // the create route has no score
        QVERIFY(!create.contains("document_ids"));
        QVERIFY(spec.keysAfterCreate().contains(QStringLiteral("score_home")));
        const json update = spec.bodyFromRow(row, {QStringLiteral("profile_id"), QStringLiteral("venue")}, false);
        QVERIFY(!update.contains("profile_id")); // set once, at creation
        const SubRoute *score = spec.subRouteFor(QStringLiteral("score_away"));
        QVERIFY(score);
        const json body = score->body(spec.bodyFromRow(row, spec.pushableKeys(), false));
        QVERIFY(body == json::parse(R"({"score_home":1,"score_away":0,"status":"live"})"));
    }

    void mediaAndEvents()
    {
        const EntitySpec &media = *EntityRegistry::builtin().find(QStringLiteral("media"));
        const auto row = media.rowFromJson(json::parse(R"({"id":"00000000-0000-4000-8000-0000000000f1","version":1,"type":"video","filename":"but.mp4",
            "mime_type":"video/mp4","size_bytes":12,"duration":12.5,"tags":["match"],"alt_text":null,"sha256":"ab",
            "variants":{"original":{"url":"/u"},"blur_hash":"LEHV6n"},"created_at":"2026-01-01T00:00:00Z",
            "updated_at":"2026-01-01T00:00:00Z"})"));
        QCOMPARE(row.values.at(col(media, "duration_ms")).toLongLong(), qint64(12500));
        QCOMPARE(row.values.at(col(media, "blur_hash")).toString(), QStringLiteral("LEHV6n"));
        QCOMPARE(row.values.at(col(media, "alt_text")).toString(), QString());
        QVERIFY(!media.canCreate); // uploads make media items

        const EntitySpec &event = *EntityRegistry::builtin().find(QStringLiteral("event"));
        const auto e = event.rowFromJson(json::parse(R"({"id":"00000000-0000-4000-8000-0000000000f2","version":1,"name":"Tournoi","start":"2026-04-05T08:00:00Z",
            "end":"2026-04-05T18:00:00Z","status":"open","address":{"address_line":"1 rue du Stade","postal_code":"67000",
            "city":"Strasbourg"},"created_at":"2026-01-01T00:00:00Z","updated_at":"2026-01-01T00:00:00Z"})"));
        QCOMPARE(e.values.at(col(event, "address")).toString(), QStringLiteral("1 rue du Stade, 67000 Strasbourg"));
        QVERIFY(!event.isWritable());
    }

    void rfc3339()
    {
        QCOMPARE(api::parseRfc3339("1970-01-01T00:00:00Z").value(), qint64(0));
        QCOMPARE(api::parseRfc3339("2026-01-20T14:00:00.5Z").value(), 1768917600500LL);
        QCOMPARE(api::parseRfc3339("2026-01-20T15:00:00+01:00").value(), 1768917600000LL);
        QCOMPARE(api::parseRfc3339("2024-02-29T00:00:00Z").value(), 1709164800000LL);
        QVERIFY(!api::parseRfc3339("2026-01-20"));
        QVERIFY(!api::parseRfc3339("2026-13-01T00:00:00Z"));
        QVERIFY(!api::parseRfc3339("2026-01-20T14:00:00"));
        QCOMPARE(api::formatRfc3339(1768917600000LL), QStringLiteral("2026-01-20T14:00:00Z"));
        QCOMPARE(api::formatRfc3339(1768917600500LL), QStringLiteral("2026-01-20T14:00:00.500Z"));
    }

    void codecsCompareLikePeopleDo()
    {
        QVERIFY(codec::same(Codec::Text, QVariant(QMetaType::fromType<QString>()), QString()));
        QVERIFY(codec::same(Codec::JsonObject, QStringLiteral(R"({"a":1,"b":2})"), QStringLiteral(R"({"b":2,"a":1})")));
        QVERIFY(!codec::same(Codec::Integer, QVariant(QMetaType::fromType<qint64>()), qint64(0)));
        QCOMPARE(codec::display(Codec::PlatformMask, 5), QStringLiteral("LinkedIn, Facebook"));
    }

    void everyBuiltinTypeIsComplete()
    {
        for (const EntitySpec *s : EntityRegistry::builtin().all()) {
            QVERIFY2(s->table().columnIndex(QStringLiteral("created_at")) >= 0, qPrintable(s->type));
            QVERIFY2(s->name() != s->type, qPrintable(s->type)); // a name people read
            // A type people edit sends fields; one they only delete (a social account) sends none.
            if (s->declaration().operations & (pitchside::store::CanCreate | pitchside::store::CanUpdate))
                QVERIFY2(!s->pushableKeys().isEmpty(), qPrintable(s->type));
        }
        QCOMPARE(EntityRegistry::builtin().all().size(), std::size_t(16));
    }
};

QTEST_GUILESS_MAIN(TstSyncDto)
#include "tst_sync_dto.moc"
