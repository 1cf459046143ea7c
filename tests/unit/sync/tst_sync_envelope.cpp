// Both error styles of API.md §1, and broken answers, into typed results.
#include "models/Clock.h"
#include "sync/api/Envelope.h"

#include <QDateTime>
#include <QTest>

using namespace pitchside::sync::api;

class TstSyncEnvelope : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void successEnvelope()
    {
        const ApiResponse r = parseAnswer(200, R"({"success":true,"data":{"id":"a","n":3},
            "meta":{"timestamp":"2026-01-20T14:00:00Z","request_id":"req_1"}})");
        QVERIFY(r.ok());
        QCOMPARE(r.data.at("n").get<int>(), 3);
        QCOMPARE(QString::fromStdString(r.meta.at("request_id").get<std::string>()), QStringLiteral("req_1"));
    }

    void successWithoutSuccessFlag()
    {
        // The RFC 7807 backend answers {data, meta} on success.
        const ApiResponse r = parseAnswer(201, R"({"data":[1,2],"meta":{}})");
        QVERIFY(r.ok());
        QCOMPARE(r.data.size(), std::size_t(2));
    }

    void noContent()
    {
        QVERIFY(parseAnswer(204, {}).ok());
        QVERIFY(parseAnswer(304, {}).notModified());
    }

    void envelopeError()
    {
        const ApiResponse r = parseAnswer(422, R"({"success":false,"error":{"code":"BUSINESS_RULE",
            "message":"Le texte est trop long.","details":{"rule":"caption_too_long","field":"content",
            "platform":"linkedin","limit":3000,"length":3214}},"meta":{"request_id":"req_9"}})");
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, ApiError::Kind::Http);
        QCOMPARE(r.error.status, 422);
        QCOMPARE(r.error.code, QStringLiteral("BUSINESS_RULE"));
        QCOMPARE(r.error.reason, QStringLiteral("caption_too_long"));
        QCOMPARE(r.error.field, QStringLiteral("content"));
        QCOMPARE(r.error.message, QStringLiteral("Le texte est trop long."));
        QCOMPARE(r.error.requestId, QStringLiteral("req_9"));
        QCOMPARE(r.error.details.at("length").get<int>(), 3214);
        QVERIFY(r.error.isPermanent());
        QVERIFY(!r.error.isTransient());
        QCOMPARE(r.error.reasonCode(), QStringLiteral("BUSINESS_RULE/caption_too_long"));
    }

    void conflictCarriesTheServerCopy()
    {
        const ApiResponse r = parseAnswer(409, R"({"success":false,"error":{"code":"CONFLICT","message":"m",
            "details":{"reason":"version_mismatch","expected_version":4,"current_version":5,
            "current":{"id":"p","version":5,"content":"theirs"}}}})");
        QCOMPARE(r.error.reason, QStringLiteral("version_mismatch"));
        QVERIFY(r.error.details.at("current").is_object());
        QCOMPARE(r.error.details.at("current").at("version").get<int>(), 5);
        QVERIFY(!r.error.isTransient());
        QVERIFY(!r.error.isPermanent());
    }

    void problemDetails()
    {
        const ApiResponse r = parseAnswer(400, R"({"error":{"type":"validation_error","title":"Validation Failed",
            "status":400,"detail":"Content field is required","instance":"/api/content/posts",
            "errors":[{"field":"content","message":"Required"}]}})");
        QCOMPARE(r.error.kind, ApiError::Kind::Http);
        QCOMPARE(r.error.status, 400);
        QCOMPARE(r.error.code, QStringLiteral("VALIDATION_ERROR"));
        QCOMPARE(r.error.message, QStringLiteral("Content field is required"));
        QCOMPARE(r.error.field, QStringLiteral("content"));
    }

    void problemDetailsWithCodeAndDetails()
    {
        // The reference server's --error-style rfc7807 fills both.
        const ApiResponse r = parseAnswer(429, R"({"data":null,"error":{"type":"rate_limited","title":"Too Many Requests",
            "status":429,"detail":"Trop de requêtes","code":"RATE_LIMITED","errors":[],
            "details":{"retry_after":7,"scope":"all"}}})");
        QCOMPARE(r.error.code, QStringLiteral("RATE_LIMITED"));
        QCOMPARE(r.error.retryAfterSeconds, 7);
        QVERIFY(r.error.isTransient());
    }

    void htmlErrorPage()
    {
        const ApiResponse r = parseAnswer(502, "<html><body>Bad gateway</body></html>");
        QCOMPARE(r.error.kind, ApiError::Kind::Http);
        QCOMPARE(r.error.status, 502);
        QVERIFY(r.error.code.isEmpty()); // not the contract's envelope
        QVERIFY(r.error.isTransient());
    }

    void malformedJsonSaysWhere()
    {
        const ApiResponse r =
            parseAnswer(200, "{\"success\":true,\"data\":{\"changes\":[{\"seq\":1},{\"seq\":<<< not JSON >>>}]}}");
        QCOMPARE(r.error.kind, ApiError::Kind::Parse);
        QCOMPARE(r.error.jsonPath, QStringLiteral("$.data.changes[1].seq"));
        QVERIFY(r.error.message.contains(QStringLiteral("byte")));
        QVERIFY(r.error.isTransient());
    }

    void truncatedJsonSaysWhere()
    {
        // Cut in the middle of a string, as a dropped connection leaves it.
        const QByteArray whole = "{\"success\":true,\"data\":{\"changes\":[{\"seq\":1,\"type\":\"post\"},"
                                 "{\"seq\":2,\"type\":\"me";
        const ApiResponse r = parseAnswer(200, whole);
        QCOMPARE(r.error.kind, ApiError::Kind::Parse);
        QCOMPARE(r.error.jsonPath, QStringLiteral("$.data.changes[1].type"));
        QVERIFY2(r.error.message.contains(QStringLiteral("ends too early")), qPrintable(r.error.message));
    }

    void notAnEnvelope()
    {
        QCOMPARE(parseAnswer(200, "[1,2,3]").error.kind, ApiError::Kind::Parse);
        const ApiResponse r = parseAnswer(200, R"({"hello":"world"})");
        QCOMPARE(r.error.kind, ApiError::Kind::Parse);
        QCOMPARE(r.error.jsonPath, QStringLiteral("$.data"));
        QCOMPARE(parseAnswer(200, R"({"success":false})").error.jsonPath, QStringLiteral("$.error"));
    }

    void retryAfter()
    {
        QCOMPARE(parseRetryAfter("7"), 7);
        QCOMPARE(parseRetryAfter(" 0 "), 0);
        QCOMPARE(parseRetryAfter(""), -1);
        QCOMPARE(parseRetryAfter("soon"), -1);
        // An HTTP date is read against the Clock: 30 s after its now, across
        // a year's end; a date already passed waits nothing.
        const pitchside::Clock::TestOverride clock(QDateTime(QDate(2026, 12, 31), QTime(23, 59, 45), Qt::UTC), true);
        QCOMPARE(parseRetryAfter("Fri, 01 Jan 2027 00:00:15 GMT"), 30);
        QCOMPARE(parseRetryAfter("Thu, 31 Dec 2026 23:00:00 GMT"), 0);
    }

    void transientAndPermanent()
    {
        ApiError e;
        e.kind = ApiError::Kind::Network;
        QVERIFY(e.isTransient());
        e.kind = ApiError::Kind::Http;
        for (int s : {408, 429, 500, 502, 503})
            QVERIFY2((e.status = s, e.isTransient()), qPrintable(QString::number(s)));
        for (int s : {400, 403, 413, 422})
            QVERIFY2((e.status = s, e.isPermanent() && !e.isTransient()), qPrintable(QString::number(s)));
        e.status = 401;
        QVERIFY(!e.isPermanent() && !e.isTransient());
    }
};

QTEST_GUILESS_MAIN(TstSyncEnvelope)
#include "tst_sync_envelope.moc"
