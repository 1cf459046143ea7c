// Media pre-flight (issue 13): each network's rules for photos and videos
// (NetworkMediaRules), the problems of a post's media, and the local fix —
// crop or pad to the nearest allowed aspect, JPEG, scaled — checked pixel
// by pixel.
#include "models/media/MediaPreflight.h"

#include <QBuffer>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>

using namespace pitchside;
using namespace pitchside::media;

namespace {

// Four coloured quarters, so that a crop or a pad shows where it cut.
QImage quarters(int w, int h)
{
    QImage image(w, h, QImage::Format_RGB32);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            image.setPixel(x, y, y < h / 2 ? (x < w / 2 ? 0xffff0000 : 0xff00ff00) : (x < w / 2 ? 0xff0000ff : 0xffffff00));
    return image;
}

MediaFacts photo(int w, int h, const QString &mime = QStringLiteral("image/jpeg"), qint64 bytes = 500000)
{
    MediaFacts f;
    f.mediaId = QStringLiteral("m1");
    f.name = QStringLiteral("affiche.jpg");
    f.mimeType = mime;
    f.size = QSize(w, h);
    f.bytes = bytes;
    return f;
}

bool near(QRgb a, QRgb b)
{
    return std::abs(qRed(a) - qRed(b)) < 40 && std::abs(qGreen(a) - qGreen(b)) < 40 && std::abs(qBlue(a) - qBlue(b)) < 40;
}

} // namespace

