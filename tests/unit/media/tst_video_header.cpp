// MP4/MOV headers: duration from mvhd, frame size from the picture track's
// tkhd (turned for portrait phone videos), wherever moov sits.
#include "MediaFixtures.h"
#include "models/media/StructureCheck.h"
#include "models/media/VideoHeader.h"

#include <QBuffer>
#include <QTest>

using namespace pitchside::media;

namespace {

VideoInfo viaFile(const QByteArray &bytes, bool *ok)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    VideoInfo info;
    *ok = readVideoHeader(buffer, &info);
    return info;
}

VideoInfo viaStream(const QByteArray &bytes, StructureCheck::Problem *problem)
{
    StructureCheck c(Format::Kind::Mp4);
    for (qsizetype at = 0; at < bytes.size(); at += 1000)
        c.feed(bytes.constData() + at, qMin<qsizetype>(1000, bytes.size() - at));
    *problem = c.finish();
    return c.video();
}

} // namespace

class TestVideoHeader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void durationAndSize_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qint64>("durationMs");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        fixtures::Movie m; // 42 s at 600 units per second, 1920 × 1080, moov last
        QTest::newRow("mp4, moov at the end") << fixtures::movie(m) << qint64(42000) << 1920 << 1080;
        m.moovFirst = true;
        QTest::newRow("mp4, fast start") << fixtures::movie(m) << qint64(42000) << 1920 << 1080;
        fixtures::Movie v1;
        v1.version1 = true;
        v1.timescale = 90000;
        v1.duration = 90000ULL * 3723 + 45000; // 1 h 2 min 3.5 s
        v1.largeSizeMdat = true;
        QTest::newRow("64-bit headers") << fixtures::movie(v1) << qint64(3723500) << 1920 << 1080;
        fixtures::Movie portrait;
        portrait.rotate90 = true;
        portrait.timescale = 1000;
        portrait.duration = 15250;
        QTest::newRow("portrait phone video") << fixtures::movie(portrait) << qint64(15250) << 1080 << 1920;
        fixtures::Movie mov;
        mov.brand = "qt  ";
        mov.width = 3840;
        mov.height = 2160;
        mov.duration = 600 * 5;
        QTest::newRow("mov 4K") << fixtures::movie(mov) << qint64(5000) << 3840 << 2160;
        fixtures::Movie live;
        live.duration = 0xFFFFFFFFu; // unknown
        QTest::newRow("unknown duration") << fixtures::movie(live) << qint64(0) << 1920 << 1080;
    }

    void durationAndSize()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(qint64, durationMs);
        QFETCH(int, width);
        QFETCH(int, height);
        bool ok = false;
        const VideoInfo fromFile = viaFile(bytes, &ok);
        QVERIFY(ok);
        QCOMPARE(fromFile.durationMs, durationMs);
        QCOMPARE(fromFile.width, width);
        QCOMPARE(fromFile.height, height);
        // The import reads the same numbers while it copies the file.
        StructureCheck::Problem problem;
        const VideoInfo fromStream = viaStream(bytes, &problem);
        QCOMPARE(problem, StructureCheck::Problem::None);
        QCOMPARE(fromStream.durationMs, durationMs);
        QCOMPARE(fromStream.width, width);
        QCOMPARE(fromStream.height, height);
    }

    void incompleteFilesHaveNoHeader()
    {
        const QByteArray full = fixtures::movie({});
        bool ok = true;
        viaFile(full.left(full.size() - 10), &ok);
        QVERIFY(!ok); // moov runs past the end
        viaFile(full.left(full.indexOf("moov") - 4), &ok);
        QVERIFY(!ok); // no moov at all
        viaFile(QByteArray("\0\0\0\x08", 4), &ok);
        QVERIFY(!ok);
    }

    void parsesOnlyWhatIsThere()
    {
        // Truncated boxes inside moov are skipped, never read past.
        QByteArray moov = QByteArray("\0\0\0\x40mvhd", 8) + QByteArray(10, '\x01');
        const VideoInfo info = parseMovieBox(moov);
        QCOMPARE(info.durationMs, 0);
        QVERIFY(!info.hasMovieHeader);
    }
};

QTEST_MAIN(TestVideoHeader)
#include "tst_video_header.moc"
