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

namespace {

QVariant text(const json &item, const char *key)
{
    const auto it = item.find(key);
    return it != item.end() && it->is_string() ? QVariant(QString::fromStdString(it->get<std::string>()))
                                               : QVariant(QMetaType::fromType<QString>());
}

QVariant time(const json &item, const char *key)
{
    const auto it = item.find(key);
    if (it == item.end() || !it->is_string())
        return QVariant(QMetaType::fromType<qint64>());
    return QVariant(sync::api::parseRfc3339(it->get_ref<const std::string &>()).value_or(0));
}

int platforms(const json &item)
{
    int mask = 0;
    for (const json &p : item.value("platforms", json::array())) {
        const std::string s = p.get<std::string>();
        mask |= s == "linkedin" ? 1 : s == "instagram" ? 2 : s == "facebook" ? 4 : 0;
    }
    return mask;
}

} // namespace

FloorResult fullSyncFloor(const QUrl &server, const QString &token, const QString &storePath)
{
    FloorResult result;
    store::StoreError e;
    auto st = store::Store::open(storePath, &e);
    if (!st)
        qFatal("floor store: %s", qPrintable(e.detail));
    QSqlDatabase &db = st->database().sql();
    QElapsedTimer timer;
    timer.start();
    store::Transaction tx(db);
    QSqlQuery post(db), media(db), link(db);
    post.prepare(QStringLiteral(
        "INSERT INTO posts (id, profile_id, platforms, content, hashtags, first_comment, status, scheduled_at, "
        "published_at, error_message, idea_source, ai_generated, rating, template_id, metadata, created_at, "
        "updated_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    media.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO media (id, type, filename, mime_type, size_bytes, width, height, tags, alt_text, sha256, "
        "variants, blur_hash, created_at, updated_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    link.prepare(QStringLiteral("INSERT INTO post_media (post_id, media_id, position) VALUES (?,?,?)"));
    QTemporaryFile page;
    page.open();
    qint64 since = 0;
    for (;;) {
        QProcess curl;
        curl.start(QStringLiteral("curl"),
                   {QStringLiteral("-s"), QStringLiteral("--compressed"), QStringLiteral("-o"), page.fileName(),
                    QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") + token,
                    server.toString() + QStringLiteral("/api/sync/changes?since=%1&limit=1000").arg(since)});
        curl.waitForFinished(120000);
        QFile f(page.fileName());
        f.open(QIODevice::ReadOnly);
        const QByteArray bytes = f.readAll();
        const json root = json::parse(bytes.constBegin(), bytes.constEnd());
        const json &data = root.at("data");
        for (const json &c : data.at("changes")) {
            if (c.at("op") != "upsert")
                continue;
            const json &item = c.at("item");
            const std::string type = c.at("type").get<std::string>();
            if (type == "post") {
                const QString id = QString::fromStdString(item.at("id").get<std::string>());
                post.addBindValue(id);
                post.addBindValue(text(item, "profile_id"));
                post.addBindValue(platforms(item));
                post.addBindValue(text(item, "content"));
                post.addBindValue(QString::fromStdString(item.value("hashtags", json::array()).dump()));
                post.addBindValue(text(item, "first_comment"));
                post.addBindValue(text(item, "status"));
                post.addBindValue(time(item, "scheduled_at"));
                post.addBindValue(time(item, "published_at"));
                post.addBindValue(text(item, "error_message"));
                post.addBindValue(text(item, "idea_source"));
                post.addBindValue(item.value("ai_generated", false) ? 1 : 0);
                post.addBindValue(item.value("rating", json()).is_number() ? QVariant(item.at("rating").get<int>())
                                                                           : QVariant(QMetaType::fromType<int>()));
                post.addBindValue(text(item, "template_id"));
                post.addBindValue(QString::fromStdString(item.value("metadata", json::object()).dump()));
                post.addBindValue(time(item, "created_at"));
                post.addBindValue(time(item, "updated_at"));
                post.addBindValue(item.at("version").get<qint64>());
                post.exec();
                int position = 0;
                for (const json &m : item.value("media_ids", json::array())) {
                    link.addBindValue(id);
                    link.addBindValue(QString::fromStdString(m.get<std::string>()));
                    link.addBindValue(position++);
                    link.exec();
                }
                ++result.rows;
            } else if (type == "media") {
                media.addBindValue(text(item, "id"));
                media.addBindValue(text(item, "type"));
                media.addBindValue(text(item, "filename"));
                media.addBindValue(text(item, "mime_type"));
                media.addBindValue(item.value("size_bytes", qint64(0)));
                media.addBindValue(item.value("width", 0));
                media.addBindValue(item.value("height", 0));
                media.addBindValue(QString::fromStdString(item.value("tags", json::array()).dump()));
                media.addBindValue(item.value("alt_text", json()).is_string() ? text(item, "alt_text") : QVariant(QString()));
                media.addBindValue(text(item, "sha256"));
                media.addBindValue(QString::fromStdString(item.value("variants", json::object()).dump()));
                media.addBindValue(item.at("variants").value("blur_hash", json()).is_string()
                                       ? QVariant(QString::fromStdString(item.at("variants").at("blur_hash").get<std::string>()))
                                       : QVariant(QMetaType::fromType<QString>()));
                media.addBindValue(time(item, "created_at"));
                media.addBindValue(time(item, "updated_at"));
                media.addBindValue(item.at("version").get<qint64>());
                media.exec();
                ++result.rows;
            }
        }
        since = data.at("last_seq").get<qint64>();
        if (!data.at("has_more").get<bool>())
            break;
    }
    tx.commit();
    result.ms = timer.elapsed();
    result.lastSeq = since;
    return result;
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
