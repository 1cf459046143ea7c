#pragma once

#include "api/Dto.h"
#include "engine/SyncReport.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <QUrl>

namespace pitchside::store {
class ChangeHub;
class Database;
} // namespace pitchside::store

namespace pitchside::sync {

namespace api {
class TokenSource;
}
class EntityRegistry;
class SyncWorker;

// The UI thread's handle on an account's sync: decides when to sync (at
// start, on a timer, on request, when the network comes back, when the
// server hints at news, when the user saves a change) and reports where
// it stands. The work itself runs on a thread of its own (SyncWorker), so
// the window never waits on the network or on a large write.
class SyncController : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        QString storePath;
        QUrl server;
        QByteArray language = "fr";
        api::TokenSource *tokens = nullptr;
        store::ChangeHub *hub = nullptr;          // the UI's hub; null for the command line
        store::Database *uiDatabase = nullptr;    // to see whether a saved change is due
        const EntityRegistry *registry = nullptr; // null: the built-in types
        bool live = true;                         // listen to the server's event stream
        bool watchNetwork = true;                 // QNetworkInformation
        int intervalMinutes = 5;                  // 0: only when asked
        int pageSize = 1000;
        int requestDeadlineMs = 120000;           // each request, head to last byte
    };

    explicit SyncController(Config config, QObject *parent = nullptr);
    ~SyncController() override;

    void start();
    void stop();
    void syncNow();
    void retryNow(qint64 seq = 0);
    void setIntervalMinutes(int minutes);
    const SyncStatus &status() const { return m_status; }
    bool isRunning() const { return m_thread.isRunning(); }

    // The command line: start if needed, sync once, wait for the report.
    SyncReport syncAndWait(int timeoutMs);

Q_SIGNALS:
    void statusChanged(const pitchside::sync::SyncStatus &status);
    void finished(const pitchside::sync::SyncReport &report);
    void signInRequired();
    void userChanged(const pitchside::sync::api::dto::User &user);

private:
    void onStarted();
    void onProgress(int done, int total);
    void onFinished(const SyncReport &report);
    void onLiveChanged(bool live);
    void onStoreChanged(const QString &type);
    void watchNetwork();
    void restartPollTimer();
    void setStatus(const SyncStatus &status);

    Config m_config;
    QThread m_thread;
    QPointer<SyncWorker> m_worker;
    SyncStatus m_status;
    QTimer m_pollTimer;
    QTimer m_retryTimer;  // after a failed run (offline, server trouble)
    QTimer m_saveTimer;   // a change saved in the UI: sync shortly after
    static constexpr int kPollWithoutStreamMs = 30 * 1000;
    int m_failures = 0;
    bool m_wasOffline = false; // the last run found no server
    bool m_started = false;
    bool m_syncing = false;
};

} // namespace pitchside::sync
