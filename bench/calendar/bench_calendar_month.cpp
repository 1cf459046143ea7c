// The month view at agency scale: 5,000 posts in one month (and 5,000 in
// the next). Paint (target ≤ 16 ms median) against the floor of painting
// the same empty month; switching months (≤ 50 ms: loading the snapshot and
// painting it) against the floor of reading the month's rows with a bare
// SQL query.
//
//   bench_calendar_month [runs=60]
#include "bench_common.h"

#include "models/CalendarData.h"
#include "models/Preferences.h"
#include "models/store/Store.h"
#include "ui/UiContext.h"
#include "ui/calendar/CalendarPage.h"
#include "ui/calendar/MonthView.h"
#include "ui/common/Theme.h"

#include <QApplication>
#include <QPixmap>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace pitchside;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(5, atoi(argv[1])) : 60;
    ui::Theme::apply(ui::Theme::Mode::Light);
    QTemporaryDir dir;
    store::StoreError error;
    auto store = store::Store::open(dir.filePath(QStringLiteral("pitchside.sqlite")), &error);
    const QDate thisMonth(QDate::currentDate().year(), QDate::currentDate().month(), 15);
    const QDate nextMonth = thisMonth.addMonths(1);
    if (!store || !bench::seedMonth(*store, thisMonth, 5000) || !bench::seedMonth(*store, nextMonth, 5000, 5000)) {
        std::fprintf(stderr, "cannot seed the store\n");
        return 1;
    }
    Preferences prefs(Preferences::makeSettings(dir.path()));
    ui::UiContext context{*store, prefs, dir.path(), QStringLiteral("Bench")};
    ui::CalendarPage page(context);
    page.resize(1180, 720); // the calendar's share of a 1280×800 window
    page.show();
    if (!QTest::qWaitForWindowExposed(&page))
        return 1;
    page.goToDate(thisMonth);
    ui::MonthView *month = page.monthView();
    std::printf("month of %s: %d posts loaded, view %dx%d, %d lines a day\n",
                qPrintable(thisMonth.toString(QStringLiteral("yyyy-MM"))), page.snapshot().postCount(),
                month->width(), month->height(), month->capacity());

    QPixmap canvas(month->size() * month->devicePixelRatioF());
    canvas.setDevicePixelRatio(month->devicePixelRatioF());
    const auto paint = [&] { month->render(&canvas); };
    paint(); // warm the icon and glyph caches
    const double painted = bench::median(bench::measure(runs, paint));

    // Floor: the same month with nothing in it.
    ui::MonthView empty;
    empty.resize(month->size());
    empty.setCurrentDate(thisMonth);
    const auto range = empty.rangeFor(thisMonth);
    const CalendarSnapshot nothing(range.first, range.second);
    empty.setSnapshot(&nothing);
    const auto paintEmpty = [&] { empty.render(&canvas); };
    paintEmpty();
    const double emptyFloor = bench::median(bench::measure(runs, paintEmpty));
    bench::report("month paint, 5,000 posts", painted, emptyFloor, 16);

    // Switching: there and back, each time loading 5,000 posts and painting.
    bool forward = true;
    const auto flip = [&] {
        page.goToDate(forward ? nextMonth : thisMonth);
        forward = !forward;
        month->render(&canvas);
    };
    flip();
    flip();
    const double switched = bench::median(bench::measure(runs, flip));
    // Floor: the rows of a month, read with a bare query.
    QSqlQuery q(store->database().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, profile_id, platforms, substr(content, 1, 160), status, scheduled_at FROM posts "
                             "WHERE deleted = 0 AND scheduled_at >= ? AND scheduled_at < ?"));
    const qint64 from = QDateTime(range.first, QTime()).toMSecsSinceEpoch();
    const qint64 to = QDateTime(range.second.addDays(1), QTime()).toMSecsSinceEpoch();
    int rows = 0;
    const auto read = [&] {
        q.addBindValue(from);
        q.addBindValue(to);
        q.exec();
        rows = 0;
        while (q.next())
            ++rows;
    };
    read();
    const double readFloor = bench::median(bench::measure(runs, read));
    // Where the time goes (for reading, not a target).
    const double repository = bench::median(bench::measure(runs / 3 + 1, [&] {
        store->posts().scheduledBetween(QDateTime(range.first, QTime()), QDateTime(range.second.addDays(1), QTime()));
    }));
    const double snapshot = bench::median(bench::measure(runs / 3 + 1, [&] {
        CalendarSnapshot::load(*store, range.first, range.second, {});
    }));
    std::printf("(of which: repository query %.2f ms, whole snapshot %.2f ms)\n", repository, snapshot);
    std::printf("(a month's rows: %d)\n", rows);
    bench::report("switching months, 5,000 posts each", switched, readFloor, 50);
    return 0;
}
