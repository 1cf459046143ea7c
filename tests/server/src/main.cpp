// pitchside-server: the reference backend of the Pitchside contract.
// Usage: pitchside-server --port N --data-dir DIR [--seed demo|bench:N]
//        [--test-mode] [--bind ADDR] ... (see --help and README.md)
#include "auth/rate_limiter.h"
#include "auth/sessions.h"
#include "core/app_context.h"
#include "core/config.h"
#include "core/jobs.h"
#include "core/log.h"
#include "faults/fault_injector.h"
#include "http/event_hub.h"
#include "http/http_server.h"
#include "http/idempotency.h"
#include "http/pipeline.h"
#include "http/router.h"
#include "modules/social_vault.h"
#include "seed/seeding.h"
#include "store/database.h"
#include "store/entity_store.h"
#include "store/feed.h"

#include <QDir>
#include <QGuiApplication>
#include <QSocketNotifier>
#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    // write() is async-signal-safe; the event loop does the real work.
    [[maybe_unused]] const auto n = ::write(signalPipe[0], &c, 1);
}

void installSignalHandlers(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        qFatal("socketpair failed");
    auto *notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] {
        char c;
        [[maybe_unused]] const auto n = ::read(signalPipe[1], &c, 1);
        qCInfo(lcHttp) << "stopping";
        app.quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);
    std::signal(SIGPIPE, SIG_IGN);
}

void registerRoutes(Router &router, AppContext &ctx)
{
    for (const auto &module : RouteModules::all())
        module.second(router, ctx);
}

void printLine(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    // Images (variants, seeded visuals) are drawn with QPainter, which needs
    // a GUI application; the server never shows a window.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pitchside-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral("1.0"));

    AppContext ctx;
    ctx.config = Config::fromArguments(QCoreApplication::arguments());
    Router router;
    if (ctx.config.listRoutes) {
        registerRoutes(router, ctx);
        for (const QString &r : router.list())
            printLine(r);
        return 0;
    }

    if (!QDir().mkpath(ctx.config.dataDir)) {
        std::fprintf(stderr, "pitchside-server: cannot create %s\n", qPrintable(ctx.config.dataDir));
        return 1;
    }
    Database db(QDir(ctx.config.dataDir).filePath(QStringLiteral("pitchside-server.sqlite")));
    Feed feed(db);
    EntityStore store(db, feed);
    EventHub events(ctx.config.sseKeepAliveSec);
    Sessions sessions(db, ctx.config);
    RateLimiter limiter;
    Idempotency idempotency(db);
    FaultInjector faults;
    Jobs jobs(ctx);
    SocialVault socialVault(db, ctx.config.dataDir);
    ctx.db = &db;
    ctx.feed = &feed;
    ctx.store = &store;
    ctx.events = &events;
    ctx.sessions = &sessions;
    ctx.limiter = &limiter;
    ctx.idempotency = &idempotency;
    ctx.faults = &faults;
    ctx.jobs = &jobs;
    ctx.socialVault = &socialVault;
    feed.setNotifier([&events](const QString &userId, qint64 lastSeq) {
        events.publish(userId, "change", {{"last_seq", lastSeq}});
    });
    feed.setEventSink([&events](const QString &userId, const QByteArray &event, const json &data,
                                const QString &exceptSession) { events.publish(userId, event, data, exceptSession); });
    events.setMuted([&faults] { return faults.eventsMuted; });
    sessions.onRevoked = [&events](const QString &sid) { events.closeSession(sid); };

    registerRoutes(router, ctx);
    Pipeline pipeline(ctx, router);
    HttpServer server(pipeline);
    const quint16 port = server.listenOn(ctx.config.bind, ctx.config.port);
    if (port == 0) {
        std::fprintf(stderr, "pitchside-server: cannot listen on %s:%d\n",
                     qPrintable(ctx.config.bind.toString()), int(ctx.config.port));
        return 1;
    }
    const QString host = ctx.config.bind.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + ctx.config.bind.toString() + QLatin1Char(']')
        : ctx.config.bind.toString();
    ctx.baseUrl = QStringLiteral("http://%1:%2").arg(host).arg(port);

    QStringList credentials;
    if (ctx.config.seed == QLatin1String("demo"))
        credentials = seeding::demo(ctx);
    else if (ctx.config.seed.startsWith(QLatin1String("bench:")))
        credentials = seeding::bench(ctx, ctx.config.seed.mid(6).toInt());

    jobs.run("purge", [&] {
        feed.purgeOldTombstones();
        idempotency.purgeExpired();
    });
    jobs.every(3600 * 1000, "purge", [&] {
        feed.purgeOldTombstones();
        idempotency.purgeExpired();
    });
    for (const auto &module : JobModules::all())
        module.second(ctx);

    // First line: the base URL (scripts and tests wait for it).
    printLine(ctx.baseUrl);
    for (const QString &line : credentials)
        printLine(line);
    if (ctx.config.testMode)
        qCInfo(lcFaults) << "test mode: /api/test/ routes are enabled";
    installSignalHandlers(app);
    const int rc = app.exec();
    events.closeAll();
    return rc;
}
