#pragma once

#include "UploadQueue.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <QUrl>

namespace pitchside::store {
class ChangeHub;
}

namespace pitchside::sync::uploads {

// The UI thread's handle on the uploads of an account: starts the upload
// thread beside the sync engine's, kicks it when media are imported, paused
// or resumed (the media page writes those states in the store and announces
// them on the hub), after each sync run and when the network comes back,
// and relays progress for the status strip and the media page.
class UploadController : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        QString storePath;
        QUrl server;
        QByteArray language = "fr";
        api::TokenSource *tokens = nullptr;
        store::ChangeHub *hub = nullptr;
        int parallel = 2;
    };

    explicit UploadController(Config config, QObject *parent = nullptr);
    ~UploadController() override;

    void start();
    void stop();
    bool isRunning() const { return m_thread.isRunning(); }
    const UploadProgress &progress() const { return m_progress; }

public Q_SLOTS:
    void kick();
    // Backoffs end now (connectivity is back, or the person asked to sync).
    void retryNow();

Q_SIGNALS:
    void progressChanged(const pitchside::sync::uploads::UploadProgress &progress);
    // Uploaded items: their edits and the posts that use them can be pushed.
    void completed(const QStringList &mediaIds);
    void signInRequired();

private:
    void onStoreChanged(const QString &type, const QStringList &ids);

    Config m_config;
    QThread m_thread;
    QPointer<UploadQueue> m_queue;
    UploadProgress m_progress;
    QTimer m_kickTimer; // imports announce rows in batches: one kick per burst
};

} // namespace pitchside::sync::uploads
