// A library of 10,000 items in the real media page at 1280×800:
//   grid scroll: time per frame (events + paint) while scrolling through
//     the library, against a plain QListView over 10,000 strings (floor);
//     target ≤ 16 ms per frame (median and 95th percentile shown);
//   search: typing a query to the model answering the first screen, against
//     the bare FTS5 count of the same query (floor); target ≤ 20 ms median;
//   memory: resident set after all of it, against the process before the
//     page existed (floor); target ≤ 250 MB.
#include "BenchStats.h"
#include "MediaFixtures.h"
#include "models/Preferences.h"
#include "models/media/ContentStore.h"
#include "models/media/MediaGridModel.h"
#include "models/media/MediaImporter.h"
#include "models/store/FtsQuery.h"
#include "models/store/Store.h"
#include "ui/UiContext.h"
#include "ui/common/Theme.h"
#include "ui/media/MediaGridView.h"
#include "ui/media/MediaPage.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QPainter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStringListModel>
#include <QTemporaryDir>
#include <QThreadPool>

#include <cstdio>

using namespace pitchside;

namespace {

constexpr int kItems = 10000;

double rssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    f.open(QIODevice::ReadOnly);
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

// Small distinct photos, fast to make: a gradient, a shape, a number.
QByteArray smallPhoto(int i)
{
    QImage img(360, 450, QImage::Format_RGB32);
    QPainter p(&img);
    QLinearGradient g(0, 0, 360, 450);
    g.setColorAt(0, QColor::fromHsv(i * 37 % 360, 140, 200));
    g.setColorAt(1, QColor::fromHsv((i * 37 + 120) % 360, 160, 90));
    p.fillRect(img.rect(), g);
    p.setBrush(QColor(255, 255, 255, 90));
    p.setPen(Qt::NoPen);
    p.drawEllipse(QPointF(60 + i % 240, 80 + i % 290), 50, 50);
    p.setPen(Qt::white);
    QFont f = p.font();
    f.setPixelSize(48);
    p.setFont(f);
    p.drawText(img.rect(), Qt::AlignCenter, QString::number(i));
    p.end();
    return fixtures::encode(img, "jpg", 80);
}

// Frames of scrolling `view` by `step` pixels from `from`: events, then a
// synchronous repaint, timed together.
QVector<double> scrollFrames(QAbstractScrollArea *view, int from, int frames, int step)
{
    QVector<double> times;
    QScrollBar *bar = view->verticalScrollBar();
    bar->setValue(from);
    QCoreApplication::processEvents();
    for (int i = 0; i < frames; ++i) {
        QElapsedTimer t;
        t.start();
        bar->setValue(bar->value() + step);
        QCoreApplication::processEvents();
        view->viewport()->repaint();
        times << double(t.nsecsElapsed()) / 1e6;
    }
    return times;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    ui::Theme::apply(ui::Theme::Mode::Light);
    QTemporaryDir dir;
    const QString account = QDir(dir.path()).filePath(QStringLiteral("accounts/local"));
    QDir().mkpath(account);
    store::StoreError error;
    auto store = store::Store::open(QDir(account).filePath(QStringLiteral("pitchside.sqlite")), &error);

    std::printf("making and importing %d photos…\n", kItems);
    std::fflush(stdout);
    QStringList files;
    for (int i = 0; i < kItems; ++i)
        files << QDir(dir.path()).filePath(QStringLiteral("camera/%1/IMG_%2.jpg").arg(i / 500).arg(i, 5, 10, QLatin1Char('0')));
    QThreadPool::globalInstance()->setMaxThreadCount(2);
    for (int i = 0; i < kItems; ++i)
        QThreadPool::globalInstance()->start([&files, i] { fixtures::write(files.at(i), smallPhoto(i)); });
    QThreadPool::globalInstance()->waitForDone();
    {
        media::MediaImporter importer(*store, media::ContentStore::rootFor(account));
        QSignalSpy done(&importer, &media::MediaImporter::finished);
        importer.start({QDir(dir.path()).filePath(QStringLiteral("camera"))});
        done.wait(600000);
    }
    // Tags and descriptions, as a club's library has them.
    const char *tags[] = {"derby", "u17", "supporters", "vestiaire", "tribune", "but", "coupe", "entrainement"};
    {
        QSqlQuery q(store->database().sql());
        q.exec(QStringLiteral("BEGIN"));
        q.prepare(QStringLiteral("UPDATE media SET tags = ?, alt_text = ? WHERE rowid = ?"));
        for (int i = 1; i <= kItems; ++i) {
            q.addBindValue(QStringLiteral("[\"%1\",\"%2\"]").arg(QString::fromLatin1(tags[i % 8]), QString::fromLatin1(tags[(i / 8) % 8])));
            q.addBindValue(QStringLiteral("Photo %1 du match, tribune %2").arg(i).arg(i % 3 ? QStringLiteral("Nord") : QStringLiteral("Sud")));
            q.addBindValue(i);
            q.exec();
        }
        q.exec(QStringLiteral("COMMIT"));
    }
    std::printf("library: %d items\n", store->media().count());

    // Floor of memory: everything but the page.
    const double rssBefore = rssMb();

    Preferences prefs(Preferences::makeSettings(dir.path()));
    ui::UiContext context{*store, prefs, dir.path(), QStringLiteral("Bench")};
    auto *page = new ui::MediaPage(context);
    page->resize(1176, 760); // the page's share of a 1280×800 window
    page->show();
    QCoreApplication::processEvents();

    // Scroll: warm-up pass to the first screens, then frames at the top,
    // in the middle (jumped to) and at the end, thumbnails arriving meanwhile.
    ui::MediaGridView *grid = page->grid();
    const int max = grid->verticalScrollBar()->maximum();
    QVector<double> frames;
    frames << scrollFrames(grid, 0, 200, 40);
    frames << scrollFrames(grid, max / 2, 200, 40);
    frames << scrollFrames(grid, max - 200 * 40, 200, 40);

    QStringList strings;
    for (int i = 0; i < kItems; ++i)
        strings << QStringLiteral("IMG_%1.jpg").arg(i, 5, 10, QLatin1Char('0'));
    QStringListModel plain(strings);
    QListView floorView;
    floorView.setViewMode(QListView::IconMode);
    floorView.setUniformItemSizes(true);
    floorView.setGridSize(grid->gridSize());
    floorView.setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    floorView.setModel(&plain);
    floorView.resize(grid->size());
    floorView.show();
    QCoreApplication::processEvents();
    const int floorMax = floorView.verticalScrollBar()->maximum();
    QVector<double> floorFrames;
    floorFrames << scrollFrames(&floorView, 0, 200, 40);
    floorFrames << scrollFrames(&floorView, floorMax / 2, 200, 40);
    floorFrames << scrollFrames(&floorView, floorMax - 200 * 40, 200, 40);
    floorView.hide();

    // Search: what typing a query costs until the first screen can be painted.
    const QStringList queries{QStringLiteral("derby"), QStringLiteral("tribune sud"), QStringLiteral("u17"),
                              QStringLiteral("IMG_0042"), QStringLiteral("vest"), QStringLiteral("coupe but"),
                              QStringLiteral("photo 99"), QStringLiteral("nord"), QStringLiteral("entrain"),
                              QStringLiteral("supporters")};
    QVector<double> search, searchFloor, searchIds;
    media::MediaGridModel *model = page->model();
    for (int round = 0; round < 5; ++round) {
        for (const QString &text : queries) {
            media::MediaQuery q;
            q.search = text;
            QElapsedTimer t;
            t.start();
            model->setQuery(q);
            for (int i = 0; i < qMin(40, model->rowCount()); ++i)
                model->index(i).data(Qt::DisplayRole);
            search << double(t.nsecsElapsed()) / 1e6;

            QElapsedTimer ids;
            ids.start();
            const int found = int(store->media().ids(q).size());
            searchIds << double(ids.nsecsElapsed()) / 1e6;
            Q_UNUSED(found)

            QElapsedTimer f;
            f.start();
            QSqlQuery raw(store->database().sql());
            raw.prepare(QStringLiteral("SELECT count(*) FROM media_fts WHERE media_fts MATCH ?"));
            raw.addBindValue(store::ftsQueryFromUserText(text));
            raw.exec();
            raw.next();
            searchFloor << double(f.nsecsElapsed()) / 1e6;
        }
        model->setQuery({});
    }
    // Everything visited once more in big jumps (not counted as frames:
    // nobody scrolls that fast), then memory.
    scrollFrames(grid, 0, 100, grid->verticalScrollBar()->maximum() / 100);
    QCoreApplication::processEvents();
    const double rssAfter = rssMb();

    const double fm = median(frames), fp = percentile(frames, 0.95), ff = median(floorFrames);
    std::printf("\nmedia library of %d items, page at 1176x760 (offscreen)\n", kItems);
    std::printf("  grid scroll: %.2f ms per frame median, %.2f ms p95, %.2f ms max (target <= 16 ms)\n", fm, fp,
                percentile(frames, 1.0));
    std::printf("    floor, plain QListView of %d strings: %.2f ms median = %.1fx the floor\n", kItems, ff, fm / ff);
    const double sm = median(search), sf = median(searchFloor);
    std::printf("  search: %.2f ms median, %.2f ms p95 (target <= 20 ms)\n", sm, percentile(search, 0.95));
    std::printf("    floor, FTS5 count alone: %.2f ms median = %.1fx the floor (of which the ordered ids: %.2f ms)\n", sf,
                sm / sf, median(searchIds));
    std::printf("  memory: %.0f MB resident (target <= 250 MB); %.0f MB before the page = +%.0f MB for the library page\n",
                rssAfter, rssBefore, rssAfter - rssBefore);
    const bool ok = fp <= 16.0 && sm <= 20.0 && rssAfter <= 250.0;
    std::printf("%s\n", ok ? "PASS" : "MISS");
    delete page;
    return ok ? 0 : 1;
}
