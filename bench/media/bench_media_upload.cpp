// Uploading a 50 MB video on loopback through the app's upload queue
// (verify SHA-256, POST, 5 MB chunk PUTs, complete), against curl sending
// the same bytes to the same server with the same protocol (its chunk PUTs
// and the completion, over one kept-alive connection), in the same run.
// Target: our throughput ≥ 70% of curl's. Each side is its own user, so the
// server's dedupe never short-cuts either of them.
#include "BenchStats.h"
#include "MediaFixtures.h"
#include "bench/server/bench_support.h"
#include "models/media/ContentStore.h"
#include "models/media/MediaImporter.h"
#include "models/media/UploadStateRepository.h"
#include "models/store/Store.h"
#include "sync/auth/TokenStore.h"
#include "sync/uploads/FileDigest.h"
#include "sync/uploads/UploadController.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace pitchside;

namespace {

constexpr qint64 kBytes = 50LL * 1024 * 1024;
constexpr qint64 kChunk = 5LL * 1024 * 1024;

struct Curl
{
    QString base;
    QString token;
    QNetworkAccessManager nam;

    // Declares the upload (not timed), then times curl sending the chunks and
    // completing it, all in one curl process (one connection).
    double upload(const QString &file, const QString &workDir)
    {
        const QString sha = sync::uploads::sha256OfFile(file);
        QFile in(file);
        const qint64 size = in.size();
        const nlohmann::json declared = {{"filename", "clip.mp4"}, {"size", size}, {"mime_type", "video/mp4"},
                                         {"sha256", sha.toStdString()}};
        const BlockingReply r = blockingRequest(nam, "POST", base + QStringLiteral("/api/media/uploads"),
                                                QByteArray::fromStdString(declared.dump()),
                                                {{"Authorization", "Bearer " + token.toLatin1()},
                                                 {"Content-Type", "application/json"}});
        const auto j = r.json();
        const std::string id = j["data"]["upload_id"].get<std::string>();
        const qint64 chunk = j["data"]["chunk_size"].get<qint64>();
        // The chunks as files, so that curl reads them as we read ours.
        in.open(QIODevice::ReadOnly);
        QString config;
        for (int i = 0; i * chunk < size; ++i) {
            const QString part = QDir(workDir).filePath(QStringLiteral("part%1").arg(i));
            QFile out(part);
            out.open(QIODevice::WriteOnly);
            out.write(in.read(chunk));
            out.close();
            config += QStringLiteral("url = \"%1/api/media/uploads/%2/chunks/%3\"\nupload-file = \"%4\"\n"
                                     "header = \"Authorization: Bearer %5\"\nheader = \"Content-Type: application/octet-stream\"\n"
                                     "header = \"Expect:\"\n"
                                     "output = \"/dev/null\"\nnext\n")
                          .arg(base, QString::fromStdString(id)).arg(i).arg(part, token);
        }
        config += QStringLiteral("url = \"%1/api/media/uploads/%2/complete\"\nrequest = \"POST\"\n"
                                 "header = \"Authorization: Bearer %3\"\noutput = \"/dev/null\"\n")
                      .arg(base, QString::fromStdString(id), token);
        const QString configFile = QDir(workDir).filePath(QStringLiteral("curl.cfg"));
        QFile cfg(configFile);
        cfg.open(QIODevice::WriteOnly);
        cfg.write(config.toUtf8());
        cfg.close();
        QElapsedTimer t;
        t.start();
        const int code = QProcess::execute(QStringLiteral("curl"), {QStringLiteral("-s"), QStringLiteral("-f"),
                                                                    QStringLiteral("-K"), configFile});
        const double ms = double(t.nsecsElapsed()) / 1e6;
        return code == 0 ? ms : -1;
    }
};

// The app's side: its store, importer and upload queue (own thread).
double ourUpload(const QString &file, const QString &accountDir, const QString &base, const QString &token)
{
    store::StoreError error;
    auto store = store::Store::open(QDir(accountDir).filePath(QStringLiteral("pitchside.sqlite")), &error);
    media::MediaImporter importer(*store, media::ContentStore::rootFor(accountDir));
    QSignalSpy imported(&importer, &media::MediaImporter::finished);
    importer.start({file});
    imported.wait(120000);
    sync::auth::TokenStore tokens(QUrl(base), QStringLiteral("bench"), QDir(accountDir).filePath(QStringLiteral("lock")),
                                  nullptr);
    sync::auth::Tokens t;
    t.access = token;
    t.refresh = QStringLiteral("unused");
    tokens.setTokens(t);
    sync::uploads::UploadController::Config c;
    c.storePath = store->path();
    c.server = QUrl(base);
    c.tokens = &tokens;
    sync::uploads::UploadController uploads(c);
    QElapsedTimer timer;
    timer.start();
    uploads.start();
    auto done = [&] {
        QSqlQuery q(store->database().sql());
        return q.exec(QStringLiteral("SELECT count(*) FROM media_uploads WHERE state = 'done'")) && q.next()
               && q.value(0).toInt() == 1;
    };
    // Look every 10 ms, sleeping in between: a spinning main thread would
    // take a core from the upload thread and the server.
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || timer.elapsed() > 600000)
            loop.quit();
    });
    poll.start(10);
    loop.exec();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    uploads.stop();
    return done() ? ms : -1;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int rounds = argc > 1 ? qMax(1, atoi(argv[1])) : 5;
    BenchServer server({QStringLiteral("--chunk-size"), QString::number(kChunk), QStringLiteral("--rate-limit"),
                        QStringLiteral("1000000"), QStringLiteral("--pbkdf2-iterations"), QStringLiteral("1000")});
    if (!server.start(60000))
        return 2;
    QNetworkAccessManager nam;
    Curl curl;
    curl.base = server.url();
    curl.token = registerUser(nam, server.url(), QStringLiteral("curl@bench.test"), QStringLiteral("Bench-curl-2026"));
    const QString ourToken = registerUser(nam, server.url(), QStringLiteral("app@bench.test"), QStringLiteral("Bench-app-2026"));
    if (curl.token.isEmpty() || ourToken.isEmpty())
        return 2;

    QTemporaryDir dir;
    QVector<double> theirs, ours;
    for (int r = 0; r < rounds; ++r) {
        // New bytes each round: nothing is deduplicated across rounds.
        fixtures::Movie m;
        m.mediaBytes = kBytes - 1024;
        m.seed = 1000 + r;
        const QString file = QDir(dir.path()).filePath(QStringLiteral("clip%1.mp4").arg(r));
        fixtures::write(file, fixtures::movie(m));
        const QString work = QDir(dir.path()).filePath(QStringLiteral("curl%1").arg(r));
        QDir().mkpath(work);
        const QString account = QDir(dir.path()).filePath(QStringLiteral("account%1").arg(r));
        QDir().mkpath(account);
        const double c = curl.upload(file, work);
        const double o = ourUpload(file, account, server.url(), ourToken);
        if (c < 0 || o < 0) {
            std::fprintf(stderr, "round %d failed (curl %.0f, ours %.0f)\n", r + 1, c, o);
            return 1;
        }
        theirs << c;
        ours << o;
        std::printf("round %d: curl %.0f ms (%.0f MB/s), Pitchside %.0f ms (%.0f MB/s)\n", r + 1, c,
                    50.0 / (c / 1000.0), o, 50.0 / (o / 1000.0));
        std::fflush(stdout);
    }
    const double c = median(theirs), o = median(ours);
    std::printf("\nuploading 50 MB on loopback (median of %d rounds, 5 MB chunks, with completion)\n", rounds);
    std::printf("  floor, curl: %.0f ms = %.0f MB/s\n", c, 50.0 / (c / 1000.0));
    std::printf("  Pitchside:   %.0f ms = %.0f MB/s = %.0f%% of curl's throughput (target >= 70%%)\n", o,
                50.0 / (o / 1000.0), 100.0 * c / o);
    const bool ok = c / o >= 0.7;
    std::printf("%s\n", ok ? "PASS" : "MISS");
    return ok ? 0 : 1;
}
