// Soak (issue 12): two devices of one user sync through the reference
// server with the fault mix on — 10 % 5xx, 5 % dropped connections,
// latency with jitter, bursts of 429 and malformed or truncated answers —
// for N minutes (argument 1, default 30) of creates, edits, deletes and
// media uploads. Then the faults go, both devices sync until clean, and
// the bench checks that both stores and the server hold the same posts and
// media, that every post made is there once with its last edit and every
// deleted one is gone, and that memory did not grow: RSS at the end within
// 10 % of RSS after the first 5 minutes (or after a sixth of a shorter run).
//
// The work reaches a steady state, so that a growing RSS means a leak and
// not more data: past 300 live posts a device deletes more than it creates,
// and past 120 media the web deletes its oldest. SQLite's own memory (page
// caches, bounded at 2 MB a connection) is printed beside it.
//
// The two clients (a store and a sync engine each, on its own thread as in
// the app) share this process, so the RSS is theirs together; the "web"
// uploads media over plain REST, through the same faults.
#include "BenchSupport.h"
#include "sync/entities/EntityRegistry.h"
#include "tests/integration/SyncFixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QSet>
#include <QTemporaryDir>
#include <QUuid>

#include <sqlite3.h>

#include <malloc.h>

#include <cstdio>
#include <deque>
#include <random>

using namespace pitchside;
using namespace pitchside::test;

namespace {

constexpr int kCountedFaults = 1000000; // the server counts a fault down from here
constexpr int kSteadyPosts = 300;       // live posts a device keeps around
constexpr int kSteadyMedia = 120;       // media the web keeps around

qint64 rssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Where the RSS is: the heap in use, what the allocator holds free (its
// arenas: fragmentation, not a leak), and the anonymous and file-backed
// parts of the RSS.
QString memoryBreakdown()
{
    const struct mallinfo2 m = mallinfo2();
    qint64 anon = -1, file = -1;
    QFile f(QStringLiteral("/proc/self/status"));
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.startsWith("RssAnon:"))
                anon = line.mid(8).trimmed().split(' ').value(0).toLongLong();
            else if (line.startsWith("RssFile:"))
                file = line.mid(8).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return QStringLiteral("heap in use %1 kB, free in the allocator %2 kB, RSS anon %3 kB + files %4 kB")
        .arg(qint64((m.uordblks + m.hblkhd) / 1024))
        .arg(qint64(m.fordblks / 1024))
        .arg(anon)
        .arg(file);
}

// What one device did, so that the end state can be told exactly.
struct Device
{
    QString name;
    std::unique_ptr<SyncClient> client;
    QMap<QString, QString> live; // id -> the content it last wrote
    QSet<QUuid> deleted; // 16 bytes an id: the bench's own bookkeeping must not look like a leak
    int creates = 0, edits = 0, deletes = 0, syncs = 0, failedSyncs = 0;
};

// The test routes go through the faults too: ask until an answer reads.
json faultState(TestServer &server)
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        const json d = server.http().request("GET", QStringLiteral("/api/test/faults")).data();
        if (d.is_object() && d.contains("errors") && d["errors"].is_object() && d["drops"].is_object()
            && d["rate_limit"].is_object() && d["corruptions"].is_array())
            return d;
    }
    return json::object();
}

