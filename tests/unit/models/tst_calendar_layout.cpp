// The week view's stacking: overlapping posts share the width, and a crowd
// (30 posts in one hour) becomes readable columns plus "+N more".
#include "models/CalendarLayout.h"

#include <QTest>

using namespace pitchside::CalendarLayout;

namespace {

const Placement *placementOf(const DayLayout &l, int item)
{
    for (const Placement &p : l.placed) {
        if (p.item == item)
            return &p;
    }
    return nullptr;
}

} // namespace

class TestCalendarLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void separateItemsTakeTheFullWidth()
    {
        const DayLayout l = layoutDay({{600, 630}, {630, 660}, {900, 930}}, 4);
        QCOMPARE(l.placed.size(), 3);
        QVERIFY(l.overflows.isEmpty());
        for (const Placement &p : l.placed) {
            QCOMPARE(p.column, 0);
            QCOMPARE(p.columns, 1);
        }
    }

    void overlappingItemsShareColumns()
    {
        // 10:00-10:30, 10:15-10:45 and 10:30-11:00: the third reuses column 0.
        const DayLayout l = layoutDay({{600, 630}, {615, 645}, {630, 660}}, 4);
        QCOMPARE(l.placed.size(), 3);
        QCOMPARE(placementOf(l, 0)->column, 0);
        QCOMPARE(placementOf(l, 1)->column, 1);
        QCOMPARE(placementOf(l, 2)->column, 0);
        for (const Placement &p : l.placed)
            QCOMPARE(p.columns, 2);
    }

    void groupsAreIndependent()
    {
        const DayLayout l = layoutDay({{600, 630}, {600, 630}, {720, 750}}, 4);
        QCOMPARE(placementOf(l, 0)->columns, 2);
        QCOMPARE(placementOf(l, 2)->columns, 1);
        QCOMPARE(placementOf(l, 2)->column, 0);
    }

    void thirtyPostsInOneHourStayReadable()
    {
        QVector<Span> spans;
        for (int i = 0; i < 30; ++i)
            spans.push_back({840 + 2 * i, 840 + 2 * i + 30}); // every 2 min from 14:00, 30 min each
        const DayLayout l = layoutDay(spans, 4);
        QCOMPARE(l.placed.size() + l.overflows.value(0).hidden.size(), 30);
        QCOMPARE(l.overflows.size(), 1);
        for (const Placement &p : l.placed) {
            QVERIFY(p.column < 3);
            QCOMPARE(p.columns, 4);
        }
        const Overflow &o = l.overflows.first();
        QCOMPARE(o.column, 3);
        QCOMPARE(o.columns, 4);
        QCOMPARE(o.hidden.size(), 30 - int(l.placed.size()));
        QVERIFY(o.start >= 840 && o.end <= 840 + 58 + 30);
        // Nothing shown twice, nothing lost.
        QSet<int> seen;
        for (const Placement &p : l.placed)
            seen.insert(p.item);
        for (int i : o.hidden)
            seen.insert(i);
        QCOMPARE(seen.size(), 30);
    }

    void oneColumnShowsOnlyTheSummary()
    {
        const DayLayout l = layoutDay({{600, 630}, {600, 630}}, 1);
        QVERIFY(l.placed.isEmpty());
        QCOMPARE(l.overflows.size(), 1);
        QCOMPARE(l.overflows[0].hidden.size(), 2);
    }

    void monthCells()
    {
        QCOMPARE(visibleInCell(3, 4), 3);
        QCOMPARE(visibleInCell(4, 4), 4);
        QCOMPARE(visibleInCell(5, 4), 3); // 3 items and "+2 more"
        QCOMPARE(visibleInCell(5000, 4), 3);
        QCOMPARE(visibleInCell(2, 0), 0);
    }

    void aPinnedItemIsNeverHidden()
    {
        // The entry just scheduled (or selected) is drawn, whatever its place.
        QVector<Span> spans;
        for (int i = 0; i < 30; ++i)
            spans.push_back({840 + 2 * i, 840 + 2 * i + 30});
        for (int pinned : {29, 15, 0}) {
            const DayLayout l = layoutDay(spans, 4, pinned);
            bool placed = false;
            for (const Placement &p : l.placed)
                placed = placed || p.item == pinned;
            QVERIFY2(placed, qPrintable(QString::number(pinned)));
            QVERIFY(!l.overflows.value(0).hidden.contains(pinned));
            QCOMPARE(l.placed.size() + l.overflows.value(0).hidden.size(), 30);
        }
        QCOMPARE(shownInCell(9, 4), (QVector<int>{0, 1, 2}));
        QCOMPARE(shownInCell(9, 4, 7), (QVector<int>{0, 1, 7}));
        QCOMPARE(shownInCell(9, 4, 1), (QVector<int>{0, 1, 2}));
        QCOMPARE(shownInCell(3, 4, 2), (QVector<int>{0, 1, 2}));
    }
};

QTEST_GUILESS_MAIN(TestCalendarLayout)
#include "tst_calendar_layout.moc"
