#pragma once

// What the planning benchmarks share: timing, medians, seeding a store the
// fast way (one transaction of plain inserts, with the FTS triggers firing).
#include <QDate>
#include <QString>
#include <QVector>

#include <functional>

namespace pitchside::store {
class Store;
}

namespace bench {

// Milliseconds of each of `runs` calls.
QVector<double> measure(int runs, const std::function<void()> &work);
double median(QVector<double> samples);
// "name: 7.31 ms median (floor 2.10 ms, ratio 3.48), target ≤ 16 ms"
void report(const char *name, double value, double floor, double target);

// `count` posts scheduled over the days of `month` (all platforms, every status).
bool seedMonth(pitchside::store::Store &store, QDate month, int count, int firstIndex = 0);
// Two-word queries whose words appear together in the seeded posts.
QStringList twoWordQueries(int count);
// `count` posts of club news, for search.
bool seedText(pitchside::store::Store &store, int count);

} // namespace bench