// The web's access token lives 15 minutes, as the app's does: it signs in
// again every 10 (a refresh whose answer is dropped would leave it with a
// dead refresh token, and a second use revokes the session, so it logs in).
bool keepWebSignedIn(RemoteUser &web, QElapsedTimer &since)
{
    if (since.isValid() && since.elapsed() < 10 * 60000)
        return true;
    for (int attempt = 0; attempt < 50; ++attempt) {
        if (web.login()) {
            since.start();
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const double minutes = argc > 1 ? QString::fromLocal8Bit(argv[1]).toDouble() : 30.0;
    if (minutes <= 0) {
        std::fprintf(stderr, "usage: bench_soak [minutes]\n");
        return 2;
    }
    const qint64 durationMs = qint64(minutes * 60000);
    const qint64 warmMs = qMin<qint64>(5 * 60000, durationMs / 6);

    QTemporaryDir dir;
    TestServer server;
    std::unique_ptr<RemoteUser> web = startServerWithUser(server, dir, QStringLiteral("soak"));
    if (!web) {
        std::fprintf(stderr, "cannot start the server\n");
        return 1;
    }
    Device devices[2];
    for (int i = 0; i < 2; ++i) {
        devices[i].name = i == 0 ? QStringLiteral("A") : QStringLiteral("B");
        const QString path = dir.path() + QStringLiteral("/device-") + devices[i].name;
        QDir().mkpath(path);
        devices[i].client = std::make_unique<SyncClient>(server, path);
        if (!devices[i].client->signIn(web->email(), web->password())
            || !devices[i].client->syncUntilClean()) {
            std::fprintf(stderr, "device %s cannot sign in and sync\n", qPrintable(devices[i].name));
            return 1;
        }
    }

    server.http().request("PUT", QStringLiteral("/api/test/faults/errors"),
                          {{"rate", 0.10}, {"status", 0}, {"retry_after", 0}, {"count", kCountedFaults}});
    server.http().request("PUT", QStringLiteral("/api/test/faults/drops"),
                          {{"rate", 0.05}, {"mode", "before"}, {"count", kCountedFaults}});
    server.latency(20, 40);

    std::mt19937 rng(12);
    auto roll = [&rng](int n) { return int(rng() % unsigned(n)); };
    int uploads = 0, failedUploads = 0, rateLimits = 0, corruptions = 0, mediaDeletes = 0;
    std::deque<QString> webMedia; // oldest first
    const QStringList corruptModes = {QStringLiteral("malformed"), QStringLiteral("truncated")};
    const QStringList corruptRoutes = {QStringLiteral("GET /api/sync/changes"),
                                       QStringLiteral("POST /api/content/posts"),
                                       QStringLiteral("PATCH /api/content/posts/{id}"),
                                       QStringLiteral("DELETE /api/content/posts/{id}")};
    qint64 rssWarm = -1;
    sqlite3_int64 sqliteWarm = 0;
    QElapsedTimer webSession; // since the web last signed in
    webSession.start();
    QElapsedTimer clock;
    clock.start();
    int round = 0;
    qint64 nextReport = 60000;
    while (clock.elapsed() < durationMs) {
        ++round;
        if (round % 7 == 0) {
            server.rateLimit(3, 1);
            rateLimits += 3;
        }
        if (round % 5 == 0) {
            server.corrupt(corruptRoutes[roll(corruptRoutes.size())], corruptModes[roll(2)], 1);
            ++corruptions;
        }
        for (Device &d : devices) {
            for (int op = 0; op < 4; ++op) {
                const int what = roll(100);
                // 45/35/20 % creates/edits/deletes while growing; 25/35/40 % at the steady size.
                const int creates = d.live.size() < kSteadyPosts ? 45 : 25;
                const int edits = creates + 35;
                if (what < creates || d.live.isEmpty()) {
                    const QString content = QStringLiteral("soak %1 #%2").arg(d.name).arg(d.creates);
                    const QString id = d.client->createPost(content);
                    if (!id.isEmpty()) {
                        d.live.insert(id, content);
                        ++d.creates;
                    }
                } else if (what < edits) {
                    const QString id = d.live.keys().at(roll(int(d.live.size())));
                    const QString content = QStringLiteral("soak %1 edit %2").arg(d.name).arg(d.edits);
                    if (d.client->editPost(id, content)) {
                        d.live[id] = content;
                        ++d.edits;
                    }
                } else {
                    const QString id = d.live.keys().at(roll(int(d.live.size())));
                    if (d.client->deletePost(id)) {
                        d.live.remove(id);
                        d.deleted.insert(QUuid::fromString(id));
                        ++d.deletes;
                    }
                }
            }
        }
        if (!keepWebSignedIn(*web, webSession)) {
            std::fprintf(stderr, "the web client cannot sign in again\n");
            return 1;
        }
        if (round % 3 == 0) {
            const QString mediaId = web->uploadImage(QStringLiteral("soak-%1.png").arg(uploads + failedUploads), round);
            if (mediaId.isEmpty()) {
                ++failedUploads;
            } else {
                ++uploads;
                webMedia.push_back(mediaId);
            }
            if (int(webMedia.size()) > kSteadyMedia) {
                // Through the faults: a refused delete is tried again next time.
                const int status = server.http()
                                       .request("DELETE", QStringLiteral("/api/media/") + webMedia.front(), json(),
                                                web->token())
                                       .status;
                if (status == 204 || status == 404) {
                    webMedia.pop_front();
                    ++mediaDeletes;
                }
            }
        }
        for (Device &d : devices) {
            ++d.syncs;
            if (!d.client->sync(120000).ok())
                ++d.failedSyncs;
        }
        if (rssWarm < 0 && clock.elapsed() >= warmMs) {
            rssWarm = rssKb();
            sqliteWarm = sqlite3_memory_used();
        }
        if (clock.elapsed() >= nextReport) {
            std::printf("%5.1f min: round %d, %d+%d posts made, RSS %lld kB (%s)\n", clock.elapsed() / 60000.0, round,
                        devices[0].creates, devices[1].creates, rssKb(), qPrintable(memoryBreakdown()));
            std::fflush(stdout);
            nextReport += 60000;
        }
    }
    const qint64 rssEnd = rssKb();
    const sqlite3_int64 sqliteEnd = sqlite3_memory_used();

    json faults = faultState(server);
    if (!faults.contains("errors")) {
        std::fprintf(stderr, "the server does not say which faults it served\n");
        return 1;
    }
    const int errorsServed = kCountedFaults - faults["errors"].value("remaining", kCountedFaults);
    const int dropsServed = kCountedFaults - faults["drops"].value("remaining", kCountedFaults);
    int corruptionsLeft = 0;
    for (const json &c : faults["corruptions"])
        corruptionsLeft += c.value("remaining", 0);
    const int rateLimitsLeft = faults["rate_limit"].value("remaining", 0);
    server.reset();

    webSession.invalidate();
    if (!keepWebSignedIn(*web, webSession)) {
        std::fprintf(stderr, "the web client cannot sign in again\n");
        return 1;
    }
    bool clean = true;
    for (int pass = 0; pass < 2; ++pass) {
        for (Device &d : devices)
            clean = d.client->syncUntilClean() && clean;
    }

    // The end state: both stores and the server agree, and it is exactly what was done.
    const PostSnapshot serverPosts = web->posts();
    const PostSnapshot postsA = devices[0].client->posts();
    const PostSnapshot postsB = devices[1].client->posts();
    QMap<QString, QString> expected;
    for (const Device &d : devices) {
        for (auto it = d.live.cbegin(); it != d.live.cend(); ++it)
            expected.insert(it.key(), it.value());
    }
    int lost = 0, wrongContent = 0, resurrected = 0, unexpected = 0;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!serverPosts.contains(it.key()))
            ++lost;
        else if (serverPosts.value(it.key()).content != it.value())
            ++wrongContent;
    }
    for (const Device &d : devices) {
        for (const QUuid &id : d.deleted)
            resurrected += serverPosts.contains(id.toString(QUuid::WithoutBraces)) ? 1 : 0;
    }
    QMap<QString, int> contents;
    for (auto it = serverPosts.cbegin(); it != serverPosts.cend(); ++it) {
        if (!expected.contains(it.key()))
            ++unexpected;
        ++contents[it.value().content];
    }
    int duplicated = 0;
    for (int n : contents)
        duplicated += n > 1 ? n - 1 : 0;
    const sync::EntitySpec *media = sync::EntityRegistry::builtin().find(QStringLiteral("media"));
    const TypeState mediaServer = web->state(*media);
    const bool mediaEqual = mediaServer == devices[0].client->state(*media)
                            && mediaServer == devices[1].client->state(*media);
    const bool postsEqual = serverPosts == postsA && serverPosts == postsB;
    const int conflicts = devices[0].client->conflicts() + devices[1].client->conflicts();

    std::printf("soak: %.1f min, %d rounds\n", clock.elapsed() / 60000.0, round);
    for (const Device &d : devices)
        std::printf("  device %s: %d creates, %d edits, %d deletes, %d syncs (%d not ok under faults)\n",
                    qPrintable(d.name), d.creates, d.edits, d.deletes, d.syncs, d.failedSyncs);
    std::printf("  web: %d media uploads (%d more failed under faults), %d media deleted\n", uploads, failedUploads,
                mediaDeletes);
    std::printf("  faults injected: %d 5xx, %d dropped connections, %d 429, %d malformed/truncated answers, "
                "latency 20 ms + up to 40 ms jitter\n",
                errorsServed, dropsServed, rateLimits - rateLimitsLeft, corruptions - corruptionsLeft);
    std::printf("  end: %lld posts on the server, A %lld, B %lld; %lld media; synced until clean: %s\n",
                qlonglong(serverPosts.size()), qlonglong(postsA.size()), qlonglong(postsB.size()),
                qlonglong(mediaServer.items.size()), clean ? "yes" : "NO");
    std::printf("  posts identical on A, B and server: %s; media identical: %s; conflicts: %d\n",
                postsEqual ? "yes" : "NO", mediaEqual ? "yes" : "NO", conflicts);
    std::printf("  lost %d, wrong content %d, deleted but present %d, unexpected %d, duplicated %d\n", lost,
                wrongContent, resurrected, unexpected, duplicated);
    const double ratio = rssWarm > 0 ? double(rssEnd) / double(rssWarm) : 0;
    std::printf("  RSS (both clients, one process): %lld kB after %.1f min, %lld kB at the end, ratio %.3f "
                "(limit 1.10)\n",
                rssWarm, warmMs / 60000.0, rssEnd, ratio);
    std::printf("  of which SQLite (its page caches and statements, all connections): %lld kB, then %lld kB\n",
                qlonglong(sqliteWarm / 1024), qlonglong(sqliteEnd / 1024));
    const bool ok = clean && postsEqual && mediaEqual && lost == 0 && wrongContent == 0 && resurrected == 0
                    && unexpected == 0 && duplicated == 0 && conflicts == 0 && ratio > 0 && ratio <= 1.10;
    std::printf("soak: %s\n", ok ? "PASS" : "FAIL");
    return ok ? 0 : 1;
}
