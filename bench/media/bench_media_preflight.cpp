// Media pre-flight of a post with 10 photos of 12 MP (4000 × 3000 JPEGs on
// disk) for Instagram, Facebook and LinkedIn, on a worker thread, against
// the floor measured in the same run: reading the ten headers alone
// (QImageReader::size). Target: ≤ 150 ms. Medians of `runs` rounds.
//
//   bench_media_preflight [runs=15]
#include "BenchStats.h"
#include "models/media/MediaPreflight.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QTemporaryDir>
#include <QtConcurrent>

#include <cstdio>

using namespace pitchside;
using namespace pitchside::media;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 15;
    QTemporaryDir dir;
    QVector<Media> media;
    for (int i = 0; i < 10; ++i) {
        QImage image(4000, 3000, QImage::Format_RGB32);
        image.fill(QColor::fromHsv(i * 36, 180, 200));
        QPainter(&image).fillRect(500 + i * 100, 500, 2000, 1500, Qt::white);
        Media m;
        m.id = QStringLiteral("m%1").arg(i);
        m.filename = QStringLiteral("photo-%1.jpg").arg(i);
        m.mimeType = QStringLiteral("image/jpeg");
        m.localPath = dir.filePath(m.filename);
        if (!image.save(m.localPath, "JPEG", 92))
            return 1;
        media << m;
    }
    QVector<double> floorMs, preflightMs;
    int problems = 0;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        QtConcurrent::run([&] {
            for (const Media &m : media)
                (void)QImageReader(m.localPath).size();
        }).waitForFinished();
        floorMs << t.nsecsElapsed() / 1e6;
        t.restart();
        const QVector<PreflightProblem> found = QtConcurrent::run([&] {
            QVector<MediaFacts> facts;
            for (const Media &m : media)
                facts << factsOf(m);
            return checkMedia(facts, Platform::Instagram | Platform::Facebook | Platform::LinkedIn);
        }).result();
        preflightMs << t.nsecsElapsed() / 1e6;
        problems = int(found.size());
    }
    const double floor = median(floorMs);
    const double measured = median(preflightMs);
    std::printf("pre-flight of 10 photos of 12 MP (3 networks, worker thread): median %.2f ms (p90 %.2f), "
                "%d problem(s) found\n",
                measured, percentile(preflightMs, 0.9), problems);
    std::printf("floor, reading the 10 headers alone: median %.2f ms\n", floor);
    std::printf("ratio to the floor: %.2f; target: <= 150 ms: %s\n", floor > 0 ? measured / floor : 0.0,
                measured <= 150 ? "met" : "NOT met");
    return measured <= 150 ? 0 : 2;
}
