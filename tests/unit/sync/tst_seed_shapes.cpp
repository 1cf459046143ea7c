// The seeds' backends answer in their own shapes (issue "Sync against a
// hostile or broken server", "Seeds' backends as they are"). Each test reads
// a seed's own example body, copied from ../shared/seeds/ with only its
// placeholders ("uuid", "https://...") replaced by real values, since ids
// are UUIDs. What does not read still says where.
#include "sync/api/Dto.h"
#include "sync/api/Envelope.h"
#include "sync/api/Rfc3339.h"
#include "sync/entities/EntityRegistry.h"
#include "models/Platform.h"
#include "SeedExamples.h"

#include <QTest>

using namespace pitchside;
using namespace pitchside::sync;
using json = nlohmann::json;

namespace {

const EntitySpec &posts()
{
    return *EntityRegistry::builtin().find(QStringLiteral("post"));
}

int col(const char *name)
{
    return posts().table().columnIndex(QString::fromLatin1(name));
}

} // namespace

class TstSeedShapes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plannerPostReads()
    {
        const api::ApiResponse r = api::parseAnswer(200, seed_examples::kPlannerPost);
        QVERIFY(r.ok());
        const store::EntityRow row = posts().rowFromJson(r.data);
        QCOMPARE(row.id, QStringLiteral("0b6a1d2e-5f3c-4a8e-9d7b-1c2e3f4a5b6c"));
        QCOMPARE(row.values.at(col("platforms")).toInt(), int(Platform::LinkedIn));
        QCOMPARE(row.values.at(col("content")).toString(), QStringLiteral("Post content..."));
        QCOMPARE(row.values.at(col("status")).toString(), QStringLiteral("draft"));
        // No version: the updated_at it locks by stands for it.
        QCOMPARE(row.version, *api::parseRfc3339("2026-01-10T11:00:00Z"));
        QVERIFY(versionIsATime(row.version));
        QVERIFY(row.children.at(0).isEmpty());
    }

    void plannerBothAndEmbeddedMedia()
    {
        const api::ApiResponse r = api::parseAnswer(200, seed_examples::kPlannerList);
        QVERIFY(r.ok());
        json item = r.data.at(0);
        item["platform"] = "both";
        const store::EntityRow row = posts().rowFromJson(item);
        QCOMPARE(row.values.at(col("platforms")).toInt(), int(Platform::LinkedIn) | int(Platform::Instagram));
        QCOMPARE(row.children.at(0), QStringList{QStringLiteral("00000000-0000-4000-8000-0000000000d1")});
        // Sent back in our form: a list, media_ids.
        const json body = posts().bodyFromRow(row, posts().pushableKeys(), false);
        QVERIFY(body.at("platforms") == json({"linkedin", "instagram"}));
        QVERIFY(body.at("media_ids") == json({"00000000-0000-4000-8000-0000000000d1"}));
        // Our own keys win when a backend sends both.
        item["platforms"] = {"facebook"};
        QCOMPARE(posts().rowFromJson(item).values.at(col("platforms")).toInt(), int(Platform::Facebook));
    }

    void plannerShapesThatDoNotRead_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("path");
        QTest::newRow("media without id") << "media" << R"([{"url":"https://x","type":"image"}])" << "$.media[0].id";
        QTest::newRow("media id not a UUID") << "media" << R"([{"id":"../../etc/passwd"}])" << "$.media[0].id";
        QTest::newRow("media not a list") << "media" << R"({"id":"x"})" << "$.media";
        QTest::newRow("platform not a string") << "platform" << R"(["linkedin"])" << "$.platform";
        QTest::newRow("no version, no updated_at") << "updated_at" << "null" << "$.version";
        QTest::newRow("no version, updated_at unreadable") << "updated_at" << R"("yesterday")" << "$.updated_at";
    }

    void plannerShapesThatDoNotRead()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, path);
        json item = api::parseAnswer(200, seed_examples::kPlannerList).data.at(0);
        if (value == u"null")
            item.erase(key.toStdString());
        else
            item[key.toStdString()] = json::parse(value.toStdString());
        try {
            (void)posts().rowFromJson(item);
            QFAIL("the item was accepted");
        } catch (const api::DtoError &e) {
            QCOMPARE(api::jsonPathString(e.path()), path);
        }
    }

    void plannerKeysetPosition()
    {
        const api::ApiResponse r = api::parseAnswer(200, seed_examples::kPlannerList);
        const api::dto::ListPosition pos = api::dto::listPosition(r.pagination, r.meta);
        QVERIFY(pos.hasMore);
        QCOMPARE(pos.nextCursor, QStringLiteral("00000000-0000-4000-8000-0000000000c1"));
        QCOMPARE(pos.total, qint64(150));
        QCOMPARE(pos.nextPage, 0);
    }

    void plannerProblem()
    {
        const api::ApiResponse r = api::parseAnswer(400, seed_examples::kPlannerProblem);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.status, 400);
        QCOMPARE(r.error.code, QStringLiteral("VALIDATION_ERROR"));
        QCOMPARE(r.error.message, QStringLiteral("Content field is required"));
        QCOMPARE(r.error.field, QStringLiteral("content"));
        // Its success answers say "error": null beside the data.
        const api::ApiResponse ok = api::parseAnswer(200, R"({"data":{"id":1},"meta":{},"error":null})");
        QVERIFY(ok.ok());
        QVERIFY(ok.data.at("id") == 1);
    }

    void artywizPagePosition()
    {
        const api::ApiResponse r = api::parseAnswer(200, seed_examples::kArtywizPage);
        QVERIFY(r.ok());
        api::dto::ListPosition pos = api::dto::listPosition(r.pagination, r.meta);
        QVERIFY(pos.hasMore);
        QCOMPARE(pos.nextPage, 2);
        QCOMPARE(pos.total, qint64(156));
        // `pages` instead of total_pages, and no has_next: the count decides.
        json last = r.pagination;
        last.erase("has_next");
        last.erase("total_pages");
        last["pages"] = 8;
        last["page"] = 8;
        pos = api::dto::listPosition(last, r.meta);
        QVERIFY(!pos.hasMore);
        QCOMPARE(pos.nextPage, 0);
    }

    void artywizPagesThatDoNotRead_data()
    {
        QTest::addColumn<QString>("pagination");
        QTest::addColumn<QString>("path");
        QTest::newRow("page 0") << R"({"page":0,"limit":20,"has_next":false})" << "$.pagination.page";
        QTest::newRow("limit as text") << R"({"page":1,"limit":"20","has_next":false})" << "$.pagination.limit";
        QTest::newRow("neither has_next nor pages") << R"({"page":1,"limit":20})" << "$.pagination.has_next";
        QTest::newRow("not an object") << R"([1])" << "$.pagination";
        QTest::newRow("nothing at all") << "null" << "$.pagination";
    }

    void artywizPagesThatDoNotRead()
    {
        QFETCH(QString, pagination);
        QFETCH(QString, path);
        try {
            (void)api::dto::listPosition(json::parse(pagination.toStdString()), json::object());
            QFAIL("the position was accepted");
        } catch (const api::DtoError &e) {
            QCOMPARE(api::jsonPathString(e.path()), path);
        }
    }

    // A changes page without has_more leaves it to the envelope's pagination.
    void changesPageWithoutHasMore()
    {
        const json data = json::parse(R"({"changes":[],"last_seq":7})");
        const auto page = data.get<api::dto::ChangesPage>();
        QVERIFY(!page.hasMoreGiven);
        QCOMPARE(page.lastSeq, qint64(7));
        const auto ours = json::parse(R"({"changes":[],"last_seq":7,"has_more":true})").get<api::dto::ChangesPage>();
        QVERIFY(ours.hasMoreGiven && ours.hasMore);
    }
};

QTEST_GUILESS_MAIN(TstSeedShapes)
#include "tst_seed_shapes.moc"
