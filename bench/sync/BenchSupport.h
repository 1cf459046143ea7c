#pragma once

// What the sync benchmarks share: the seeded reference server, the app's
// sync on a store of its own, the floor (curl + nlohmann + one transaction),
// and the report lines.
#include "models/store/Store.h"
#include "sync/SyncController.h"
#include "sync/auth/TokenStore.h"
#include "tests/integration/TestServer.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <vector>

namespace pitchside::bench {

inline const QString kEmail = QStringLiteral("bench@pitchside.test");
inline const QString kPassword = QStringLiteral("Bench2026!");

// The app's side: a fresh store and the real sync (thread and all).
class EngineClient
{
public:
    EngineClient(const QUrl &server, const QString &dir, store::ChangeHub *hub = nullptr);
    ~EngineClient();
    bool signIn();
    store::Store &store() { return *m_store; }
    sync::SyncController &controller() { return *m_controller; }
    sync::SyncReport sync(int timeoutMs = 30 * 60 * 1000);

private:
    QUrl m_server;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<sync::auth::TokenStore> m_tokens;
    std::unique_ptr<sync::SyncController> m_controller;
};


// PITCHSIDE_BENCH_POSTS, else 100,000.
int postCount();
// Starts the reference server in `dir` seeded with `posts` posts (bench:N),
// saying what is being done; false (and why on stderr) if it cannot start.
bool startSeededServer(test::TestServer &server, const QString &dir, int posts, const char *doing);

QString loginToken(const QUrl &server);
qint64 peakRssKb();
double median(std::vector<double> values);
void report(const QString &name, double figure, const QString &unit, double floor, const QString &limit);

} // namespace pitchside::bench
