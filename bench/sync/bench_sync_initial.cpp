// Full first sync of 100 000 posts and 10 000 media records
// (pitchside-server --seed bench:100000): the app's sync against the
// physical floor measured in the same run (FirstSyncFloor.h: the same
// pages already downloaded, nlohmann_json, the sqlite3 C API, one
// transaction, FTS5 rebuilt once), and the sync's peak memory. Each figure
// is the median of PITCHSIDE_BENCH_RUNS runs (3 by default), floor and
// engine taking turns; each engine run is a process of its own on a fresh
// store.
//
// Targets (issue 12): ratio <= 1.5, peak RSS <= 300 MB.
#include "BenchSupport.h"
#include "FirstSyncFloor.h"
#include "tests/integration/TestServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>

using namespace pitchside;
using namespace pitchside::bench;

namespace {

// The child: one full sync by the app's code, then its time and peak RSS.
int engineOnly(const QUrl &server, const QString &dir)
{
    EngineClient client(server, dir);
    if (!client.signIn())
        return 3;
    QElapsedTimer timer;
    timer.start();
    const sync::SyncReport report = client.sync();
    const qint64 ms = timer.elapsed();
    std::printf("engine ms=%lld rss_kb=%lld pulled=%d ok=%d\n", static_cast<long long>(ms),
                static_cast<long long>(peakRssKb()), report.pulled, report.ok() ? 1 : 0);
    return report.ok() ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 4 && args.at(1) == u"--engine")
        return engineOnly(QUrl(args.at(2)), args.at(3));

    const int posts = postCount();
    const int runs = qMax(1, qEnvironmentVariableIsSet("PITCHSIDE_BENCH_RUNS")
                                 ? qEnvironmentVariableIntValue("PITCHSIDE_BENCH_RUNS")
                                 : 3);
    QTemporaryDir dir;
    test::TestServer server;
    if (!startSeededServer(server, dir.filePath(QStringLiteral("server")), posts, ""))
        return 1;
    const QString token = loginToken(server.url());
    // The floor's pages are downloaded once, before anything is timed (this
    // also warms the server's caches for the engine's first run).
    const std::vector<QByteArray> pages = downloadFeed(server.url(), token);

    std::vector<double> floorMs, engineMs, rssMb;
    qint64 floorRows = 0;
    QString pulled;
    for (int run = 0; run < runs; ++run) {
        const FloorResult floor =
            firstSyncFloor(pages, dir.filePath(QStringLiteral("floor%1.sqlite").arg(run)));
        floorMs.push_back(double(floor.ms));
        floorRows = floor.rows;

        const QString engineDir = dir.filePath(QStringLiteral("engine%1").arg(run));
        QDir().mkpath(engineDir);
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--engine"), server.url().toString(), engineDir});
        child.waitForFinished(-1);
        const QString line = QString::fromUtf8(child.readAllStandardOutput());
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("ms=(\\d+) rss_kb=(\\d+) pulled=(\\d+) ok=(\\d)")).match(line);
        if (!m.hasMatch() || m.captured(4) != u"1") {
            std::fprintf(stderr, "the engine run failed: %s\n", qPrintable(line));
            return 1;
        }
        engineMs.push_back(m.captured(1).toDouble());
        rssMb.push_back(m.captured(2).toDouble() / 1024.0);
        pulled = m.captured(3);
        std::printf("run %d: floor %lld ms, engine %s ms, peak RSS %.1f MB\n", run + 1,
                    static_cast<long long>(floor.ms), qPrintable(m.captured(1)), rssMb.back());
        std::fflush(stdout);
        QDir(engineDir).removeRecursively();
    }

    const double engine = median(engineMs);
    const double floor = median(floorMs);
    const double rss = *std::max_element(rssMb.begin(), rssMb.end());
    std::printf("rows: engine %s, floor %lld (posts and media); medians of %d runs\n", qPrintable(pulled),
                static_cast<long long>(floorRows), runs);
    report(QStringLiteral("full first sync"), engine, QStringLiteral("ms"), floor,
           QStringLiteral("target: ratio <= 1.5"));
    std::printf("%-28s %10.1f MB                                  (target: <= 300 MB)\n", "full sync peak RSS", rss);
    const bool ok = engine <= 1.5 * floor && rss <= 300;
    std::printf("%s\n", ok ? "PASS" : "OVER TARGET");
    return ok ? 0 : 2;
}
