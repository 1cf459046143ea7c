// bench_server_feed [--posts 100000] [--limit 1000] [--runs 3]
//
// Time for pitchside-server to serve the whole changes feed of N posts
// (paging /api/sync/changes?limit=1000), against a floor measured in the
// same run: what a client minimally does with that feed — download it with
// curl, parse it with nlohmann_json, insert the rows into SQLite in one
// transaction. The server must be at least twice as fast as the floor.
#include "bench_support.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

namespace {

struct Pass {
    qint64 ms = 0;
    qint64 bytes = 0;
    QList<qint64> sinces;   // the `since` of each page, for the floor's curl run
};

// Pages through the feed the way the sync engine does, without parsing:
// only last_seq and has_more are read, from the end of each page.
Pass serverPass(QNetworkAccessManager &nam, const QString &url, const QString &token, int limit)
{
    Pass p;
    const QHash<QByteArray, QByteArray> headers = {{"Authorization", "Bearer " + token.toLatin1()},
                                                   {"Accept-Encoding", "identity"}};
    QElapsedTimer t;
    t.start();
    qint64 since = 0;
    for (bool more = true; more;) {
        p.sinces << since;
        const BlockingReply r = blockingRequest(nam, "GET", url + QStringLiteral("/api/sync/changes?limit=%1&since=%2").arg(limit).arg(since), {}, headers);
        if (r.status != 200) {
            std::fprintf(stderr, "feed page failed with %d\n", r.status);
            std::exit(2);
        }
        p.bytes += r.body.size();
        const qsizetype at = r.body.lastIndexOf("\"last_seq\":");
        since = r.body.mid(at + 11, 24).split(',').first().toLongLong();
        more = r.body.lastIndexOf("\"has_more\":true") > at;
    }
    p.ms = t.elapsed();
    return p;
}

struct Floor {
    qint64 curlMs = 0, parseMs = 0, insertMs = 0, rows = 0;
    qint64 total() const { return curlMs + parseMs + insertMs; }
};

Floor floorPass(const QString &url, const QString &token, int limit, const QList<qint64> &sinces, const QString &dir)
{
    Floor f;
    // One curl process for every page, so connections are reused as the
    // server pass does.
    QFile config(dir + QStringLiteral("/curl.cfg"));
    config.open(QIODevice::WriteOnly | QIODevice::Truncate);
    config.write("silent\nfail\nheader = \"Authorization: Bearer " + token.toLatin1() + "\"\n");
    for (int i = 0; i < sinces.size(); ++i)
        config.write(QStringLiteral("url = \"%1/api/sync/changes?limit=%2&since=%3\"\noutput = \"%4/page-%5.json\"\n")
                         .arg(url).arg(limit).arg(sinces[i]).arg(dir).arg(i).toUtf8());
    config.close();
    QElapsedTimer t;
    t.start();
    if (QProcess::execute(QStringLiteral("curl"), {QStringLiteral("-K"), config.fileName()}) != 0) {
        std::fprintf(stderr, "curl failed\n");
        std::exit(2);
    }
    f.curlMs = t.elapsed();

    std::vector<nlohmann::json> pages;
    std::vector<QByteArray> raw;
    for (int i = 0; i < sinces.size(); ++i) {
        QFile page(QStringLiteral("%1/page-%2.json").arg(dir).arg(i));
        page.open(QIODevice::ReadOnly);
        raw.push_back(page.readAll());
    }
    t.restart();
    for (const QByteArray &b : raw)
        pages.push_back(nlohmann::json::parse(b.constBegin(), b.constEnd()));
    f.parseMs = t.elapsed();

    t.restart();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("floor"));
        db.setDatabaseName(dir + QStringLiteral("/client.sqlite"));
        db.open();
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        q.exec(QStringLiteral("DROP TABLE IF EXISTS changes"));
        q.exec(QStringLiteral("CREATE TABLE changes(seq INTEGER PRIMARY KEY, type TEXT, id TEXT, op TEXT, version INTEGER, item TEXT)"));
        db.transaction();
        q.prepare(QStringLiteral("INSERT INTO changes(seq, type, id, op, version, item) VALUES(?, ?, ?, ?, ?, ?)"));
        for (const auto &page : pages) {
            for (const auto &c : page["data"]["changes"]) {
                q.bindValue(0, c["seq"].get<qint64>());
                q.bindValue(1, QString::fromStdString(c["type"].get<std::string>()));
                q.bindValue(2, QString::fromStdString(c["id"].get<std::string>()));
                q.bindValue(3, QString::fromStdString(c["op"].get<std::string>()));
                q.bindValue(4, c["version"].get<qint64>());
                q.bindValue(5, c.contains("item") ? QString::fromStdString(c["item"].dump()) : QString());
                q.exec();
                ++f.rows;
            }
        }
        db.commit();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("floor"));
    f.insertMs = t.elapsed();
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int posts = option(args, QStringLiteral("--posts"), QStringLiteral("100000")).toInt();
    const int limit = option(args, QStringLiteral("--limit"), QStringLiteral("1000")).toInt();
    const int runs = std::max(1, option(args, QStringLiteral("--runs"), QStringLiteral("3")).toInt());

    BenchServer server({QStringLiteral("--seed"), QStringLiteral("bench:%1").arg(posts), QStringLiteral("--rate-limit"),
                        QStringLiteral("1000000"), QStringLiteral("--publish-interval"), QStringLiteral("0")});
    if (!server.start(600000))
        return 2;
    QNetworkAccessManager nam;
    const QString token = signIn(nam, server.url(), QStringLiteral("bench@pitchside.test"), QStringLiteral("Bench2026!"));
    if (token.isEmpty()) {
        std::fprintf(stderr, "cannot sign in\n");
        return 2;
    }
    // Warm both sides' caches once, then keep the best of `runs` passes.
    Pass best = serverPass(nam, server.url(), token, limit);
    best.ms = std::numeric_limits<qint64>::max();
    for (int i = 0; i < runs; ++i) {
        const Pass p = serverPass(nam, server.url(), token, limit);
        if (p.ms < best.ms)
            best = p;
    }
    QTemporaryDir dir;
    Floor floor;
    floor.curlMs = std::numeric_limits<qint64>::max() / 4;
    for (int i = 0; i < runs; ++i) {
        const Floor f = floorPass(server.url(), token, limit, best.sinces, dir.path());
        if (f.total() < floor.total())
            floor = f;
    }
    const double ratio = double(floor.total()) / double(std::max<qint64>(1, best.ms));
    std::printf("feed benchmark: %d posts (+%d media), %lld pages of %d, %.1f MB, %lld rows\n", posts, posts / 10,
                qint64(best.sinces.size()), limit, best.bytes / 1e6, floor.rows);
    std::printf("seed + start: %.1f s\n", server.startMs() / 1000.0);
    std::printf("server: whole feed served in %lld ms (best of %d)\n", best.ms, runs);
    std::printf("floor: curl %lld ms + nlohmann_json parse %lld ms + SQLite insert %lld ms = %lld ms (best of %d)\n",
                floor.curlMs, floor.parseMs, floor.insertMs, floor.total(), runs);
    std::printf("ratio floor/server = %.2f (target >= 2.00): %s\n", ratio, ratio >= 2.0 ? "PASS" : "FAIL");
    return ratio >= 2.0 ? 0 : 1;
}
