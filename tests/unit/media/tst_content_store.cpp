// Content-addressed storage: one read per import, SHA-256 names, the same
// bytes stored once, refused files leave nothing behind.
#include "MediaFixtures.h"
#include "models/media/ContentStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pitchside::media;
using Outcome = ContentStore::Ingested::Outcome;

class TestContentStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString source(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("camera/") + name);
        fixtures::write(path, bytes);
        return path;
    }
    ContentStore store() const { return ContentStore(ContentStore::rootFor(m_dir.filePath(QStringLiteral("account")))); }
    QStringList leftovers() const
    {
        QStringList found;
        QDir root(store().root());
        for (const QString &f : root.entryList(QDir::Files | QDir::Hidden))
            found << f;
        return found;
    }

private Q_SLOTS:
    void storesByContentHash()
    {
        const QByteArray jpeg = fixtures::encode(fixtures::photo(5), "jpg");
        const QString original = source(QStringLiteral("IMG_0005.JPG"), jpeg);
        const ContentStore::Ingested in = store().ingest(original);
        QCOMPARE(in.outcome, Outcome::Stored);
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(jpeg, QCryptographicHash::Sha256).toHex());
        QCOMPARE(in.sha256, sha);
        QCOMPARE(in.size, jpeg.size());
        QCOMPARE(in.path, store().root() + u'/' + sha.left(2) + u'/' + sha.mid(2) + QStringLiteral(".jpg"));
        QFile copy(in.path);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), jpeg);
        QCOMPARE(ContentStore::hashFile(in.path), sha);

        // The original can go: the library has its own copy.
        QVERIFY(QFile::remove(original));
        QVERIFY(QFile::exists(in.path));
        QVERIFY(leftovers().isEmpty()); // no temporary file left at the root
    }

    void sameBytesAreStoredOnce()
    {
        const QByteArray png = fixtures::encode(fixtures::photo(6, QSize(400, 300)), "png");
        const ContentStore::Ingested a = store().ingest(source(QStringLiteral("a.png"), png));
        const ContentStore::Ingested b = store().ingest(source(QStringLiteral("copy of a.png"), png));
        QCOMPARE(a.outcome, Outcome::Stored);
        QCOMPARE(b.outcome, Outcome::Stored);
        QVERIFY(!a.alreadyStored);
        QVERIFY(b.alreadyStored);
        QCOMPARE(a.path, b.path);
    }

    void contentDecidesNotTheName()
    {
        const QByteArray png = fixtures::encode(fixtures::photo(8, QSize(300, 300)), "png");
        const ContentStore::Ingested in = store().ingest(source(QStringLiteral("clip.mp4"), png));
        QCOMPARE(in.outcome, Outcome::Stored);
        QCOMPARE(in.format.kind, Format::Kind::Png);
        QVERIFY(in.path.endsWith(QStringLiteral(".png")));
    }

    void videosKeepTheirHeader()
    {
        fixtures::Movie m;
        m.brand = "qt  ";
        m.duration = 600 * 90;
        const ContentStore::Ingested in = store().ingest(source(QStringLiteral("but.MOV"), fixtures::movie(m)));
        QCOMPARE(in.outcome, Outcome::Stored);
        QCOMPARE(in.format.kind, Format::Kind::QuickTime);
        QCOMPARE(in.video.durationMs, 90000);
        QCOMPARE(in.video.width, 1920);
        QVERIFY(in.path.endsWith(QStringLiteral(".mov")));
    }

    void badFilesAreRefusedAndLeaveNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("outcome");
        const QByteArray jpeg = fixtures::encode(fixtures::photo(9), "jpg");
        QTest::newRow("zero bytes") << QByteArray() << int(Outcome::Empty);
        QTest::newRow("truncated jpeg") << jpeg.left(jpeg.size() / 2) << int(Outcome::Incomplete);
        QTest::newRow("text") << QByteArray("not a photo") << int(Outcome::Unsupported);
        QTest::newRow("gif") << QByteArray("GIF89a....") << int(Outcome::Unsupported);
        // An 11 MB photo: refused before a byte is copied.
        QTest::newRow("11 MB image") << (jpeg.left(jpeg.size() - 2) + QByteArray(11 * 1024 * 1024, '\0') + "\xFF\xD9")
                                     << int(Outcome::TooLarge);
        fixtures::Movie big;
        big.mediaBytes = 101LL * 1024 * 1024;
        QTest::newRow("101 MB video") << fixtures::movie(big) << int(Outcome::TooLarge);
    }

    void badFilesAreRefusedAndLeaveNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, outcome);
        const ContentStore::Ingested in = store().ingest(source(QStringLiteral("bad.bin"), bytes));
        QCOMPARE(int(in.outcome), outcome);
        QVERIFY(in.path.isEmpty() || !QFile::exists(in.path));
        QVERIFY(leftovers().isEmpty());
    }

    void missingSourceSaysWhy()
    {
        const ContentStore::Ingested in = store().ingest(m_dir.filePath(QStringLiteral("nowhere.jpg")));
        QCOMPARE(in.outcome, Outcome::Unreadable);
        QVERIFY(!in.detail.isEmpty());
    }

    void cancelStopsAtOnce()
    {
        std::atomic_bool cancel{true};
        const QByteArray jpeg = fixtures::encode(fixtures::photo(10), "jpg");
        const ContentStore::Ingested in = store().ingest(source(QStringLiteral("c.jpg"), jpeg), &cancel);
        QCOMPARE(in.outcome, Outcome::Cancelled);
        QVERIFY(leftovers().isEmpty());
        QVERIFY(ContentStore::hashFile(source(QStringLiteral("d.jpg"), jpeg), &cancel).isEmpty());
    }
};

QTEST_MAIN(TestContentStore)
#include "tst_content_store.moc"
