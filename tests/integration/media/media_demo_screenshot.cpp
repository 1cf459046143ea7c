// The library of the server's demo club (US Rivière, 60 generated posters),
// synced through the app's engine, thumbnails downloaded from the server:
//   media_demo_screenshot <folder> <fr|en>  →  <folder>/media-library-demo-<lang>.png
#include "../SyncFixture.h"
#include "app/Translations.h"
#include "models/Preferences.h"
#include "models/media/MediaGridModel.h"
#include "sync/downloads/VariantDownloader.h"
#include "ui/MainWindow.h"
#include "ui/UiContext.h"
#include "ui/common/Theme.h"
#include "ui/media/MediaGridView.h"
#include "ui/media/MediaPage.h"

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>

#include <cstdio>

using namespace pitchside;
using namespace pitchside::test;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc != 3)
        return 2;
    const QString folder = QString::fromLocal8Bit(argv[1]);
    const QString language = app::installTranslations(QString::fromLocal8Bit(argv[2]), {});
    ui::Theme::apply(ui::Theme::Mode::Light);
    QTemporaryDir dir;
    TestServer server;
    TestServer::Options options;
    options.seed = QStringLiteral("demo");
    if (!server.start(QDir(dir.path()).filePath(QStringLiteral("server")), options))
        return 3;
    const QString account = QDir(dir.path()).filePath(QStringLiteral("accounts/claire"));
    QDir().mkpath(account);
    SyncClient client(server, account);
    if (!client.signIn(QStringLiteral("claire.martin@us-riviere.fr"), QStringLiteral("Riviere2026!")) ||
        !client.syncUntilClean())
        return 4;
    sync::downloads::VariantDownloader::Config dc;
    dc.api.baseUrl = server.url();
    dc.api.language = language.toLatin1();
    dc.tokens = &client.tokens();
    dc.cacheDir = QDir(account).filePath(QStringLiteral("cache/variants"));
    sync::downloads::VariantDownloader downloads(dc, client.store().database());

    Preferences prefs(Preferences::makeSettings(dir.path()));
    ui::UiContext context{client.store(), prefs, dir.path(), QStringLiteral("Claire Martin")};
    ui::MainWindow window(context);
    window.resize(1280, 800);
    window.showPage(ui::PageId::Media);
    auto *page = static_cast<ui::MediaPage *>(window.page(ui::PageId::Media));
    page->setRemoteSource(&downloads);
    window.show();
    page->grid()->setCurrentIndex(page->model()->index(1, 0));
    // Thumbnails come from the server, then from the thumbnail cache.
    waitFor([&] {
        for (int i = 0; i < qMin(16, page->model()->rowCount()); ++i) {
            if (page->model()->index(i).data(media::MediaGridModel::ThumbnailRole).value<QImage>().isNull())
                return false;
        }
        return true;
    }, 30000);
    waitFor([] { return false; }, 500); // fade-ins end
    QDir().mkpath(folder);
    const QString file = QDir(folder).filePath(QStringLiteral("media-library-demo-%1.png").arg(language));
    if (!window.grab().save(file))
        return 1;
    std::printf("%s\n", qPrintable(file));
    return 0;
}
