// bench_server_load [--duration 300] [--rate 1000] [--users 20] [--posts-per-user 30]
//
// Open-loop load on loopback: `rate` requests a minute of mixed reads and
// writes (lists, details, feed, calendar, creates with Idempotency-Key,
// edits and schedules with If-Match, deletes) spread over `users` users
// with the server's default per-user limit (100/min), for `duration`
// seconds. Requests go out on a fixed clock whatever the answers do, so a
// slow server cannot slow the load down. Passes with no error and
// p95 < 200 ms.
#include "bench_support.h"
#include "load_scenario.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QTimer>
#include <QUuid>
#include <algorithm>
#include <cstdio>

namespace {

struct Sample {
    QString kind;
    double ms = 0;
    int status = 0;
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int duration = option(args, QStringLiteral("--duration"), QStringLiteral("300")).toInt();
    const int rate = option(args, QStringLiteral("--rate"), QStringLiteral("1000")).toInt();
    const int userCount = option(args, QStringLiteral("--users"), QStringLiteral("20")).toInt();
    const int postsPerUser = option(args, QStringLiteral("--posts-per-user"), QStringLiteral("30")).toInt();

    BenchServer server({QStringLiteral("--pbkdf2-iterations"), QStringLiteral("10000"), QStringLiteral("--publish-interval"),
                        QStringLiteral("15")});
    if (!server.start(60000))
        return 2;
    QNetworkAccessManager nam;
    QList<LoadUser> users;
    LoadScenario scenario(2026);
    for (int i = 0; i < userCount; ++i) {
        LoadUser u;
        u.token = registerUser(nam, server.url(), QStringLiteral("charge-%1@pitchside.test").arg(i), QStringLiteral("Charge2026!!"));
        if (u.token.isEmpty()) {
            std::fprintf(stderr, "cannot register user %d\n", i);
            return 2;
        }
        // Some history to read from the start (counts against the user's
        // 100/min like any request; the load itself asks 50/min per user).
        for (int p = 0; p < postsPerUser; ++p) {
            const QDateTime when = QDateTime::currentDateTimeUtc().addDays(p - postsPerUser / 2);
            const nlohmann::json post = {{"platforms", {"facebook"}}, {"content", "Historique " + std::to_string(p)},
                                         {"status", p < postsPerUser / 2 ? "published" : "draft"},
                                         {"published_at", when.toString(Qt::ISODate).toStdString()},
                                         {"scheduled_at", when.toString(Qt::ISODate).toStdString()}};
            const BlockingReply r = blockingRequest(nam, "POST", server.url() + QStringLiteral("/api/content/posts"),
                                                    QByteArray::fromStdString(post.dump()),
                                                    {{"Authorization", "Bearer " + u.token.toLatin1()}});
            const auto j = r.json();
            if (r.status != 201) {
                std::fprintf(stderr, "setup post failed: %d %s\n", r.status, r.body.constData());
                return 2;
            }
            const QString id = QString::fromStdString(j["data"]["id"].get<std::string>());
            u.posts.insert(id, j["data"]["version"].get<qint64>());
            if (p >= postsPerUser / 2)
                u.editable.insert(id);
        }
        users << u;
    }
    std::printf("load: %d requests/min for %d s over %d users (server limit 100/min/user), %s\n", rate, duration,
                userCount, qPrintable(server.url()));
    std::fflush(stdout);

    std::vector<Sample> samples;
    int inFlight = 0, sent = 0, networkErrors = 0;
    const int total = int(qint64(rate) * duration / 60);
    QElapsedTimer clock;
    clock.start();
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        // Catch up with the schedule: request k goes out at k * 60000 / rate ms.
        while (sent < total && clock.elapsed() >= qint64(sent) * 60000 / rate) {
            LoadUser &user = users[sent % users.size()];
            const LoadRequest req = scenario.next(user);
            QNetworkRequest nr(QUrl(server.url() + req.path));
            nr.setTransferTimeout(30000);
            if (!req.body.isEmpty())
                nr.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            for (auto it = req.headers.constBegin(); it != req.headers.constEnd(); ++it)
                nr.setRawHeader(it.key(), it.value());
            auto *timer = new QElapsedTimer;
            timer->start();
            QNetworkReply *reply = nam.sendCustomRequest(nr, req.method, req.body);
            ++inFlight;
            ++sent;
            const int userIndex = (sent - 1) % int(users.size());
            QObject::connect(reply, &QNetworkReply::finished, [&, reply, timer, req, userIndex] {
                const double ms = double(timer->nsecsElapsed()) / 1e6;
                delete timer;
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (reply->error() != QNetworkReply::NoError && status == 0)
                    ++networkErrors;
                LoadScenario::learn(users[userIndex], req, status, reply->readAll());
                samples.push_back({req.kind, ms, status});
                reply->deleteLater();
                --inFlight;
            });
        }
        if (sent >= total && inFlight == 0)
            app.quit();
        static qint64 lastReport = 0;
        if (clock.elapsed() - lastReport >= 60000) {
            lastReport = clock.elapsed();
            std::printf("  %3lld s: %d sent, %zu answered\n", lastReport / 1000, sent, samples.size());
            std::fflush(stdout);
        }
    });
    tick.start();
    app.exec();

    std::vector<double> all;
    QHash<QString, std::vector<double>> byKind;
    QHash<int, int> statuses;
    int errors = networkErrors;
    for (const Sample &s : samples) {
        all.push_back(s.ms);
        byKind[s.kind].push_back(s.ms);
        statuses[s.status] += 1;
        if (s.status >= 400 || s.status == 0)
            ++errors;
    }
    const double seconds = double(clock.elapsed()) / 1000.0;
    const double p95 = percentile(all, 0.95);
    std::printf("requests: %zu in %.1f s (%.0f/min); errors: %d\n", samples.size(), seconds, double(samples.size()) * 60 / seconds, errors);
    for (auto it = statuses.constBegin(); it != statuses.constEnd(); ++it)
        std::printf("  HTTP %d: %d\n", it.key(), it.value());
    for (auto it = byKind.constBegin(); it != byKind.constEnd(); ++it)
        std::printf("  %-12s n=%-5zu p50 %6.1f ms  p95 %6.1f ms\n", qPrintable(it.key()), it.value().size(),
                    percentile(it.value(), 0.5), percentile(it.value(), 0.95));
    std::printf("latency: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms\n", percentile(all, 0.5), p95,
                percentile(all, 0.99), percentile(all, 1.0));
    const bool pass = errors == 0 && p95 < 200.0;
    std::printf("ratio p95/budget = %.3f (p95 %.1f ms / 200 ms), errors %d: %s\n", p95 / 200.0, p95, errors, pass ? "PASS" : "FAIL");
    return pass ? 0 : 1;
}
