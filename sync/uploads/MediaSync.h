#pragma once

#include "../downloads/VariantDownloader.h"
#include "UploadController.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace pitchside::store {
class ChangeHub;
class Database;
} // namespace pitchside::store

namespace pitchside::sync {
class SyncController;
struct SyncReport;
}

namespace pitchside::sync::uploads {

// The media side of an account's sync, started beside its engine by the
// composition root: the upload queue (own thread) and the download of
// server variants. Hooked into the sync cycle: after each engine run (its
// push done) the uploads are kicked, and waits on a failed network end once
// a run got through; each finished upload asks the engine for a run, which
// pushes the metadata edits made meanwhile and the posts that use the item.
class MediaSync : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        QString storePath;
        QString accountDir; // <data root>/accounts/<key>
        QUrl server;
        QByteArray language = "fr";
        api::TokenSource *tokens = nullptr;
        store::ChangeHub *hub = nullptr;
        store::Database *uiDatabase = nullptr; // the UI thread's connection, for the variant cache index
    };

    MediaSync(Config config, SyncController *engine, QObject *parent = nullptr);
    ~MediaSync() override;

    UploadController *uploads() { return m_uploads.get(); }
    downloads::VariantDownloader *downloads() { return m_downloads.get(); }

private:
    void onSyncFinished(const SyncReport &report);

    std::unique_ptr<UploadController> m_uploads;
    std::unique_ptr<downloads::VariantDownloader> m_downloads;
};

} // namespace pitchside::sync::uploads
