#include "MediaSync.h"

#include "../SyncController.h"
#include "models/store/Database.h"

#include <QDir>

namespace pitchside::sync::uploads {

MediaSync::MediaSync(Config config, SyncController *engine, QObject *parent) : QObject(parent)
{
    UploadController::Config uc;
    uc.storePath = config.storePath;
    uc.server = config.server;
    uc.language = config.language;
    uc.tokens = config.tokens;
    uc.hub = config.hub;
    m_uploads = std::make_unique<UploadController>(uc);

    downloads::VariantDownloader::Config dc;
    dc.api.baseUrl = config.server;
    dc.api.language = config.language;
    dc.api.deadlineMs = 600000; // an original video, on bad Wi-Fi
    dc.tokens = config.tokens;
    dc.cacheDir = QDir(config.accountDir).filePath(QStringLiteral("cache/variants"));
    m_downloads = std::make_unique<downloads::VariantDownloader>(dc, *config.uiDatabase);

    if (engine) {
        connect(engine, &SyncController::finished, this, &MediaSync::onSyncFinished);
        connect(m_uploads.get(), &UploadController::completed, engine, &SyncController::syncNow);
        // Signed out or tokens refused: stop asking the server anything.
        connect(engine, &SyncController::statusChanged, this, [this](const SyncStatus &s) {
            if (s.state == SyncStatus::State::SignInRequired)
                m_uploads->stop();
        });
    }
    // The upload thread starts after the engine's first run got through:
    // by then the session's tokens are loaded and known to work.
}

MediaSync::~MediaSync()
{
    m_uploads->stop(); // before the tokens and the store it uses go
}

void MediaSync::onSyncFinished(const SyncReport &report)
{
    // The engine reached the server: uploads that waited on the network go
    // now; otherwise just look for new work (their own backoff stands).
    if (report.ok()) {
        if (!m_uploads->isRunning())
            m_uploads->start(); // it looks for due uploads as it opens
        m_uploads->retryNow();
    } else {
        m_uploads->kick();
    }
}

} // namespace pitchside::sync::uploads