class TstMediaPreflight : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void instagramTakesFourFifthsToOnePointNineOne()
    {
        QVERIFY(checkMedia({photo(1080, 1350)}, Platform::Instagram).isEmpty());  // 4:5
        QVERIFY(checkMedia({photo(1910, 1000)}, Platform::Instagram).isEmpty());  // 1.91:1
        const auto tall = checkMedia({photo(1080, 1920)}, Platform::Instagram);   // 9:16 story
        QCOMPARE(tall.size(), 1);
        QCOMPARE(tall.first().kind, PreflightProblem::Kind::TooTall);
        QCOMPARE(tall.first().allowedAspect, 4.0 / 5.0);
        QVERIFY(tall.first().fixable());
        QVERIFY(tall.first().text().contains(QStringLiteral("9:16")));
        QVERIFY(tall.first().text().contains(QStringLiteral("4:5")));
        const auto wide = checkMedia({photo(3000, 1000)}, Platform::Instagram);
        QCOMPARE(wide.first().kind, PreflightProblem::Kind::TooWide);
        // Facebook and LinkedIn take both.
        QVERIFY(checkMedia({photo(1080, 1920), photo(3000, 1000)}, Platform::Facebook | Platform::LinkedIn).isEmpty());
    }

    void formatsSizesAndVideos()
    {
        auto p = checkMedia({photo(1080, 1080, QStringLiteral("image/png"))}, Platform::Instagram);
        QCOMPARE(p.size(), 1);
        QCOMPARE(p.first().kind, PreflightProblem::Kind::FormatNotTaken);
        p = checkMedia({photo(1080, 1080, QStringLiteral("image/jpeg"), 6LL * 1024 * 1024)}, Platform::Facebook);
        QCOMPARE(p.first().kind, PreflightProblem::Kind::TooHeavy); // Facebook: under 4 MB
        p = checkMedia({photo(8000, 6000)}, Platform::LinkedIn); // 48 MP
        QCOMPARE(p.first().kind, PreflightProblem::Kind::TooManyPixels);

        MediaFacts video;
        video.mediaId = QStringLiteral("v");
        video.name = QStringLiteral("but.mp4");
        video.type = Media::Type::Video;
        video.mimeType = QStringLiteral("video/mp4");
        video.size = QSize(1080, 1920);
        video.bytes = 20LL * 1024 * 1024;
        video.durationMs = 2000;
        p = checkMedia({video}, Platform::Instagram | Platform::LinkedIn);
        QCOMPARE(p.size(), 2); // too short for both (3 s)
        QCOMPARE(p.first().kind, PreflightProblem::Kind::VideoTooShort);
        QVERIFY(!p.first().fixable());
        video.durationMs = 20LL * 60 * 1000;
        p = checkMedia({video}, Platform::Instagram | Platform::LinkedIn | Platform::Facebook);
        QCOMPARE(p.size(), 1); // Instagram's 15 minutes
        QCOMPARE(p.first().platform, Platform::Instagram);
        QCOMPARE(p.first().kind, PreflightProblem::Kind::VideoTooLong);
        video.durationMs = 30000;
        video.size = QSize(2000, 400); // 5:1
        p = checkMedia({video}, Platform::LinkedIn);
        QCOMPARE(p.first().kind, PreflightProblem::Kind::VideoAspect);

        MediaFacts gone = photo(10, 10);
        gone.readable = false;
        p = checkMedia({gone}, Platform::Facebook | Platform::Instagram);
        QCOMPARE(p.size(), 1);
        QCOMPARE(p.first().kind, PreflightProblem::Kind::Unreadable);
    }

    void cropKeepsTheCentre()
    {
        const QImage source = quarters(1080, 1920);
        const QImage out = fitToAspect(source, 4.0 / 5.0, AspectFix::Crop, Qt::white);
        QCOMPARE(out.size(), QSize(1080, 1350));
        // Rows 285 to 1634 of the source, pixel for pixel.
        for (int y : {0, 1, 674, 675, 1349})
            for (int x : {0, 539, 540, 1079})
                QCOMPARE(out.pixel(x, y), source.pixel(x, y + 285));
        const QImage wide = fitToAspect(quarters(3000, 1000), 1.91, AspectFix::Crop, Qt::white);
        QCOMPARE(wide.size(), QSize(1910, 1000));
        QCOMPARE(wide.pixel(0, 0), quarters(3000, 1000).pixel(545, 0));
    }

    void padKeepsEverything()
    {
        const QImage source = quarters(1080, 1920);
        const QImage out = fitToAspect(source, 4.0 / 5.0, AspectFix::Pad, QColor(10, 20, 30));
        QCOMPARE(out.size(), QSize(1536, 1920));
        // Bands of 228 px on each side, the photo whole between them.
        QCOMPARE(out.pixel(0, 0), qRgb(10, 20, 30));
        QCOMPARE(out.pixel(227, 1919), qRgb(10, 20, 30));
        QCOMPARE(out.pixel(1535, 960), qRgb(10, 20, 30));
        for (int y : {0, 959, 960, 1919})
            for (int x : {0, 539, 540, 1079})
                QCOMPARE(out.pixel(x + 228, y), source.pixel(x, y));
        QCOMPARE(out.pixel(1308, 0), qRgb(10, 20, 30));
        // Already allowed: the same image.
        QCOMPARE(fitToAspect(source, 1080.0 / 1920.0, AspectFix::Pad, Qt::white), source);
    }

    void preparedCopyIsOneEveryNetworkTakes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("story.png"));
        QVERIFY(quarters(2160, 3840).save(path)); // a PNG 9:16, 2160 px wide
        QString error;
        const QByteArray jpeg = preparedCopy(path, Platform::Instagram | Platform::Facebook, AspectFix::Crop, &error);
        QVERIFY2(!jpeg.isEmpty(), qPrintable(error));
        QImage out;
        QVERIFY(out.loadFromData(jpeg, "JPEG"));
        QCOMPARE(out.size(), QSize(1440, 1800)); // 4:5, scaled to Instagram's 1440 px
        QVERIFY(near(out.pixel(10, 10), 0xffff0000));
        QVERIFY(near(out.pixel(1430, 1790), 0xffffff00));
        MediaFacts facts = photo(out.width(), out.height(), QStringLiteral("image/jpeg"), jpeg.size());
        QVERIFY(checkMedia({facts}, Platform::Instagram | Platform::Facebook).isEmpty());

        QVERIFY(preparedCopy(dir.filePath(QStringLiteral("missing.jpg")), Platform::Instagram, AspectFix::Crop, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void factsComeFromTheLocalHeader()
    {
        QTemporaryDir dir;
        Media m;
        m.id = QStringLiteral("m");
        m.filename = QStringLiteral("edited.jpg");
        m.mimeType = QStringLiteral("image/jpeg");
        m.width = 1080; // the row says square…
        m.height = 1080;
        m.localPath = dir.filePath(QStringLiteral("edited.jpg"));
        QVERIFY(quarters(1080, 1920).save(m.localPath, "JPEG")); // …the file was re-cropped since
        const MediaFacts f = factsOf(m);
        QCOMPARE(f.size, QSize(1080, 1920));
        QVERIFY(f.readable);
        QFile broken(m.localPath);
        QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
        broken.write("not a photo");
        broken.close();
        QVERIFY(!factsOf(m).readable);
    }
};

QTEST_GUILESS_MAIN(TstMediaPreflight)
#include "tst_media_preflight.moc"
