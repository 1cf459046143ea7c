// Test-mode fault injection (only with --test-mode): latency, 500/503,
// dropped connections (before or after a write is applied), forced 429s,
// corrupted bodies, and muted event streams. Each fault may be limited to
// a route ("POST /api/content/posts") or a path prefix ("/api/media").
#pragma once

#include "core/json.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>
#include <random>

struct Request;

struct FaultDecision {
    int latencyMs = 0;
    int forced429RetryAfter = 0;   // > 0: answer 429 now
    bool dropBefore = false;
    int errorStatus = 0;           // 500 or 503
    int errorRetryAfter = 1;
    bool dropAfterWrite = false;
    QByteArray corruption;         // "", malformed, truncated, short_read, trickle
    int trickleIntervalMs = 5000;  // trickle: one byte of the body every this long
};

// A canned answer for any path (test mode): how a hostile server answers
// routes this one does not have (a media id made of "../" segments).
struct CannedAnswer {
    QString match;                 // a path prefix or "METHOD /pattern"
    int remaining = 1;
    int status = 200;
    QByteArray contentType;
    QByteArray body;
};

class FaultInjector {
public:
    struct Rate {
        double rate = 0.0;         // probability per matching request
        int remaining = -1;        // faults left; -1 = no limit
        QString match;
    };
    struct Latency {
        int ms = 0;
        int jitterMs = 0;
        QString match;
    };
    struct Errors : Rate {
        int status = 500;          // 500, 503, or 0 for both in turn
        int retryAfter = 1;
        int served = 0;
    };
    struct Drops : Rate {
        bool afterWrite = false;
    };
    struct Forced429 {
        int remaining = 0;
        int retryAfter = 1;
        QString match;
    };
    struct Corruption {
        QString match;
        int remaining = 0;
        QByteArray mode;
        int intervalMs = 5000;     // trickle
    };

    FaultDecision decide(const Request &req);
    // The next canned answer for this request, taken (its count goes down).
    std::optional<CannedAnswer> takeCanned(const Request &req);
    void countRequest(const Request &req);
    void reset();
    json toJson() const;
    json requestCounts() const;
    void resetCounts() { m_counts.clear(); }

    static bool matches(const QString &match, const Request &req);

    Latency latency;
    Errors errors;
    Drops drops;
    Forced429 forced429;
    QList<Corruption> corruptions;
    QList<CannedAnswer> canned;
    bool eventsMuted = false;      // event streams carry no events (EventHub asks)

private:
    bool roll(Rate &r, const Request &req);

    QHash<QString, int> m_counts;
    std::mt19937 m_rng{20260120u};
};
