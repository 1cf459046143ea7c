#include "SyncFixture.h"

#include "models/PostStatus.h"
#include "models/store/ConflictRepository.h"
#include "models/store/PushQueue.h"
#include "sync/auth/SignIn.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QTimer>
#include <QUrlQuery>

namespace pitchside::test {

QDebug operator<<(QDebug d, const PostState &p)
{
    QDebugStateSaver saver(d);
    d.nospace() << "Post(" << p.content << ", " << p.status << ", " << p.platforms << ", " << p.media << ")";
    return d;
}

std::unique_ptr<RemoteUser> startServerWithUser(TestServer &server, const QTemporaryDir &dir, const QString &tag)
{
    if (!server.start(dir.filePath(tag + QStringLiteral("-server"))))
        return nullptr;
    auto user = std::make_unique<RemoteUser>(server, tag + QStringLiteral("@club.test"));
    return user->registerUser() ? std::move(user) : nullptr;
}

std::unique_ptr<SyncClient> signedInClient(TestServer &server, const QTemporaryDir &dir, const QString &tag,
                                           RemoteUser &user)
{
    QDir().mkpath(dir.filePath(tag));
    auto client = std::make_unique<SyncClient>(server, dir.filePath(tag));
    return client->signIn(user.email(), user.password()) ? std::move(client) : nullptr;
}

bool waitFor(const std::function<bool()> &condition, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

// ---------------------------------------------------------------- RemoteUser

RemoteUser::RemoteUser(TestServer &server, QString email, QString password)
    : m_server(server), m_email(std::move(email)), m_password(std::move(password))
{
}

bool RemoteUser::takeSession(const HttpResult &r)
{
    if (r.status != 200 && r.status != 201)
        return false;
    const json d = r.data();
    m_token = QString::fromStdString(d.value("access_token", std::string()));
    m_refresh = QString::fromStdString(d.value("refresh_token", std::string()));
    m_userId = QString::fromStdString(d.at("user").value("id", std::string()));
    return !m_token.isEmpty();
}

bool RemoteUser::registerUser(const QString &name)
{
    return takeSession(m_server.http().request(
        "POST", QStringLiteral("/api/auth/register"),
        {{"email", m_email.toStdString()}, {"password", m_password.toStdString()}, {"name", name.toStdString()}}));
}

bool RemoteUser::login()
{
    return takeSession(m_server.http().request(
        "POST", QStringLiteral("/api/auth/login"),
        {{"email", m_email.toStdString()}, {"password", m_password.toStdString()}}));
}

bool RemoteUser::refresh()
{
    return takeSession(m_server.http().request("POST", QStringLiteral("/api/auth/refresh"),
                                               {{"refresh_token", m_refresh.toStdString()}}));
}

HttpResult RemoteUser::createPost(const json &body, const QString &key)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!key.isEmpty())
        headers << qMakePair(QByteArray("Idempotency-Key"), key.toLatin1());
    return m_server.http().request("POST", QStringLiteral("/api/content/posts"), body, m_token, headers);
}

HttpResult RemoteUser::patchPost(const QString &id, const json &body, qint64 ifMatch)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (ifMatch >= 0)
        headers << qMakePair(QByteArray("If-Match"), '"' + QByteArray::number(ifMatch) + '"');
    return m_server.http().request("PATCH", QStringLiteral("/api/content/posts/") + id, body, m_token, headers);
}

HttpResult RemoteUser::deletePost(const QString &id, qint64 ifMatch)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (ifMatch >= 0)
        headers << qMakePair(QByteArray("If-Match"), '"' + QByteArray::number(ifMatch) + '"');
    return m_server.http().request("DELETE", QStringLiteral("/api/content/posts/") + id, json(), m_token, headers);
}

json RemoteUser::post(const QString &id)
{
    return m_server.http().request("GET", QStringLiteral("/api/content/posts/") + id, json(), m_token).data();
}

