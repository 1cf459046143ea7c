// Media made on another device: pulled through the feed as rows with
// variants and no local file, their thumbnails downloaded on demand into a
// bounded cache (LRU by size, ETag revalidation), shown by the grid; and
// the demo seed's 60 images synced into a library.
#include "MediaFixtures.h"
#include "MediaTestClient.h"
#include "models/media/MediaGridModel.h"
#include "models/media/ThumbnailCache.h"
#include "models/media/VariantCacheIndex.h"
#include "sync/downloads/VariantDownloader.h"
#include "sync/uploads/FileDigest.h"
#include "models/PostPlanner.h"
#include "models/Preferences.h"
#include "ui/UiContext.h"
#include "ui/common/MessageBanner.h"
#include "ui/editor/EditorPage.h"
#include "ui/editor/MediaStrip.h"
#include "ui/editor/PostComposer.h"
#include "ui/media/MediaExporter.h"

#include <QFileInfo>
#include <QImageReader>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pitchside;
using namespace pitchside::test;

class TestMediaRemote : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<RemoteUser> m_user;
    int m_n = 0;

    std::unique_ptr<sync::downloads::VariantDownloader> downloader(MediaClient &c, qint64 budget)
    {
        sync::downloads::VariantDownloader::Config config;
        config.api.baseUrl = m_server->url();
        config.api.language = "en";
        config.tokens = &c.tokens();
        config.cacheDir = c.accountDir() + QStringLiteral("/cache/variants");
        config.budgetBytes = budget;
        return std::make_unique<sync::downloads::VariantDownloader>(config, c.store().database());
    }
    std::unique_ptr<MediaClient> client(const QString &name)
    {
        auto c = std::make_unique<MediaClient>(*m_server, m_dir.filePath(QStringLiteral("%1-%2").arg(name).arg(m_n)));
        return c->signIn(m_user->email(), m_user->password()) ? std::move(c) : nullptr;
    }
    // Another computer uploads `count` photos; returns their ids.
    QStringList uploadedElsewhere(int count)
    {
        auto other = client(QStringLiteral("other"));
        QStringList files;
        for (int i = 0; i < count; ++i) {
            files << m_dir.filePath(QStringLiteral("other/%1-%2.jpg").arg(m_n).arg(i));
            fixtures::write(files.last(), fixtures::encode(fixtures::photo(900 + i), "jpg"));
        }
        const QStringList ids = other->import(files);
        other->startUploads();
        other->waitForUploads();
        other->stopUploads();
        return ids;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start(m_dir.filePath(QStringLiteral("server%1").arg(++m_n))));
        m_user = std::make_unique<RemoteUser>(*m_server, QStringLiteral("remote%1@pitchside.test").arg(m_n));
        QVERIFY(m_user->registerUser());
    }

    void cleanup()
    {
        m_user.reset();
        m_server.reset();
    }

    void thumbnailsAreDownloadedCachedAndRevalidated()
    {
        const QStringList ids = uploadedElsewhere(1);
        auto c = client(QStringLiteral("here"));
        QVERIFY(c->syncUntilClean());
        const Media remote = *c->store().media().find(ids.at(0));
        QVERIFY(remote.localPath.isEmpty());
        QVERIFY(remote.variants.value(QStringLiteral("thumbnail")).isObject());

        QString path;
        {
            auto d = downloader(*c, 64 * 1024 * 1024);
            QVERIFY(d->cachedPath(remote.id, QStringLiteral("thumbnail")).isEmpty());
            QSignalSpy available(d.get(), &media::RemoteVariantSource::available);
            d->request(remote.id, QStringLiteral("thumbnail"));
            QVERIFY(available.wait());
            path = available.takeFirst().at(2).toString();
            QCOMPARE(QImageReader(path).size().width(), 150); // the server's thumbnail variant
            const auto entry = media::VariantCacheIndex(c->store().database().sql()).find(remote.id, QStringLiteral("thumbnail"));
            QVERIFY(entry && !entry->etag.isEmpty());
        }
        // Next session: served from the disk, checked once with If-None-Match.
        auto d = downloader(*c, 64 * 1024 * 1024);
        QCOMPARE(d->cachedPath(remote.id, QStringLiteral("thumbnail")), path);
        QVERIFY(waitFor([&] { return d->notModified() == 1; }));
        QCOMPARE(d->requestsSent(), 1);
        QVERIFY(QFileInfo::exists(path));
    }

    void originalsOnlyWhenNeeded()
    {
        const QStringList ids = uploadedElsewhere(1);
        auto c = client(QStringLiteral("export"));
        QVERIFY(c->syncUntilClean());
        const Media remote = *c->store().media().find(ids.at(0));
        auto d = downloader(*c, 64 * 1024 * 1024);
        // Saving a copy of an item this computer does not have downloads its original.
        ui::MediaExporter exporter;
        exporter.setRemoteSource(d.get());
        QSignalSpy done(&exporter, &ui::MediaExporter::finished);
        const QString destination = c->accountDir() + QStringLiteral("/exported.jpg");
        exporter.exportTo(remote, destination);
        QVERIFY(done.wait(30000));
        QVERIFY(done.takeFirst().at(0).toBool());
        QCOMPARE(sync::uploads::sha256OfFile(destination), remote.sha256);
        QCOMPARE(d->requestsSent(), 1); // the original, nothing else
    }

    // Issue 13's pre-flight fix on a photo made on another device: the
    // editor downloads its original from the server, then adapts it.
    void aPhotoFromElsewhereIsAdaptedInTheEditor()
    {
        auto other = client(QStringLiteral("phone"));
        const QString file = m_dir.filePath(QStringLiteral("phone-story-%1.jpg").arg(m_n));
        QVERIFY(fixtures::write(file, fixtures::encode(fixtures::photo(7, QSize(720, 1280)), "jpg"))); // 9:16
        const QStringList ids = other->import({file});
        other->startUploads();
        other->waitForUploads();
        other->stopUploads();

        auto c = client(QStringLiteral("desk"));
        QVERIFY(c->syncUntilClean());
        const Media remote = *c->store().media().find(ids.at(0));
        QVERIFY(remote.localPath.isEmpty());
        Post post;
        post.content = QStringLiteral("La story du match, pour Instagram.");
        post.platforms = Platform::Instagram;
        post.mediaIds = {remote.id};
        QVERIFY(PostPlanner(c->store()).create(post).ok());

        auto d = downloader(*c, 64 * 1024 * 1024);
        Preferences preferences(Preferences::makeSettings(c->accountDir()));
        ui::UiContext context{c->store(), preferences, c->accountDir(), QStringLiteral("Test")};
        ui::EditorPage editor(context);
        editor.setRemoteMedia(d.get());
        editor.resize(1200, 800);
        editor.show();
        QSignalSpy checked(&editor, &ui::EditorPage::mediaChecked);
        editor.openPost(post.id);
        QVERIFY(checked.wait(10000) || !editor.mediaProblems().isEmpty());
        QCOMPARE(editor.mediaProblems().size(), 1);
        QVERIFY(editor.mediaProblems().first().fixable());

        QSignalSpy fixed(&editor, &ui::EditorPage::mediaFixed);
        QVERIFY(editor.fixMedia(false));
        QVERIFY(fixed.wait(30000));
        QCOMPARE(fixed.first().first().toInt(), 1);
        const QStringList now = editor.composer()->media()->mediaIds();
        QCOMPARE(now.size(), 1);
        QVERIFY(now.first() != remote.id);
        const std::optional<Media> copy = c->store().media().find(now.first());
        QVERIFY(copy && !copy->localPath.isEmpty());
        QCOMPARE(QImageReader(copy->localPath).size(), QSize(720, 900)); // 4:5, cropped
        QCOMPARE(c->store().posts().find(post.id)->mediaIds, now);
        QVERIFY(c->store().media().find(remote.id)); // the original stays in the library
        QVERIFY2(editor.banner()->kind() == ui::MessageBanner::Kind::Info, qPrintable(editor.banner()->text()));
    }

    void theCacheStaysUnderItsBudget()
    {
        const QStringList ids = uploadedElsewhere(3);
        auto c = client(QStringLiteral("lru"));
        QVERIFY(c->syncUntilClean());
        // Room for two thumbnails, not three.
        auto probe = downloader(*c, 1LL << 30);
        QSignalSpy first(probe.get(), &media::RemoteVariantSource::available);
        probe->request(ids.at(0), QStringLiteral("thumbnail"));
        QVERIFY(first.wait());
        const qint64 one = QFileInfo(first.takeFirst().at(2).toString()).size();
        media::VariantCacheIndex(c->store().database().sql()).evictTo(0);

        auto d = downloader(*c, one * 2 + one / 2);
        QStringList paths;
        for (const QString &id : ids) {
            QSignalSpy available(d.get(), &media::RemoteVariantSource::available);
            d->request(id, QStringLiteral("thumbnail"));
            QVERIFY(available.wait());
            paths << available.takeFirst().at(2).toString();
            QTest::qWait(5); // distinct "last used" times
        }
        QVERIFY(!QFileInfo::exists(paths.at(0))); // least recently used: gone
        QVERIFY(QFileInfo::exists(paths.at(1)));
        QVERIFY(QFileInfo::exists(paths.at(2)));
        QVERIFY(media::VariantCacheIndex(c->store().database().sql()).totalBytes() <= one * 2 + one / 2);
    }

    void theGridShowsRemoteThumbnails()
    {
        uploadedElsewhere(2);
        auto c = client(QStringLiteral("grid"));
        QVERIFY(c->syncUntilClean());
        auto d = downloader(*c, 64 * 1024 * 1024);
        media::ThumbnailCache thumbnails(c->accountDir() + QStringLiteral("/thumbnails"));
        media::MediaGridModel model(c->store(), thumbnails);
        model.setRemoteSource(d.get());
        QCOMPARE(model.rowCount(), 2);
        for (int i = 0; i < 2; ++i) {
            QVERIFY(!model.index(i).data(media::MediaGridModel::LocalFileRole).toBool());
            QVERIFY(waitFor([&] {
                return !model.index(i).data(media::MediaGridModel::ThumbnailRole).value<QImage>().isNull();
            }));
        }
    }

    void theDemoSeedSyncsIntoTheLibrary()
    {
        m_server = std::make_unique<TestServer>();
        TestServer::Options o;
        o.seed = QStringLiteral("demo");
        QVERIFY(m_server->start(m_dir.filePath(QStringLiteral("demo")), o));
        MediaClient c(*m_server, m_dir.filePath(QStringLiteral("claire")));
        QVERIFY(c.signIn(QStringLiteral("claire.martin@us-riviere.fr"), QStringLiteral("Riviere2026!")));
        QVERIFY(c.syncUntilClean());
        QVERIFY2(c.store().media().count() >= 60, qPrintable(QString::number(c.store().media().count())));
        auto d = std::make_unique<sync::downloads::VariantDownloader>(
            sync::downloads::VariantDownloader::Config{{m_server->url(), "fr"}, &c.tokens(),
                                                       c.accountDir() + QStringLiteral("/cache/variants")},
            c.store().database());
        media::ThumbnailCache thumbnails(c.accountDir() + QStringLiteral("/thumbnails"));
        media::MediaGridModel model(c.store(), thumbnails);
        model.setRemoteSource(d.get());
        for (int i = 0; i < 12; ++i)
            model.index(i).data(media::MediaGridModel::ThumbnailRole);
        QVERIFY(waitFor([&] {
            for (int i = 0; i < 12; ++i) {
                if (model.index(i).data(media::MediaGridModel::ThumbnailRole).value<QImage>().isNull())
                    return false;
            }
            return true;
        }, 30000));
    }
};

QTEST_MAIN(TestMediaRemote)
#include "tst_media_remote.moc"
