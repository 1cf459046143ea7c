#include "fault_injector.h"

#include "http/request.h"

bool FaultInjector::matches(const QString &match, const Request &req)
{
    if (match.isEmpty())
        return true;
    if (match.contains(QLatin1Char(' ')))
        return match == req.route;
    return req.path.startsWith(match);
}

bool FaultInjector::roll(Rate &r, const Request &req)
{
    if (r.rate <= 0.0 || r.remaining == 0 || !matches(r.match, req))
        return false;
    if (r.rate < 1.0 && std::uniform_real_distribution<double>(0.0, 1.0)(m_rng) >= r.rate)
        return false;
    if (r.remaining > 0)
        --r.remaining;
    return true;
}

FaultDecision FaultInjector::decide(const Request &req)
{
    FaultDecision d;
    if (latency.ms > 0 && matches(latency.match, req)) {
        d.latencyMs = latency.ms;
        if (latency.jitterMs > 0)
            d.latencyMs += std::uniform_int_distribution<int>(0, latency.jitterMs)(m_rng);
    }
    if (forced429.remaining > 0 && matches(forced429.match, req)) {
        --forced429.remaining;
        d.forced429RetryAfter = forced429.retryAfter;
        return d;
    }
    if (!drops.afterWrite && roll(drops, req)) {
        d.dropBefore = true;
        return d;
    }
    if (roll(errors, req)) {
        d.errorStatus = errors.status != 0 ? errors.status : (errors.served % 2 == 0 ? 500 : 503);
        d.errorRetryAfter = errors.retryAfter;
        ++errors.served;
        return d;
    }
    if (drops.afterWrite && roll(drops, req)) {
        d.dropAfterWrite = true;
        return d;
    }
    for (Corruption &c : corruptions) {
        if (c.remaining > 0 && matches(c.match, req)) {
            --c.remaining;
            d.corruption = c.mode;
            d.trickleIntervalMs = c.intervalMs;
            break;
        }
    }
    corruptions.removeIf([](const Corruption &c) { return c.remaining <= 0; });
    return d;
}

std::optional<CannedAnswer> FaultInjector::takeCanned(const Request &req)
{
    for (CannedAnswer &c : canned) {
        if (c.remaining > 0 && (c.match.contains(QLatin1Char(' ')) ? c.match == QString::fromLatin1(req.method) + QLatin1Char(' ') + req.path
                                                                   : req.path.startsWith(c.match))) {
            --c.remaining;
            CannedAnswer out = c;
            canned.removeIf([](const CannedAnswer &x) { return x.remaining <= 0; });
            return out;
        }
    }
    return std::nullopt;
}

void FaultInjector::countRequest(const Request &req)
{
    m_counts[req.route.isEmpty() ? QString::fromLatin1(req.method) + QLatin1Char(' ') + req.path
                                 : req.route] += 1;
}

void FaultInjector::reset()
{
    latency = {};
    errors = {};
    drops = {};
    forced429 = {};
    corruptions.clear();
    canned.clear();
    eventsMuted = false;
}

json FaultInjector::toJson() const
{
    json c = json::array();
    for (const Corruption &x : corruptions)
        c.push_back({{"match", ss(x.match)}, {"remaining", x.remaining}, {"mode", x.mode.toStdString()}});
    return {{"latency", {{"ms", latency.ms}, {"jitter_ms", latency.jitterMs}, {"match", ss(latency.match)}}},
            {"errors", {{"rate", errors.rate}, {"remaining", errors.remaining}, {"status", errors.status},
                        {"retry_after", errors.retryAfter}, {"match", ss(errors.match)}}},
            {"drops", {{"rate", drops.rate}, {"remaining", drops.remaining},
                       {"mode", drops.afterWrite ? "after_write" : "before"}, {"match", ss(drops.match)}}},
            {"rate_limit", {{"remaining", forced429.remaining}, {"retry_after", forced429.retryAfter},
                            {"match", ss(forced429.match)}}},
            {"corruptions", c},
            {"events_muted", eventsMuted}};
}

json FaultInjector::requestCounts() const
{
    json j = json::object();
    for (auto it = m_counts.constBegin(); it != m_counts.constEnd(); ++it)
        j[ss(it.key())] = it.value();
    return j;
}