PostSnapshot RemoteUser::posts()
{
    PostSnapshot out;
    QString cursor;
    for (int page = 0; page < 1000; ++page) {
        QString path = QStringLiteral("/api/content/posts?limit=100");
        if (!cursor.isEmpty())
            path += QStringLiteral("&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
        const HttpResult r = m_server.http().request("GET", path, json(), m_token);
        if (r.status != 200)
            break;
        for (const json &p : r.data()) {
            PostState s;
            s.content = QString::fromStdString(p.value("content", std::string()));
            s.status = QString::fromStdString(p.value("status", std::string()));
            for (const json &pl : p.value("platforms", json::array()))
                s.platforms << QString::fromStdString(pl.get<std::string>());
            std::sort(s.platforms.begin(), s.platforms.end());
            for (const json &m : p.value("media_ids", json::array()))
                s.media << QString::fromStdString(m.get<std::string>());
            out.insert(QString::fromStdString(p.at("id").get<std::string>()), s);
        }
        const json meta = r.body.value("meta", json::object());
        if (!meta.value("has_more", false))
            break;
        cursor = QString::fromStdString(meta.value("next_cursor", std::string()));
    }
    return out;
}

int RemoteUser::postCount()
{
    return int(posts().size());
}

// ---------------------------------------------------------------- SyncClient

SyncClient::SyncClient(TestServer &server, const QString &dir) : m_server(server), m_dir(dir)
{
    store::StoreError e;
    m_store = store::Store::open(dir + QStringLiteral("/pitchside.sqlite"), &e);
    if (!m_store)
        qFatal("cannot open the test store: %s", qPrintable(e.detail));
    // No keychain here: the keychain has tests of its own (tst_keychain).
    m_tokens = std::make_unique<sync::auth::TokenStore>(server.url(), QStringLiteral("test"),
                                                        dir + QStringLiteral("/tokens.lock"), nullptr);
}

SyncClient::~SyncClient()
{
    m_controller.reset();
    m_tokens.reset();
    m_store.reset();
}

bool SyncClient::signIn(const QString &email, const QString &password)
{
    sync::auth::SignIn signIn;
    sync::auth::SignInResult result;
    bool done = false;
    signIn.start(m_server.url().toString(), email, password, [&](const sync::auth::SignInResult &r) {
        result = r;
        done = true;
    });
    if (!waitFor([&] { return done; }, 30000) || !result.ok())
        return false;
    sync::auth::Tokens t;
    t.access = result.session.accessToken;
    t.refresh = result.session.refreshToken;
    m_tokens->setTokens(t);
    return true;
}

sync::SyncController &SyncClient::controller()
{
    if (!m_controller) {
        sync::SyncController::Config config;
        config.storePath = m_store->path();
        config.server = m_server.url();
        config.language = "en";
        config.tokens = m_tokens.get();
        config.hub = &m_store->hub();
        config.uiDatabase = &m_store->database();
        config.live = m_live;
        config.watchNetwork = false;
        config.intervalMinutes = 0;
        m_controller = std::make_unique<sync::SyncController>(config);
    }
    return *m_controller;
}

sync::SyncReport SyncClient::sync(int timeoutMs)
{
    return controller().syncAndWait(timeoutMs);
}

bool SyncClient::syncUntilClean(int rounds)
{
    for (int i = 0; i < rounds; ++i) {
        store::PushQueue(m_store->database().sql()).retryNow(0, false);
        const sync::SyncReport r = sync();
        if (r.ok() && waiting() == 0)
            return true;
    }
    return false;
}

QString SyncClient::createPost(const QString &content, Platforms platforms)
{
    Post p;
    p.content = content;
    p.platforms = platforms;
    return m_store->posts().create(p) ? QString() : p.id;
}

bool SyncClient::editPost(const QString &id, const QString &content)
{
    return !m_store->posts().update(id, [&](Post &p) { p.content = content; });
}

bool SyncClient::deletePost(const QString &id)
{
    return !m_store->posts().remove(id);
}

PostSnapshot SyncClient::posts()
{
    PostSnapshot out;
    store::PostCursor after;
    for (;;) {
        const QVector<PostSummary> page = m_store->posts().page({}, after, 500);
        for (const PostSummary &summary : page) {
            const Post p = *m_store->posts().find(summary.id);
            PostState s;
            s.content = p.content;
            s.status = postStatusKey(p.status);
            s.platforms = platformKeys(p.platforms);
            std::sort(s.platforms.begin(), s.platforms.end());
            s.media = p.mediaIds;
            out.insert(p.id, s);
        }
        if (page.size() < 500)
            break;
        after = store::PostCursor{page.constLast().updatedAtMs, page.constLast().id};
    }
    return out;
}

int SyncClient::waiting()
{
    return store::PushQueue(m_store->database().sql()).countWaiting();
}

int SyncClient::conflicts()
{
    return store::ConflictRepository(m_store->database().sql()).count();
}

int SyncClient::parked()
{
    return m_store->outbox().countInState(store::Outbox::State::Parked);
}

} // namespace pitchside::test
