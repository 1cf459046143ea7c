#pragma once

// A fixture in the spirit of Nextcloud's syncenginetestutils.h, against the
// real reference server: each test owns a temporary folder, a fresh server
// process and database, real clients (the app's store and sync engine over
// real HTTP), and "other devices" speaking plain REST. States of both sides
// come out as snapshots that compare with ==, so that most tests end in
// one QCOMPARE(client.posts(), remote.posts()).
#include "TestServer.h"
#include "models/store/Store.h"
#include "sync/SyncController.h"
#include "sync/auth/TokenStore.h"
#include "sync/entities/EntitySpec.h"

#include <QDebug>
#include <QMap>
#include <QStringList>
#include <QTemporaryDir>

namespace pitchside::test {

struct PostState
{
    QString content;
    QString status;
    QStringList platforms;
    QStringList media;
    bool operator==(const PostState &) const = default;
};
using PostSnapshot = QMap<QString, PostState>; // by id
QDebug operator<<(QDebug d, const PostState &p);

// One synced type as a side holds it: every live item, by id, with each of
// its synced columns as the server's JSON would write it. Built the same way
// from the store's rows and from the server's changes feed, so that a test
// of any type ends in one QCOMPARE(client.state(spec), remote.state(spec)).
struct TypeState
{
    QString type;
    QMap<QString, QMap<QString, QString>> items; // id -> field -> JSON text
    bool operator==(const TypeState &o) const { return items == o.items; }
    // Rows in `spec`'s synced columns (the server's copy or the store's).
    static TypeState of(const sync::EntitySpec &spec, const QVector<store::EntityRow> &rows);
};
// For QCOMPARE: only what differs between the two sides is worth reading,
// so a failing comparison prints each side's items compactly.
char *toString(const TypeState &state);

// Another device of the same user, or another user: plain REST.
class RemoteUser
{
public:
    RemoteUser(TestServer &server, QString email, QString password = QStringLiteral("Passw0rd-long!"));

    bool registerUser(const QString &name = QStringLiteral("Test Club"));
    bool login();
    bool refresh(); // rotates the pair, like any client

    QString email() const { return m_email; }
    QString password() const { return m_password; }
    QString token() const { return m_token; }
    QString refreshToken() const { return m_refresh; }
    QString userId() const { return m_userId; }

    HttpResult createPost(const json &body, const QString &idempotencyKey = {});
    HttpResult patchPost(const QString &id, const json &body, qint64 ifMatch = -1);
    HttpResult deletePost(const QString &id, qint64 ifMatch = -1);
    json post(const QString &id);
    PostSnapshot posts();
    int postCount();
    // An image uploaded as the web app would (declare, chunks, complete):
    // the id of the media item, empty on failure. `seed` makes its pixels.
    QString uploadImage(const QString &filename, int seed);
    // A LinkedIn, Facebook or Instagram account connected as the app does
    // (the OAuth flow, the provider's consent automatic in test mode); the
    // account's id, empty on failure.
    QString connectSocialAccount(const QString &platform);
    // Every live item of the type, read from GET /api/sync/changes?since=0.
    TypeState state(const sync::EntitySpec &spec);

private:
    bool takeSession(const HttpResult &r);

    TestServer &m_server;
    QString m_email;
    QString m_password;
    QString m_token;
    QString m_refresh;
    QString m_userId;
};

// The app's side: a store in its own folder and the real sync engine (on
// its own thread, as in the app), signed in through the app's sign-in code.
class SyncClient
{
public:
    SyncClient(TestServer &server, const QString &dir);
    ~SyncClient();

    bool signIn(const QString &email, const QString &password);
    void setLive(bool live) { m_live = live; }
    // Polls as the app does (before the first sync); 0: only when the test syncs.
    void setIntervalMinutes(int minutes) { m_intervalMinutes = minutes; }
    // Each request's overall deadline (before the first sync).
    void setRequestDeadlineMs(int ms) { m_deadlineMs = ms; }
    // Feed items per page (before the first sync); 0: the app's.
    void setPageSize(int size) { m_pageSize = size; }
    // The types this client syncs (before its first sync); null: the built-in ones.
    void setRegistry(const sync::EntityRegistry *registry) { m_registry = registry; }

    store::Store &store() { return *m_store; }
    sync::auth::TokenStore &tokens() { return *m_tokens; }
    sync::SyncController &controller();

    sync::SyncReport sync(int timeoutMs = 60000);
    // Syncs until nothing waits (backoffs included), at most `rounds` times.
    bool syncUntilClean(int rounds = 30);

    QString createPost(const QString &content, Platforms platforms = Platform::Facebook);
    bool editPost(const QString &id, const QString &content);
    bool deletePost(const QString &id);
    PostSnapshot posts();
    // Every live item of the type in this client's store.
    TypeState state(const sync::EntitySpec &spec);
    int waiting();   // outbox entries not yet accepted
    int conflicts();
    int parked();

private:
    TestServer &m_server;
    QString m_dir;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<sync::auth::TokenStore> m_tokens;
    std::unique_ptr<sync::SyncController> m_controller;
    bool m_live = false;
    int m_intervalMinutes = 0;
    int m_deadlineMs = 0;
    int m_pageSize = 0;
    const sync::EntityRegistry *m_registry = nullptr;
};

// How most sync tests begin, in `dir` and named after the test (`tag`):
// a fresh server, and a user registered through the REST API (the "web"
// side). Null if either fails.
std::unique_ptr<RemoteUser> startServerWithUser(TestServer &server, const QTemporaryDir &dir, const QString &tag);
// The app's client in its own folder, signed in as `user`; null if it is not.
std::unique_ptr<SyncClient> signedInClient(TestServer &server, const QTemporaryDir &dir, const QString &tag,
                                           RemoteUser &user);

// Waits up to `ms` for `condition`, spinning the event loop.
bool waitFor(const std::function<bool()> &condition, int ms = 10000);

} // namespace pitchside::test
