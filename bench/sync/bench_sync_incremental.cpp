// Incremental sync of 10 changes on a 100 000-post store, end to end (from
// the UI thread's request to the finished signal), against the floor: the
// same feed page fetched with one kept-alive connection, parsed with
// nlohmann_json and its 10 rows written in one transaction.
//
// Target: median <= 50 ms.
#include "BenchSupport.h"
#include "models/store/Transaction.h"
#include "sync/api/Rfc3339.h"
#include "models/store/SyncStateRepository.h"
#include "tests/integration/TestServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace pitchside;
using namespace pitchside::bench;
using json = nlohmann::json;

namespace {

constexpr int kRounds = 15;

// 10 edits by "another device".
void tenChanges(test::TestServer &server, const QString &token, const QStringList &ids, int round)
{
    for (int i = 0; i < 10; ++i) {
        server.http().request("PATCH", QStringLiteral("/api/content/posts/") + ids.at((round * 10 + i) % ids.size()),
                              {{"content", "round " + std::to_string(round) + " edit " + std::to_string(i)}}, token);
    }
}

double floorRound(QNetworkAccessManager &nam, const QUrl &server, const QString &token, store::Store &st, qint64 *since)
{
    QElapsedTimer timer;
    timer.start();
    QNetworkRequest req(QUrl(server.toString() + QStringLiteral("/api/sync/changes?since=%1&limit=1000").arg(*since)));
    req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply *reply = nam.get(req);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    const json root = json::parse(body.constBegin(), body.constEnd());
    store::Transaction tx(st.database().sql());
    QSqlQuery q(st.database().sql());
    q.prepare(QStringLiteral("UPDATE posts SET content = ?, updated_at = ?, version = ? WHERE id = ?"));
    for (const json &c : root.at("data").at("changes")) {
        const json &item = c.at("item");
        q.addBindValue(QString::fromStdString(item.at("content").get<std::string>()));
        q.addBindValue(sync::api::parseRfc3339(item.at("updated_at").get<std::string>()).value_or(0));
        q.addBindValue(item.at("version").get<qint64>());
        q.addBindValue(QString::fromStdString(item.at("id").get<std::string>()));
        q.exec();
    }
    tx.commit();
    *since = root.at("data").at("last_seq").get<qint64>();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int posts = postCount();
    QTemporaryDir dir;
    test::TestServer server;
    if (!startSeededServer(server, dir.filePath(QStringLiteral("server")), posts, " and syncing them"))
        return 1;
    const QString token = loginToken(server.url());
    QDir().mkpath(dir.filePath(QStringLiteral("engine")));
    EngineClient client(server.url(), dir.filePath(QStringLiteral("engine")));
    if (!client.signIn() || !client.sync().ok())
        return 1;
    QStringList ids;
    for (const PostSummary &s : client.store().posts().page({}, {}, 500))
        ids << s.id;

    std::vector<double> engine;
    for (int round = 0; round < kRounds; ++round) {
        tenChanges(server, token, ids, round);
        QElapsedTimer timer;
        timer.start();
        const sync::SyncReport r = client.sync();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!r.ok() || r.pulled != 10) {
            std::fprintf(stderr, "round %d: pulled %d (%s)\n", round, r.pulled, qPrintable(r.error.summary()));
            return 1;
        }
        engine.push_back(ms);
    }

    // The floor on a copy of the same store, so both write to 100 000 posts.
    store::StoreError e;
    auto copy = store::Store::open(dir.filePath(QStringLiteral("floor.sqlite")), &e);
    QSqlQuery(copy->database().sql())
        .exec(QStringLiteral("ATTACH DATABASE '%1' AS src").arg(client.store().path()));
    QSqlQuery(copy->database().sql()).exec(QStringLiteral("INSERT INTO posts SELECT * FROM src.posts"));
    QSqlQuery(copy->database().sql()).exec(QStringLiteral("DETACH DATABASE src"));
    qint64 since = client.store().syncState().value(store::SyncStateRepository::lastSeqKey()).toLongLong();
    QNetworkAccessManager nam;
    std::vector<double> floor;
    for (int round = kRounds; round < 2 * kRounds; ++round) {
        tenChanges(server, token, ids, round);
        floor.push_back(floorRound(nam, server.url(), token, *copy, &since));
    }
    const double m = median(engine);
    report(QStringLiteral("incremental sync, 10 changes"), m, QStringLiteral("ms"), median(floor),
           QStringLiteral("target: median <= 50 ms"));
    std::printf("%s\n", m <= 50 ? "PASS" : "OVER TARGET");
    return m <= 50 ? 0 : 2;
}
