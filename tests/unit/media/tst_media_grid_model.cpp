// The grid's model (lazy rows, in-place updates, drag data) and the
// thumbnail cache (scaled decoding, disk cache, failures).
#include "MediaFixtures.h"
#include "models/media/ContentStore.h"
#include "models/media/MediaGridModel.h"
#include "models/media/MediaImporter.h"
#include "models/media/ThumbnailCache.h"
#include "models/store/Store.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pitchside;
using namespace pitchside::media;

class TestMediaGridModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<store::Store> m_store;

    QString accountDir() const { return m_dir.filePath(QStringLiteral("accounts/local")); }
    QStringList importPhotos(int count, int seed0)
    {
        QStringList paths;
        for (int i = 0; i < count; ++i) {
            const QString p = m_dir.filePath(QStringLiteral("in/%1.jpg").arg(seed0 + i));
            fixtures::write(p, fixtures::encode(fixtures::photo(seed0 + i, QSize(1080, 1920)), "jpg"));
            paths << p;
        }
        MediaImporter importer(*m_store, ContentStore::rootFor(accountDir()));
        QSignalSpy done(&importer, &MediaImporter::finished);
        importer.start(paths);
        done.wait(60000);
        QStringList ids;
        for (const ImportOutcome &o : done.takeFirst().at(0).value<ImportReport>().outcomes)
            ids << o.mediaId;
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QDir().mkpath(accountDir());
        store::StoreError error;
        m_store = store::Store::open(accountDir() + QStringLiteral("/pitchside.sqlite"), &error);
        QVERIFY(m_store);
    }

    void thumbnailsAreScaledCachedAndSurviveARestart()
    {
        const QStringList ids = importPhotos(3, 1);
        const Media m = *m_store->media().find(ids.at(0));
        const QString cacheDir = m_dir.filePath(QStringLiteral("thumbs"));
        {
            ThumbnailCache cache(cacheDir, 320, 2);
            QSignalSpy ready(&cache, &ThumbnailCache::ready);
            QVERIFY(cache.thumbnail(m.sha256, m.localPath).isNull()); // asked, not there yet
            QVERIFY(ready.wait());
            const QImage thumb = cache.thumbnail(m.sha256, m.localPath);
            QCOMPARE(thumb.width(), 320); // the short side
            QCOMPARE(thumb.height(), 568); // 1920 × 320 / 1080, rounded down
            QVERIFY(QFileInfo::exists(cache.diskPath(m.sha256)));
        }
        // A new session reads the small JPEG, not the photo.
        ThumbnailCache again(cacheDir, 320, 1);
        QSignalSpy ready(&again, &ThumbnailCache::ready);
        QFile::rename(m.localPath, m.localPath + QStringLiteral(".away"));
        again.thumbnail(m.sha256, m.localPath);
        QVERIFY(ready.wait());
        QCOMPARE(again.thumbnail(m.sha256, m.localPath).size(), QSize(320, 568));
        QFile::rename(m.localPath + QStringLiteral(".away"), m.localPath);
    }

    void aMissingFileFailsOnce()
    {
        ThumbnailCache cache(m_dir.filePath(QStringLiteral("thumbs2")), 320, 1);
        QSignalSpy failed(&cache, &ThumbnailCache::failed);
        cache.thumbnail(QStringLiteral("ab12"), m_dir.filePath(QStringLiteral("gone.jpg")));
        QVERIFY(failed.wait());
        QVERIFY(cache.hasFailed(QStringLiteral("ab12")));
        QVERIFY(cache.thumbnail(QStringLiteral("ab12"), m_dir.filePath(QStringLiteral("gone.jpg"))).isNull());
        QCOMPARE(cache.pending(), 0); // not asked again
    }

    void rowsAreReadLazilyAndUpdatedInPlace()
    {
        ThumbnailCache cache(m_dir.filePath(QStringLiteral("thumbs3")), 320, 2);
        MediaGridModel model(*m_store, cache);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before = model.rowCount();
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        const QStringList ids = importPhotos(2, 50);
        // The importer announced the rows on the hub: they appear without a reset.
        QTRY_COMPARE(model.rowCount(), before + 2);
        QCOMPARE(resets.count(), 0);
        QVERIFY(inserted.count() >= 1);
        QCOMPARE(model.idAt(0), ids.at(1)); // newest first
        QCOMPARE(model.data(model.index(model.rowOf(ids.at(0))), Qt::DisplayRole).toString(), QStringLiteral("50.jpg"));
        QCOMPARE(model.data(model.index(0), MediaGridModel::UploadStateRole).toInt(), int(UploadRecord::State::Queued));

        // A rename changes the row in place.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(!m_store->media().update(ids.at(0), [](Media &m) { m.filename = QStringLiteral("Coup franc.jpg"); }));
        QVERIFY(changed.count() >= 1);
        QCOMPARE(model.data(model.index(model.rowOf(ids.at(0))), Qt::DisplayRole).toString(), QStringLiteral("Coup franc.jpg"));

        // Thumbnails arrive through dataChanged, with their age for the fade-in.
        QVERIFY(model.data(model.index(0), MediaGridModel::ThumbnailRole).value<QImage>().isNull());
        QTRY_VERIFY(!model.data(model.index(0), MediaGridModel::ThumbnailRole).value<QImage>().isNull());
        QVERIFY(model.data(model.index(0), MediaGridModel::ThumbnailAgeRole).toInt() < 5000);

        // A search is another list; its end brings the rows back.
        MediaQuery q;
        q.search = QStringLiteral("coup");
        model.setQuery(q);
        QCOMPARE(model.rowCount(), 1);
        model.setQuery({});
        QCOMPARE(model.rowCount(), before + 2);

        // A delete removes one row, no reset.
        resets.clear();
        QVERIFY(!m_store->media().remove(ids.at(1)));
        QCOMPARE(model.rowCount(), before + 1);
        QVERIFY(removed.count() >= 1);
        QCOMPARE(resets.count(), 0);
    }

    void dragsCarryMediaIds()
    {
        ThumbnailCache cache(m_dir.filePath(QStringLiteral("thumbs4")), 320, 1);
        MediaGridModel model(*m_store, cache);
        QVERIFY(model.rowCount() >= 2);
        QVERIFY(model.flags(model.index(0)) & Qt::ItemIsDragEnabled);
        QCOMPARE(model.mimeTypes(), QStringList{QStringLiteral("application/x-pitchside-media-ids")});
        std::unique_ptr<QMimeData> mime(model.mimeData({model.index(1), model.index(0), model.index(1)}));
        QVERIFY(mime);
        const QJsonArray ids = QJsonDocument::fromJson(mime->data(MediaGridModel::mimeType())).array();
        QCOMPARE(ids.size(), 2);
        QCOMPARE(ids.at(0).toString(), model.idAt(0));
        QCOMPARE(ids.at(1).toString(), model.idAt(1));
    }
};

QTEST_MAIN(TestMediaGridModel)
#include "tst_media_grid_model.moc"
