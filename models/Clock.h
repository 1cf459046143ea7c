#pragma once

#include <QDate>
#include <QDateTime>

namespace pitchside {

// The one source of "now" for domain code (models/, sync/, ui/): what is in
// the past, what is today on the calendar, when a change was made. Tests set
// it, so that the suite passes on any date and in any time zone
// (docs/architecture.md, "Time is an input"). Timers, timeouts and
// durations keep using QElapsedTimer / QDeadlineTimer: they measure time,
// they do not ask what time it is.
namespace Clock {

// Milliseconds since the epoch, UTC.
qint64 nowMs();
// Now as a UTC QDateTime.
QDateTime nowUtc();
// Now in the system's time zone (calendar cells, "today").
QDateTime nowLocal();
// Today in the system's time zone.
QDate today();

// Tests: from now on, the clock reads `at` and then advances with real time
// (so durations still pass). An invalid `at` goes back to the system clock.
// Thread-safe; every thread sees the same clock.
void setForTesting(const QDateTime &at);
// Tests: the clock reads exactly `at` and does not move until set again.
void freezeForTesting(const QDateTime &at);

// Sets the clock for a scope and puts back what was there before (the
// system clock, or the clock a test fixture set in init()).
class TestOverride
{
public:
    explicit TestOverride(const QDateTime &at, bool frozen = false);
    ~TestOverride();
    TestOverride(const TestOverride &) = delete;
    TestOverride &operator=(const TestOverride &) = delete;

private:
    qint64 m_offsetMs;
    bool m_frozen;
    qint64 m_frozenAtMs;
};

} // namespace Clock

} // namespace pitchside
