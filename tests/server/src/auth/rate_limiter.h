// Per-user request budgets over fixed one-minute windows (API.md §1:
// 100/min, AI 10/min, document generation 10/min).
#pragma once

#include <QHash>
#include <QString>

class RateLimiter {
public:
    struct Decision {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        qint64 resetEpoch = 0;   // X-RateLimit-Reset, seconds since the epoch
        int retryAfter = 0;      // seconds, when refused
    };

    // Counts one request against key (user or address + scope).
    Decision hit(const QString &key, int limit);

private:
    struct Window {
        qint64 startMs = 0;
        int count = 0;
    };
    QHash<QString, Window> m_windows;
    qint64 m_lastSweepMs = 0;
};
