#include "RetryPolicy.h"

#include <QRandomGenerator>

#include <cmath>

namespace pitchside::sync::api {

qint64 RetryPolicy::delayMs(int attempt, double random01) const
{
    const int n = qBound(1, attempt, 40);
    const double step = std::min(double(maxMs), double(baseMs) * std::pow(2.0, n - 1));
    return qint64(step / 2 + random01 * step / 2);
}

qint64 RetryPolicy::delayMs(int attempt) const
{
    return delayMs(attempt, QRandomGenerator::global()->generateDouble());
}

qint64 RetryPolicy::delayAfter(const ApiError &error, int attempt) const
{
    if (error.retryAfterSeconds >= 0) {
        const qint64 ms = qint64(error.retryAfterSeconds) * 1000;
        return ms + qint64(QRandomGenerator::global()->generateDouble() * 0.1 * double(ms));
    }
    return delayMs(attempt);
}

RetryPolicy RetryPolicy::fromEnvironment()
{
    RetryPolicy p;
    bool ok = false;
    const qint64 base = qEnvironmentVariable("PITCHSIDE_RETRY_BASE_MS").toLongLong(&ok);
    if (ok && base > 0) {
        p.baseMs = base;
        p.maxMs = qMax(base, qint64(60 * base));
    }
    return p;
}

} // namespace pitchside::sync::api
