#include "Clock.h"

#include <atomic>

namespace pitchside::Clock {

namespace {

// offset = 0 and frozen = false: the system clock. Otherwise now = system
// time + offset, or exactly `frozenAt`. Atomics, so that the sync thread
// reads the same clock as the UI without a lock on every call.
std::atomic<qint64> g_offsetMs{0};
std::atomic<bool> g_frozen{false};
std::atomic<qint64> g_frozenAtMs{0};

} // namespace

qint64 nowMs()
{
    if (g_frozen.load(std::memory_order_relaxed))
        return g_frozenAtMs.load(std::memory_order_relaxed);
    return QDateTime::currentMSecsSinceEpoch() + g_offsetMs.load(std::memory_order_relaxed);
}

QDateTime nowUtc()
{
    return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC);
}

QDateTime nowLocal()
{
    return QDateTime::fromMSecsSinceEpoch(nowMs()).toLocalTime();
}

QDate today()
{
    return nowLocal().date();
}

void setForTesting(const QDateTime &at)
{
    g_frozen.store(false);
    g_offsetMs.store(at.isValid() ? at.toMSecsSinceEpoch() - QDateTime::currentMSecsSinceEpoch() : 0);
}

void freezeForTesting(const QDateTime &at)
{
    if (!at.isValid()) {
        setForTesting({});
        return;
    }
    g_frozenAtMs.store(at.toMSecsSinceEpoch());
    g_frozen.store(true);
}

TestOverride::TestOverride(const QDateTime &at, bool frozen)
    : m_offsetMs(g_offsetMs.load()), m_frozen(g_frozen.load()), m_frozenAtMs(g_frozenAtMs.load())
{
    if (frozen)
        freezeForTesting(at);
    else
        setForTesting(at);
}

TestOverride::~TestOverride()
{
    g_frozenAtMs.store(m_frozenAtMs);
    g_offsetMs.store(m_offsetMs);
    g_frozen.store(m_frozen);
}

} // namespace pitchside::Clock
