#include "config.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "pitchside-server: %s\n", qPrintable(message));
    std::exit(2);
}

qint64 number(const QCommandLineParser &p, const QString &name, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 v = p.value(name).toLongLong(&ok);
    if (!ok || v < min || v > max)
        fail(QStringLiteral("--%1 must be an integer in [%2, %3]").arg(name).arg(min).arg(max));
    return v;
}

} // namespace

Config Config::fromArguments(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Reference backend for Pitchside: the REST contract of docs/api, on SQLite."));
    p.addHelpOption();
    const QList<QCommandLineOption> options = {
        {QStringLiteral("port"), QStringLiteral("TCP port (0 picks a free one)."), QStringLiteral("N"), QStringLiteral("8765")},
        {QStringLiteral("bind"), QStringLiteral("Address to listen on."), QStringLiteral("ADDR"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("data-dir"), QStringLiteral("Directory of the SQLite database."), QStringLiteral("DIR")},
        {QStringLiteral("seed"), QStringLiteral("demo or bench:N."), QStringLiteral("WHAT")},
        {QStringLiteral("test-mode"), QStringLiteral("Enable /api/test/ fault injection routes.")},
        {QStringLiteral("list-routes"), QStringLiteral("Print every route and exit.")},
        {QStringLiteral("error-style"), QStringLiteral("envelope or rfc7807."), QStringLiteral("STYLE"), QStringLiteral("envelope")},
        {QStringLiteral("shape"), QStringLiteral("Answer in a seed backend's shape: contract, smp or artywiz."), QStringLiteral("SHAPE"), QStringLiteral("contract")},
        {QStringLiteral("access-ttl"), QStringLiteral("Access token lifetime."), QStringLiteral("SECONDS"), QStringLiteral("900")},
        {QStringLiteral("refresh-ttl"), QStringLiteral("Refresh token lifetime."), QStringLiteral("SECONDS"), QStringLiteral("604800")},
        {QStringLiteral("pbkdf2-iterations"), QStringLiteral("PBKDF2 iterations for new hashes."), QStringLiteral("N"), QStringLiteral("600000")},
        {QStringLiteral("rate-limit"), QStringLiteral("Requests per minute per user."), QStringLiteral("N"), QStringLiteral("100")},
        {QStringLiteral("ai-rate-limit"), QStringLiteral("AI requests per minute per user."), QStringLiteral("N"), QStringLiteral("10")},
        {QStringLiteral("generation-rate-limit"), QStringLiteral("Document generations per minute per user."), QStringLiteral("N"), QStringLiteral("10")},
        {QStringLiteral("quota-bytes"), QStringLiteral("Media storage quota per user."), QStringLiteral("N"), QStringLiteral("5368709120")},
        {QStringLiteral("ai-quota"), QStringLiteral("Idea generations per month per user."), QStringLiteral("N"), QStringLiteral("100")},
        {QStringLiteral("chunk-size"), QStringLiteral("Upload chunk size in bytes."), QStringLiteral("N"), QStringLiteral("1048576")},
        {QStringLiteral("publish-interval"), QStringLiteral("Seconds between publishing runs (0: off)."), QStringLiteral("SECONDS"), QStringLiteral("15")},
        {QStringLiteral("sse-keepalive"), QStringLiteral("Seconds between SSE keep-alive comments."), QStringLiteral("SECONDS"), QStringLiteral("15")},
        {QStringLiteral("generation-delay"), QStringLiteral("Simulated document rendering time."), QStringLiteral("MS"), QStringLiteral("1200")},
        {QStringLiteral("campaign-time-scale"), QStringLiteral("Divides every WhatsApp campaign delay (pacing, delivery, replies)."), QStringLiteral("N"), QStringLiteral("1")},
        {QStringLiteral("campaign-daily-limit"), QStringLiteral("WhatsApp messages a user may send a UTC day."), QStringLiteral("N"), QStringLiteral("1000")},
    };
    p.addOptions(options);
    p.process(args);

    Config c;
    c.listRoutes = p.isSet(QStringLiteral("list-routes"));
    c.testMode = p.isSet(QStringLiteral("test-mode"));
    c.port = quint16(number(p, QStringLiteral("port"), 0, 65535));
    if (!c.bind.setAddress(p.value(QStringLiteral("bind"))))
        fail(QStringLiteral("--bind is not an IP address"));
    c.dataDir = p.value(QStringLiteral("data-dir"));
    if (c.dataDir.isEmpty() && !c.listRoutes)
        fail(QStringLiteral("--data-dir DIR is required"));
    if (!c.dataDir.isEmpty())
        c.dataDir = QDir(c.dataDir).absolutePath();
    c.seed = p.value(QStringLiteral("seed"));
    static const QRegularExpression seedRe(QStringLiteral("^(demo|bench:[1-9][0-9]{0,6})$"));
    if (!c.seed.isEmpty() && !seedRe.match(c.seed).hasMatch())
        fail(QStringLiteral("--seed must be demo or bench:N"));
    const QString style = p.value(QStringLiteral("error-style"));
    if (style != QLatin1String("envelope") && style != QLatin1String("rfc7807"))
        fail(QStringLiteral("--error-style must be envelope or rfc7807"));
    c.rfc7807 = style == QLatin1String("rfc7807");
    const QString shape = p.value(QStringLiteral("shape"));
    if (shape == QLatin1String("smp")) {
        c.shape = Config::Shape::Smp;
        c.rfc7807 = true; // that backend's errors are problems
    } else if (shape == QLatin1String("artywiz")) {
        c.shape = Config::Shape::Artywiz;
    } else if (shape != QLatin1String("contract")) {
        fail(QStringLiteral("--shape must be contract, smp or artywiz"));
    }
    c.accessTtl = int(number(p, QStringLiteral("access-ttl"), 1, 86400 * 365));
    c.refreshTtl = int(number(p, QStringLiteral("refresh-ttl"), 1, 86400 * 365));
    c.pbkdf2Iterations = int(number(p, QStringLiteral("pbkdf2-iterations"), 1, 10000000));
    c.rateLimit = int(number(p, QStringLiteral("rate-limit"), 1, 100000000));
    c.aiRateLimit = int(number(p, QStringLiteral("ai-rate-limit"), 1, 100000000));
    c.generationRateLimit = int(number(p, QStringLiteral("generation-rate-limit"), 1, 100000000));
    c.quotaBytes = number(p, QStringLiteral("quota-bytes"), 0, 1LL << 50);
    c.aiQuota = int(number(p, QStringLiteral("ai-quota"), 0, 100000000));
    c.chunkSize = int(number(p, QStringLiteral("chunk-size"), 1024, 64 * 1024 * 1024));
    c.publishIntervalSec = int(number(p, QStringLiteral("publish-interval"), 0, 86400));
    c.sseKeepAliveSec = int(number(p, QStringLiteral("sse-keepalive"), 1, 3600));
    c.generationDelayMs = int(number(p, QStringLiteral("generation-delay"), 0, 600000));
    c.campaignTimeScale = int(number(p, QStringLiteral("campaign-time-scale"), 1, 1000000));
    c.campaignDailyLimit = int(number(p, QStringLiteral("campaign-daily-limit"), 1, 1000000));
    return c;
}
