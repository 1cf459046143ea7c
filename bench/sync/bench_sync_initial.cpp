// Full initial sync of 100 000 posts and 10 000 media records
// (pitchside-server --seed bench:100000): the app's sync against the floor
// (curl + nlohmann_json + one transaction into the same schema), and the
// sync's peak memory, measured in a process of its own.
//
// Targets: ratio <= 2.5, peak RSS <= 300 MB.
#include "BenchSupport.h"
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
    QTemporaryDir dir;
    test::TestServer server;
    if (!startSeededServer(server, dir.filePath(QStringLiteral("server")), posts, ""))
        return 1;
    const QString token = loginToken(server.url());

    // Floor first and last (the server's caches warm up on the first read).
    const FloorResult floor1 = fullSyncFloor(server.url(), token, dir.filePath(QStringLiteral("floor1.sqlite")));
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QDir().mkpath(dir.filePath(QStringLiteral("engine")));
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--engine"), server.url().toString(), dir.filePath(QStringLiteral("engine"))});
    child.waitForFinished(-1);
    const QString line = QString::fromUtf8(child.readAllStandardOutput());
    const FloorResult floor2 = fullSyncFloor(server.url(), token, dir.filePath(QStringLiteral("floor2.sqlite")));

    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("ms=(\\d+) rss_kb=(\\d+) pulled=(\\d+) ok=(\\d)")).match(line);
    if (!m.hasMatch() || m.captured(4) != u"1") {
        std::fprintf(stderr, "the engine run failed: %s\n", qPrintable(line));
        return 1;
    }
    const double engineMs = m.captured(1).toDouble();
    const double rssMb = m.captured(2).toDouble() / 1024.0;
    const double floorMs = double(qMin(floor1.ms, floor2.ms));
    std::printf("rows: engine %s, floor %lld (posts and media)\n", qPrintable(m.captured(3)),
                static_cast<long long>(floor1.rows));
    report(QStringLiteral("full sync"), engineMs, QStringLiteral("ms"), floorMs, QStringLiteral("target: ratio <= 2.5"));
    std::printf("%-28s %10.1f MB                                  (target: <= 300 MB)\n", "full sync peak RSS", rssMb);
    const bool ok = engineMs <= 2.5 * floorMs && rssMb <= 300;
    std::printf("%s\n", ok ? "PASS" : "OVER TARGET");
    return ok ? 0 : 2;
}
