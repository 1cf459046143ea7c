#include "SyncFixture.h"

#include "Browser.h"

#include "models/PostStatus.h"
#include "models/store/ConflictRepository.h"
#include "models/store/PushQueue.h"
#include "sync/auth/SignIn.h"
#include "sync/entities/FieldCodec.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QImage>
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

TypeState TypeState::of(const sync::EntitySpec &spec, const QVector<store::EntityRow> &rows)
{
    TypeState state;
    state.type = spec.type;
    for (const store::EntityRow &row : rows) {
        QMap<QString, QString> &item = state.items[row.id];
        for (int i = 0; i < int(spec.fields.size()); ++i) {
            const sync::FieldSpec &f = spec.fields.at(std::size_t(i));
            item.insert(f.column, QString::fromStdString(sync::codec::encode(f.codec, row.values.value(i)).dump()));
        }
        for (int i = 0; i < int(spec.children.size()); ++i)
            item.insert(QString::fromStdString(spec.children.at(std::size_t(i)).key), row.children.value(i).join(u','));
    }
    return state;
}

char *toString(const TypeState &state)
{
    QString text = state.type + QStringLiteral(": %1 item(s)").arg(state.items.size());
    for (auto it = state.items.cbegin(); it != state.items.cend(); ++it) {
        text += QStringLiteral("\n  ") + it.key() + QStringLiteral(" {");
        for (auto f = it.value().cbegin(); f != it.value().cend(); ++f)
            text += f.key() + u'=' + f.value().left(80) + QStringLiteral("; ");
        text += u'}';
    }
    return qstrdup(text.toUtf8().constData());
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
    // Ours, or Social Media Planner's {user, session: {…}} (--shape smp).
    const json tokens = d.contains("session") ? d.at("session") : d;
    m_token = QString::fromStdString(tokens.value("access_token", std::string()));
    m_refresh = QString::fromStdString(tokens.value("refresh_token", std::string()));
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
            // Social Media Planner's shape: one platform ("both") and media objects.
            if (const std::string one = p.value("platform", std::string()); !one.empty())
                s.platforms << (one == "both" ? QStringList{QStringLiteral("instagram"), QStringLiteral("linkedin")}
                                              : QStringList{QString::fromStdString(one)});
            std::sort(s.platforms.begin(), s.platforms.end());
            for (const json &m : p.value("media_ids", json::array()))
                s.media << QString::fromStdString(m.get<std::string>());
            for (const json &m : p.value("media", json::array()))
                s.media << QString::fromStdString(m.at("id").get<std::string>());
            out.insert(QString::fromStdString(p.at("id").get<std::string>()), s);
        }
        const json meta = r.body.value("meta", json::object());
        if (!meta.value("has_more", false))
            break;
        cursor = QString::fromStdString(meta.value("next_cursor", std::string()));
    }
    return out;
}

QString RemoteUser::connectSocialAccount(const QString &platform)
{
    // The app's listener is not needed: the browser stops at its address.
    const QString returnTo = QStringLiteral("http://127.0.0.1:9/callback");
    const QString challenge = QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    const HttpResult r = m_server.http().request(
        "POST", QStringLiteral("/api/social/%1/connect").arg(platform),
        {{"return_to", returnTo.toStdString()}, {"state", "state-of-the-test"},
         {"code_challenge", challenge.toStdString()}, {"code_challenge_method", "S256"}},
        m_token);
    if (r.status != 200 || !r.data().contains("authorization_url"))
        return {};
    Browser browser;
    QUrl at = QUrl(QString::fromStdString(r.data()["authorization_url"].get<std::string>()));
    for (int hop = 0; hop < 4 && at.port() != 9; ++hop) {
        QUrl next;
        if (browser.getOnce(at, &next).status != 302)
            return {};
        at = next;
    }
    const QUrlQuery back(at);
    if (back.queryItemValue(QStringLiteral("result")) != u"connected"
        || back.queryItemValue(QStringLiteral("state")) != u"state-of-the-test")
        return {};
    return back.queryItemValue(QStringLiteral("account_id"));
}

