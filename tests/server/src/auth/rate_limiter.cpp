#include "rate_limiter.h"

#include <QDateTime>
#include <algorithm>

RateLimiter::Decision RateLimiter::hit(const QString &key, int limit)
{
    constexpr qint64 windowMs = 60 * 1000;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_lastSweepMs > windowMs) {
        // Forget finished windows so idle keys do not pile up.
        m_windows.removeIf([&](const auto &it) { return now - it.value().startMs >= windowMs; });
        m_lastSweepMs = now;
    }
    Window &w = m_windows[key];
    if (now - w.startMs >= windowMs) {
        w.startMs = now;
        w.count = 0;
    }
    Decision d;
    d.limit = limit;
    const qint64 resetMs = w.startMs + windowMs;
    d.resetEpoch = (resetMs + 999) / 1000;
    if (w.count >= limit) {
        d.allowed = false;
        d.remaining = 0;
        d.retryAfter = int(std::max<qint64>(1, (resetMs - now + 999) / 1000));
        return d;
    }
    ++w.count;
    d.remaining = limit - w.count;
    return d;
}
