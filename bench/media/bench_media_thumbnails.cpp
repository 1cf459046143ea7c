// Thumbnails for 500 JPEGs of 1080×1920 (a match day of phone photos):
// the ThumbnailCache with one thread and with two, against the floor of
// QImageReader's scaled decoding alone, to the same size, in the same run.
// Targets: two threads ≥ 1.6× faster than one; one thread ≤ 1.5× the floor.
#include "BenchStats.h"
#include "MediaFixtures.h"
#include "models/media/ThumbnailCache.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImageReader>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>

#include <atomic>

#include <cstdio>

using pitchside::media::ThumbnailCache;

namespace {

constexpr int kPhotos = 500;
constexpr int kEdge = 320;

// What the floor does per file: the reader's scaled decoding, nothing else.
QImage decodeScaled(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    reader.setScaledSize(size.scaled(kEdge, kEdge, Qt::KeepAspectRatioByExpanding));
    return reader.read();
}

double timeFloor(const QStringList &files)
{
    QElapsedTimer t;
    t.start();
    qint64 pixels = 0;
    for (const QString &f : files)
        pixels += decodeScaled(f).width();
    Q_ASSERT(pixels > 0);
    return double(t.nsecsElapsed()) / 1e6;
}

// The same decoding split over two plain threads: how much this machine,
// right now, lets two threads gain (other processes share its cores).
double timeFloorTwoThreads(const QStringList &files)
{
    QElapsedTimer t;
    t.start();
    std::atomic_int next{0};
    auto work = [&] {
        for (int i = next++; i < files.size(); i = next++)
            decodeScaled(files.at(i));
    };
    QThread *a = QThread::create(work);
    QThread *b = QThread::create(work);
    a->start();
    b->start();
    a->wait();
    b->wait();
    delete a;
    delete b;
    return double(t.nsecsElapsed()) / 1e6;
}

double timeCache(const QStringList &files, int threads, const QString &diskDir)
{
    QDir(diskDir).removeRecursively(); // every round starts cold
    ThumbnailCache cache(diskDir, kEdge, threads);
    int ready = 0;
    QObject::connect(&cache, &ThumbnailCache::ready, [&ready] { ++ready; });
    QElapsedTimer t;
    t.start();
    int next = 0;
    // As a grid asks: never more queued than a few screens.
    while (ready < files.size()) {
        while (next < files.size() && cache.pending() < 128) {
            cache.thumbnail(QString::number(next), files.at(next));
            ++next;
        }
        // Sleep until a thumbnail arrives: a spinning main thread would steal
        // a core from the workers on a two-core machine.
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int rounds = argc > 1 ? qMax(1, atoi(argv[1])) : 5;
    QTemporaryDir dir;
    std::printf("making %d JPEGs of 1080x1920…\n", kPhotos);
    std::fflush(stdout);
    QStringList files;
    for (int i = 0; i < kPhotos; ++i)
        files << QDir(dir.path()).filePath(QStringLiteral("photos/IMG_%1.jpg").arg(i, 4, 10, QLatin1Char('0')));
    QThreadPool::globalInstance()->setMaxThreadCount(2);
    for (int i = 0; i < kPhotos; ++i) {
        QThreadPool::globalInstance()->start([&files, i] {
            fixtures::write(files.at(i), fixtures::encode(fixtures::photo(i, QSize(1080, 1920)), "jpg", 90));
        });
    }
    QThreadPool::globalInstance()->waitForDone();

    QVector<double> floor, floor2, one, two;
    for (int r = 0; r < rounds; ++r) {
        // Interleaved, so that a busy neighbour hurts every figure alike.
        floor << timeFloor(files);
        floor2 << timeFloorTwoThreads(files);
        one << timeCache(files, 1, QDir(dir.path()).filePath(QStringLiteral("thumbs1")));
        two << timeCache(files, 2, QDir(dir.path()).filePath(QStringLiteral("thumbs2")));
        std::printf("round %d: floor %.0f ms (2 threads %.0f ms), 1 thread %.0f ms, 2 threads %.0f ms\n", r + 1,
                    floor.last(), floor2.last(), one.last(), two.last());
        std::fflush(stdout);
    }
    const double f = median(floor), t1 = median(one), t2 = median(two);
    std::printf("\nthumbnails of %d JPEGs 1080x1920 (median of %d rounds)\n", kPhotos, rounds);
    std::printf("  floor, QImageReader scaled decoding alone: %.0f ms (%.1f ms each)\n", f, f / kPhotos);
    std::printf("  ThumbnailCache, 1 thread:  %.0f ms  = %.2fx the floor   (target <= 1.5)\n", t1, t1 / f);
    std::printf("  ThumbnailCache, 2 threads: %.0f ms  = %.2fx faster than 1 thread (target >= 1.6)\n", t2, t1 / t2);
    const double f2 = median(floor2);
    std::printf("    the machine meanwhile: bare decoding on 2 threads %.0f ms = %.2fx faster than on 1\n", f2, f / f2);
    const bool ok = t1 / f <= 1.5 && t1 / t2 >= 1.6;
    std::printf("%s\n", ok ? "PASS" : "MISS");
    return ok ? 0 : 1;
}