QString RemoteUser::uploadImage(const QString &filename, int seed)
{
    QImage image(96, 64, QImage::Format_RGB32);
    image.fill(QColor::fromHsv((seed * 47) % 360, 200, 220));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    const QByteArray sha = QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex();
    Http &http = m_server.http();
    const HttpResult declared = http.request("POST", QStringLiteral("/api/media/uploads"),
                                             {{"filename", filename.toStdString()},
                                              {"size", png.size()},
                                              {"mime_type", "image/png"},
                                              {"sha256", sha.toStdString()}},
                                             m_token);
    // Under injected faults an answer may be anything: only objects read.
    const json d = declared.data();
    if (!d.is_object())
        return {};
    if (d.value("deduplicated", false) && d.contains("media") && d["media"].is_object())
        return QString::fromStdString(d.at("media").value("id", std::string()));
    if (!d.contains("upload_id") || !d["upload_id"].is_string())
        return {};
    const QString upload = QString::fromStdString(d["upload_id"].get<std::string>());
    const qint64 chunk = d.contains("chunk_size") && d["chunk_size"].is_number_integer()
                             ? qMax<qint64>(1, d["chunk_size"].get<qint64>()) : qint64(1 << 20);
    for (qint64 i = 0; i * chunk < png.size(); ++i) {
        const HttpResult r = http.requestBytes(
            "PUT", QStringLiteral("/api/media/uploads/%1/chunks/%2").arg(upload).arg(i), png.mid(i * chunk, chunk),
            "application/octet-stream", m_token);
        if (r.status != 200 && r.status != 201)
            return {};
    }
    const HttpResult done =
        http.request("POST", QStringLiteral("/api/media/uploads/%1/complete").arg(upload), json::object(), m_token);
    const json item = done.data();
    if (!item.is_object() || !item.contains("id") || !item["id"].is_string())
        return {};
    return QString::fromStdString(item["id"].get<std::string>());
}

TypeState RemoteUser::state(const sync::EntitySpec &spec)
{
    // The feed keeps each entity's latest change: replaying it from 0 gives
    // the server's current state, in the same shape the client pulls.
    QMap<QString, store::EntityRow> live;
    qint64 since = 0;
    for (int page = 0; page < 10000; ++page) {
        const HttpResult r = m_server.http().request(
            "GET", QStringLiteral("/api/sync/changes?since=%1&limit=1000").arg(since), json(), m_token);
        if (r.status != 200)
            break;
        const json d = r.data();
        for (const json &c : d.value("changes", json::array())) {
            if (c.value("type", std::string()) != spec.type.toStdString())
                continue;
            const QString id = QString::fromStdString(c.value("id", std::string()));
            if (c.value("op", std::string()) == "delete") {
                live.remove(id);
                continue;
            }
            try {
                live.insert(id, spec.rowFromJson(c.at("item")));
            } catch (const std::exception &e) {
                qWarning() << "the server's" << spec.type << id << "does not read:" << e.what();
            }
        }
        since = d.value("last_seq", since);
        if (!d.value("has_more", false))
            break;
    }
    return TypeState::of(spec, live.values());
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
        config.intervalMinutes = m_intervalMinutes; // 0: only when the test syncs
        config.registry = m_registry;
        if (m_deadlineMs > 0)
            config.requestDeadlineMs = m_deadlineMs;
        if (m_pageSize > 0)
            config.pageSize = m_pageSize;
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
        if (store::PushQueue(m_store->database().sql()).retryNow(0, false))
            return false;
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

TypeState SyncClient::state(const sync::EntitySpec &spec)
{
    return TypeState::of(spec, store::EntityRows(m_store->database().sql(), spec.table())
                                   .select(QStringLiteral("deleted = 0 ORDER BY id")));
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
