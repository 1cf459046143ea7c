#include "BenchSupport.h"

#include "models/store/Transaction.h"
#include "sync/api/Rfc3339.h"
#include "sync/auth/SignIn.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryFile>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

namespace pitchside::bench {

using json = nlohmann::json;

EngineClient::EngineClient(const QUrl &server, const QString &dir, store::ChangeHub *hub) : m_server(server)
{
    store::StoreError e;
    m_store = store::Store::open(dir + QStringLiteral("/pitchside.sqlite"), &e);
    if (!m_store)
        qFatal("cannot open the store: %s", qPrintable(e.detail));
    m_tokens = std::make_unique<sync::auth::TokenStore>(server, QStringLiteral("bench"), dir + QStringLiteral("/tokens.lock"),
                                                        nullptr);
    sync::SyncController::Config config;
    config.storePath = m_store->path();
    config.server = server;
    config.tokens = m_tokens.get();
    config.hub = hub ? hub : &m_store->hub();
    config.uiDatabase = &m_store->database();
    config.live = false;
    config.watchNetwork = false;
    config.intervalMinutes = 0;
    m_controller = std::make_unique<sync::SyncController>(config);
}

EngineClient::~EngineClient()
{
    m_controller.reset();
    m_tokens.reset();
    m_store.reset();
}

bool EngineClient::signIn()
{
    sync::auth::SignIn signIn;
    sync::auth::SignInResult result;
    QEventLoop loop;
    signIn.start(m_server.toString(), kEmail, kPassword, [&](const sync::auth::SignInResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    if (!result.ok())
        return false;
    m_tokens->setTokens({result.session.accessToken, result.session.refreshToken, 0});
    return true;
}

sync::SyncReport EngineClient::sync(int timeoutMs)
{
    return m_controller->syncAndWait(timeoutMs);
}

int postCount()
{
    const int n = qEnvironmentVariableIntValue("PITCHSIDE_BENCH_POSTS");
    return n > 0 ? n : 100000;
}

bool startSeededServer(test::TestServer &server, const QString &dir, int posts, const char *doing)
{
    test::TestServer::Options options;
    options.seed = QStringLiteral("bench:%1").arg(posts);
    std::printf("seeding %d posts%s…\n", posts, doing);
    std::fflush(stdout);
    if (server.start(dir, options))
        return true;
    std::fprintf(stderr, "cannot start pitchside-server\n");
    return false;
}

QString loginToken(const QUrl &server)
{
    QProcess curl;
    curl.start(QStringLiteral("curl"), {QStringLiteral("-s"), QStringLiteral("-X"), QStringLiteral("POST"),
                                        server.toString() + QStringLiteral("/api/auth/login"), QStringLiteral("-H"),
                                        QStringLiteral("Content-Type: application/json"), QStringLiteral("-d"),
                                        QStringLiteral(R"({"email":"%1","password":"%2"})").arg(kEmail, kPassword)});
    curl.waitForFinished(60000);
    const QByteArray body = curl.readAllStandardOutput();
    const json j = json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    return j.is_object() ? QString::fromStdString(j.at("data").value("access_token", std::string())) : QString();
}

qint64 peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

void report(const QString &name, double figure, const QString &unit, double floor, const QString &limit)
{
    std::printf("%-28s %10.1f %-3s floor %10.1f %-3s ratio %5.2f   (%s)\n", qPrintable(name), figure, qPrintable(unit),
                floor, qPrintable(unit), floor > 0 ? figure / floor : 0.0, qPrintable(limit));
    std::fflush(stdout);
}

} // namespace pitchside::bench
