// Content sniffing and the structure checks that run while a file is copied.
#include "MediaFixtures.h"
#include "models/media/MediaFormat.h"
#include "models/media/StructureCheck.h"

#include <QBuffer>
#include <QImageWriter>
#include <QRandomGenerator>
#include <QTest>

using namespace pitchside;
using namespace pitchside::media;
using Kind = Format::Kind;
using Problem = StructureCheck::Problem;

namespace {

Problem check(const QByteArray &bytes, Kind kind, qsizetype step = 0)
{
    StructureCheck c(kind);
    if (step <= 0) {
        c.feed(bytes.constData(), bytes.size());
    } else {
        for (qsizetype at = 0; at < bytes.size(); at += step)
            c.feed(bytes.constData() + at, qMin(step, bytes.size() - at));
    }
    return c.finish();
}

QByteArray ftyp(const QByteArray &major, const QByteArray &compatible)
{
    QByteArray body = major + QByteArray("\0\0\0\0", 4) + compatible;
    QByteArray size(4, '\0');
    const quint32 n = quint32(8 + body.size());
    size[0] = char(n >> 24);
    size[1] = char(n >> 16);
    size[2] = char(n >> 8);
    size[3] = char(n);
    return size + "ftyp" + body + QByteArray(64, '\0');
}

} // namespace

class TestMediaFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void imagesAreRecognisedByTheirBytes()
    {
        const QImage img = fixtures::photo(1, QSize(320, 240));
        QCOMPARE(sniffFormat(fixtures::encode(img, "png")).kind, Kind::Png);
        QCOMPARE(sniffFormat(fixtures::encode(img, "jpg")).kind, Kind::Jpeg);
        QVERIFY2(QImageWriter::supportedImageFormats().contains("webp"), "qt6-image-formats-plugins is needed");
        QCOMPARE(sniffFormat(fixtures::encode(img, "webp")).kind, Kind::WebP);
        QCOMPARE(sniffFormat(fixtures::encode(img, "jpg")).mimeType(), QStringLiteral("image/jpeg"));
        QCOMPARE(sniffFormat(fixtures::encode(img, "png")).extension(), QStringLiteral("png"));
        QCOMPARE(sniffFormat(fixtures::encode(img, "webp")).type(), Media::Type::Image);
    }

    void videosAreRecognisedByTheirFtypBrands()
    {
        QCOMPARE(sniffFormat(ftyp("isom", "isomiso2avc1mp41")).kind, Kind::Mp4);
        QCOMPARE(sniffFormat(ftyp("mp42", "mp42isom")).kind, Kind::Mp4);
        QCOMPARE(sniffFormat(ftyp("qt  ", "qt  ")).kind, Kind::QuickTime);
        QCOMPARE(sniffFormat(ftyp("XAVC", "XAVCmp42iso2")).kind, Kind::Mp4); // an unusual major brand, rescued
        fixtures::Movie oldQuickTime;
        oldQuickTime.brand = {};
        QCOMPARE(sniffFormat(fixtures::movie(oldQuickTime)).kind, Kind::QuickTime);
        QCOMPARE(sniffFormat(fixtures::movie({})).type(), Media::Type::Video);
        QCOMPARE((Format{Kind::QuickTime, {}}.mimeType()), QStringLiteral("video/quicktime"));
        QCOMPARE((Format{Kind::QuickTime, {}}.extension()), QStringLiteral("mov"));
    }

    void otherFilesAreRefusedAndNamed_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("name");
        QTest::newRow("gif") << QByteArray("GIF89a\x01\x00\x01\x00", 10) << QStringLiteral("GIF");
        QTest::newRow("pdf") << QByteArray("%PDF-1.7\n") << QStringLiteral("PDF");
        QTest::newRow("heic") << ftyp("heic", "mif1heic") << QStringLiteral("HEIC/AVIF");
        QTest::newRow("avif") << ftyp("avif", "avifmif1miaf") << QStringLiteral("HEIC/AVIF");
        QTest::newRow("m4a") << ftyp("M4A ", "M4A isom") << QStringLiteral("M4A");
        QTest::newRow("3gp") << ftyp("3gp4", "3gp4") << QStringLiteral("3GP");
        QTest::newRow("webm") << QByteArray("\x1A\x45\xDF\xA3\x9F\x42\x86\x81", 8) << QStringLiteral("WebM/MKV");
        QTest::newRow("text") << QByteArray("Bonjour, voici le programme du match.") << QString();
        QTest::newRow("empty") << QByteArray() << QString();
    }

    void otherFilesAreRefusedAndNamed()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, name);
        const Format f = sniffFormat(head);
        QVERIFY(!f.accepted());
        QCOMPARE(f.otherName, name);
    }

    void limitsAreTheServers()
    {
        QCOMPARE(sizeLimit(Media::Type::Image), 10LL * 1024 * 1024);
        QCOMPARE(sizeLimit(Media::Type::Video), 100LL * 1024 * 1024);
        QCOMPARE(formatFromMime(QStringLiteral("video/mp4")).kind, Kind::Mp4);
        QVERIFY(!formatFromMime(QStringLiteral("image/gif")).accepted());
    }

    void completeFilesPassWhateverTheBlockSize_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("kind");
        const QImage img = fixtures::photo(7, QSize(640, 480));
        QTest::newRow("jpeg") << fixtures::encode(img, "jpg") << int(Kind::Jpeg);
        QTest::newRow("png") << fixtures::encode(img, "png") << int(Kind::Png);
        QTest::newRow("webp") << fixtures::encode(img, "webp") << int(Kind::WebP);
        QTest::newRow("mp4") << fixtures::movie({}) << int(Kind::Mp4);
        fixtures::Movie fast;
        fast.moovFirst = true;
        fast.largeSizeMdat = true;
        QTest::newRow("mp4 fast start, 64-bit mdat") << fixtures::movie(fast) << int(Kind::Mp4);
        fixtures::Movie mov;
        mov.brand = "qt  ";
        QTest::newRow("mov") << fixtures::movie(mov) << int(Kind::QuickTime);
    }

    void completeFilesPassWhateverTheBlockSize()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, kind);
        for (qsizetype step : {qsizetype(0), qsizetype(1), qsizetype(7), qsizetype(4096), qsizetype(65537)})
            QCOMPARE(check(bytes, Kind(kind), step), Problem::None);
    }

    void progressiveJpegPasses()
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "jpg");
        writer.setProgressiveScanWrite(true);
        QVERIFY(writer.write(fixtures::photo(3, QSize(800, 600))));
        QCOMPARE(check(bytes, Kind::Jpeg, 1000), Problem::None);
        QCOMPARE(check(bytes.left(bytes.size() * 2 / 3), Kind::Jpeg), Problem::Truncated);
    }

    void truncatedFilesAreCaught_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("problem");
        const QImage img = fixtures::photo(11, QSize(640, 480));
        const QByteArray jpeg = fixtures::encode(img, "jpg");
        const QByteArray png = fixtures::encode(img, "png");
        const QByteArray webp = fixtures::encode(img, "webp");
        const QByteArray mp4 = fixtures::movie({});
        QTest::newRow("jpeg half") << jpeg.left(jpeg.size() / 2) << int(Kind::Jpeg) << int(Problem::Truncated);
        QTest::newRow("jpeg without its end marker") << jpeg.left(jpeg.size() - 2) << int(Kind::Jpeg) << int(Problem::Truncated);
        QTest::newRow("jpeg headers only") << jpeg.left(300) << int(Kind::Jpeg) << int(Problem::Truncated);
        QTest::newRow("png half") << png.left(png.size() / 2) << int(Kind::Png) << int(Problem::Truncated);
        QTest::newRow("png without IEND") << png.left(png.size() - 12) << int(Kind::Png) << int(Problem::Truncated);
        QByteArray badPng = png;
        badPng.replace(12, 4, "IDAT"); // IHDR must come first
        QTest::newRow("png damaged") << badPng << int(Kind::Png) << int(Problem::Damaged);
        QTest::newRow("webp") << webp.left(webp.size() - 100) << int(Kind::WebP) << int(Problem::Truncated);
        QTest::newRow("mp4 cut in mdat") << mp4.left(mp4.size() / 2) << int(Kind::Mp4) << int(Problem::Truncated);
        QTest::newRow("mp4 cut in moov") << mp4.left(mp4.size() - 20) << int(Kind::Mp4) << int(Problem::Truncated);
        fixtures::Movie noIndex;
        QByteArray withoutMoov = fixtures::movie(noIndex);
        const qsizetype moov = withoutMoov.indexOf("moov") - 4;
        withoutMoov.truncate(moov);
        QTest::newRow("mp4 without moov") << withoutMoov << int(Kind::Mp4) << int(Problem::NoVideoIndex);
        QByteArray zeroBox = mp4;
        zeroBox.replace(mp4.indexOf("wide") - 4, 4, QByteArray("\0\0\0\x03", 4)); // a box smaller than its header
        QTest::newRow("mp4 damaged box") << zeroBox << int(Kind::Mp4) << int(Problem::Damaged);
    }

    void truncatedFilesAreCaught()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, kind);
        QFETCH(int, problem);
        QCOMPARE(check(bytes, Kind(kind)), Problem(problem));
        QCOMPARE(check(bytes, Kind(kind), 3), Problem(problem));
    }

    void randomBytesNeverCrashTheChecks()
    {
        QRandomGenerator rng(42);
        for (int i = 0; i < 200; ++i) {
            QByteArray junk(int(rng.bounded(1, 5000)), Qt::Uninitialized);
            for (char &c : junk)
                c = char(rng.bounded(256));
            for (Kind k : {Kind::Jpeg, Kind::Png, Kind::WebP, Kind::Mp4})
                QVERIFY(check(junk, k, rng.bounded(1, 300)) != Problem::None || k == Kind::WebP);
        }
    }
};

QTEST_MAIN(TestMediaFormat)
#include "tst_media_format.moc"
