// Renders the media library for docs/screenshots: a store filled with
// generated match-day photos (tests/unit/media/support), tags, a post that
// uses one, uploads in every state. One picture per language, theme and
// size; with no options it runs itself once per combination.
//
//   media_screenshots <folder> [--lang fr|en] [--dark] [--size 1280x800] [--quick]
#include "MediaFixtures.h"
#include "app/Translations.h"
#include "models/Preferences.h"
#include "models/media/ContentStore.h"
#include "models/media/MediaGridModel.h"
#include "models/media/MediaImporter.h"
#include "models/media/UploadCompletion.h"
#include "models/media/UploadStateRepository.h"
#include "models/store/Store.h"
#include "sync/uploads/UploadController.h"
#include "ui/MainWindow.h"
#include "ui/UiContext.h"
#include "ui/common/Theme.h"
#include "ui/media/MediaDeleteDialog.h"
#include "ui/media/MediaDetailPane.h"
#include "ui/media/MediaGridView.h"
#include "ui/media/MediaPage.h"
#include "ui/media/UploadPanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QPainter>
#include <QPushButton>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

using namespace pitchside;

namespace {

void waitFor(const std::function<bool()> &done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

QStringList makeLibrary(store::Store &store, const QString &dataDir, int photos)
{
    const QString camera = QDir(dataDir).filePath(QStringLiteral("camera"));
    const QSize sizes[] = {QSize(1080, 1350), QSize(1080, 1920), QSize(1920, 1080), QSize(1080, 1080)};
    const char *names[] = {"Tribune Nord", "Echauffement", "But de Karim", "Celebration", "Vestiaire", "Capitaine",
                           "Coup franc", "Supporters", "Entree des joueurs", "Photo d'equipe U17", "Corner",
                           "Arbitre", "Banc de touche", "Tifo", "Poignee de main", "Fin du match"};
    QStringList paths;
    for (int i = 0; i < photos; ++i) {
        const QString name = QStringLiteral("%1 %2.jpg").arg(QString::fromLatin1(names[i % 16])).arg(i / 16 + 1);
        const QString path = QDir(camera).filePath(name);
        fixtures::write(path, fixtures::encode(fixtures::photo(i + 3, sizes[i % 4]), "jpg", 85));
        paths << path;
    }
    for (int i = 0; i < 2; ++i) {
        fixtures::Movie m;
        m.duration = 600 * (27 + 31 * i);
        m.rotate90 = i == 0;
        const QString path = QDir(camera).filePath(i == 0 ? QStringLiteral("Resume du match.mp4") : QStringLiteral("Interview coach.mov"));
        fixtures::write(path, fixtures::movie(m));
        paths << path;
    }
    media::MediaImporter importer(store, media::ContentStore::rootFor(QFileInfo(store.path()).absolutePath()));
    QSignalSpy done(&importer, &media::MediaImporter::finished);
    importer.start(paths);
    done.wait(120000);
    QStringList ids;
    for (const media::ImportOutcome &o : done.takeFirst().at(0).value<media::ImportReport>().outcomes)
        ids << o.mediaId;
    return ids;
}

void decorate(store::Store &store, const QStringList &ids)
{
    const QStringList tags[] = {{QStringLiteral("derby"), QStringLiteral("supporters")},
                                {QStringLiteral("U17")},
                                {QStringLiteral("derby"), QStringLiteral("but")},
                                {QStringLiteral("coulisses")}};
    for (int i = 0; i < ids.size(); ++i) {
        if (i % 3 == 2)
            continue;
        if (const auto e_ = store.media().update(ids.at(i), [&](Media &m) { m.tags = tags[i % 4]; }))
            qFatal("set-up write refused: %s", qPrintable(e_.detail));
    }
    const QString shown = ids.at(ids.size() - 5); // selected in the picture
    if (const auto e_ = store.media().update(shown, [](Media &m) {
        m.altText = QStringLiteral("La tribune Nord en rouge et blanc, drapeaux levés, avant le coup d'envoi du derby");
    }))
        qFatal("set-up write refused: %s", qPrintable(e_.detail));
    Post post;
    post.content = QStringLiteral("Merci à nos supporters pour cette ambiance incroyable au derby ! 🔴⚪");
    post.mediaIds = {shown, ids.at(4)};
    post.platforms = Platform::Instagram;
    if (const auto e_ = store.posts().create(post))
        qFatal("set-up write refused: %s", qPrintable(e_.detail));

    // Uploads in every state: the older ones already on the account, the
    // newest on their way: one uploading, one refused for quota, the rest waiting.
    media::UploadCompletion completion(store.database().sql());
    media::UploadStateRepository uploads(store.database().sql());
    const int n = int(ids.size());
    for (int i = 0; i < n - 7; ++i) {
        const Media m = *store.media().find(ids.at(i));
        QStringList pending;
        if (const auto e_ = completion.complete(m.id, QJsonObject{{"id", m.id}, {"version", 1}, {"filename", m.filename},
                                              {"tags", QJsonArray::fromStringList(m.tags)}, {"alt_text", m.altText}},
                            &pending))
            qFatal("set-up write refused: %s", qPrintable(e_.detail));
    }
    const Media uploading = *store.media().find(ids.at(n - 4));
    const int chunks = int(uploading.sizeBytes / (16 * 1024)) + 1;
    if (const auto e_ = uploads.started(uploading.id, QStringLiteral("up-1"), 16 * 1024, chunks, {0, 1, 2}, {}))
        qFatal("set-up write refused: %s", qPrintable(e_.detail));
    if (const auto e_ = uploads.fail(ids.at(n - 6), QStringLiteral("STORAGE_QUOTA"), QStringLiteral(R"({"used":5368000000,"limit":5368709120})"),
                 true))
        qFatal("set-up write refused: %s", qPrintable(e_.detail));
}

int render(const QString &folder, const QString &lang, bool dark, QSize size, bool quick, bool extras)
{
    const QString language = app::installTranslations(lang, {});
    ui::Theme::apply(dark ? ui::Theme::Mode::Dark : ui::Theme::Mode::Light);
    QTemporaryDir data;
    store::StoreError error;
    auto store = store::Store::open(QDir(data.path()).filePath(QStringLiteral("accounts/local/pitchside.sqlite")), &error);
    if (!store)
        return 3;
    const QStringList ids = makeLibrary(*store, data.path(), quick ? 12 : 42);
    decorate(*store, ids);
    Preferences prefs(Preferences::makeSettings(data.path()));
    ui::UiContext context{*store, prefs, data.path(), QStringLiteral("FC Pitchside")};
    sync::uploads::UploadController::Config uc;
    uc.storePath = store->path();
    sync::uploads::UploadController uploads(uc); // not started: shows the store's upload state
    ui::MainWindow window(context);
    window.resize(size);
    window.showPage(ui::PageId::Media);
    auto *page = static_cast<ui::MediaPage *>(window.page(ui::PageId::Media));
    page->setUploadController(&uploads);
    window.show();
    const QString shownId = ids.at(ids.size() - 5);
    page->grid()->selectId(shownId);
    page->grid()->scrollToTop();
    waitFor([&] { return page->isLoaded(); }, 20000);
    waitFor([] { return false; }, 400); // fade-ins end
    // media-library[-1366]-<lang>[-dark].png, like the other pages' pictures.
    QString name = QStringLiteral("media-library");
    if (size != QSize(1280, 800))
        name += u'-' + QString::number(size.width());
    name += u'-' + language;
    if (dark)
        name += QStringLiteral("-dark");
    QDir().mkpath(folder);
    if (extras) {
        // The import banner after a batch with refused files, the upload
        // list opened on its failure, then the refusal to delete a photo a
        // post uses.
        const QString camera = QDir(data.path()).filePath(QStringLiteral("camera2"));
        const QByteArray jpeg = fixtures::encode(fixtures::photo(77, QSize(1080, 1350)), "jpg");
        QDir().mkpath(camera);
        QFile::copy(QDir(data.path()).filePath(QStringLiteral("camera/Tribune Nord 1.jpg")),
                    camera + QStringLiteral("/Tribune Nord 1 (copie).jpg")); // already in the library
        fixtures::write(camera + QStringLiteral("/IMG_2044.JPG"), jpeg);
        fixtures::write(camera + QStringLiteral("/IMG_2045.JPG"), jpeg.left(jpeg.size() / 2));
        fixtures::write(camera + QStringLiteral("/Affiche.gif"), QByteArray("GIF89a") + QByteArray(64, '\0'));
        fixtures::write(camera + QStringLiteral("/vide.jpg"), {});
        QSignalSpy imported(page->importer(), &media::MediaImporter::finished);
        page->importPaths({camera});
        imported.wait(60000);
        for (QPushButton *b : page->uploadPanel()->findChildren<QPushButton *>()) {
            if (b->isCheckable())
                b->setChecked(true);
        }
        waitFor([] { return false; }, 400);
        QString importName = QStringLiteral("media-import-") + language + (dark ? QStringLiteral("-dark") : QString());
        window.grab().save(QDir(folder).filePath(importName + QStringLiteral(".png")));
        page->deleteItems({shownId});
        waitFor([] { return false; }, 300);
        if (auto *dialog = page->findChild<ui::MediaDeleteDialog *>()) {
            QPixmap shot = window.grab();
            QPainter p(&shot);
            p.fillRect(shot.rect(), QColor(0, 0, 0, 80)); // the window behind a modal dialog
            const QPixmap d = dialog->grab();
            p.drawPixmap((shot.width() - d.width()) / 2, (shot.height() - d.height()) / 3, d);
            p.end();
            shot.save(QDir(folder).filePath(QStringLiteral("media-delete-refused-") + language + QStringLiteral(".png")));
        }
        std::printf("%s\n", qPrintable(QDir(folder).filePath(importName + QStringLiteral(".png"))));
        return 0;
    }
    const QString file = QDir(folder).filePath(name + QStringLiteral(".png"));
    if (!window.grab().save(file))
        return 1;
    std::printf("%s\n", qPrintable(file));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("folder"), QStringLiteral("Where the PNG files go."));
    parser.addOption({QStringLiteral("lang"), QStringLiteral("fr or en."), QStringLiteral("lang")});
    parser.addOption({QStringLiteral("dark"), QStringLiteral("Dark palette.")});
    parser.addOption({QStringLiteral("size"), QStringLiteral("Window size."), QStringLiteral("WxH"), QStringLiteral("1280x800")});
    parser.addOption({QStringLiteral("quick"), QStringLiteral("A small library, one picture (smoke test).")});
    parser.addOption({QStringLiteral("extras"), QStringLiteral("The import summary and the delete refusal instead.")});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QString folder = parser.positionalArguments().constFirst();
    const QStringList wh = parser.value(QStringLiteral("size")).split(u'x');
    const QSize size(wh.value(0).toInt(), wh.value(1).toInt());
    if (parser.isSet(QStringLiteral("lang")) || parser.isSet(QStringLiteral("quick")))
        return render(folder, parser.isSet(QStringLiteral("lang")) ? parser.value(QStringLiteral("lang")) : QStringLiteral("en"),
                      parser.isSet(QStringLiteral("dark")), size, parser.isSet(QStringLiteral("quick")),
                      parser.isSet(QStringLiteral("extras")));
    // Every combination, each in a fresh process (one translator and palette each).
    struct Shot { const char *lang; bool dark; const char *size; bool extras = false; };
    const Shot shots[] = {{"fr", false, "1280x800"}, {"en", false, "1280x800"}, {"fr", true, "1280x800"},
                          {"en", true, "1280x800"},  {"fr", false, "1366x768"}, {"en", false, "1366x768"},
                          {"fr", false, "1280x800", true}, {"en", false, "1280x800", true}};
    int failures = 0;
    for (const Shot &s : shots) {
        QStringList args{folder, QStringLiteral("--lang"), QString::fromLatin1(s.lang), QStringLiteral("--size"),
                         QString::fromLatin1(s.size)};
        if (s.dark)
            args << QStringLiteral("--dark");
        if (s.extras)
            args << QStringLiteral("--extras");
        failures += QProcess::execute(QCoreApplication::applicationFilePath(), args) != 0;
    }
    return failures;
}
