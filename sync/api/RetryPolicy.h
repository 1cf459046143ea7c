#pragma once

#include "ApiError.h"

#include <QtGlobal>

namespace pitchside::sync::api {

// How long to wait before trying a failed request again: exponential in the
// number of attempts, with jitter so that many clients that failed together
// do not come back together, and never sooner than the server's Retry-After.
// Used by the sync engine (per outbox entry, stored in the database) and by
// upload jobs (per chunk).
struct RetryPolicy
{
    qint64 baseMs = 2000;            // first retry after 1–2 s
    qint64 maxMs = 15 * 60 * 1000;   // never wait more than 15 min between tries

    // attempt >= 1 is the number of failures so far. `random01` in [0, 1).
    // Equal jitter: half of the exponential step is fixed, half random.
    qint64 delayMs(int attempt, double random01) const;
    qint64 delayMs(int attempt) const;
    // The delay after `error` on the given attempt: Retry-After when the
    // server sent one (plus up to 10 % jitter), the exponential step otherwise.
    qint64 delayAfter(const ApiError &error, int attempt) const;

    // Tests and the CLI shorten the steps (PITCHSIDE_RETRY_BASE_MS).
    static RetryPolicy fromEnvironment();
};

} // namespace pitchside::sync::api
