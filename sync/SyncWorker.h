#pragma once

#include "api/ApiClient.h"
#include "api/Dto.h"
#include "engine/SyncReport.h"
#include "models/store/ChangeHub.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace pitchside::store {
class Database;
}

namespace pitchside::sync {

class EntityRegistry;
class SyncEngine;
namespace live {
class EventStream;
}

// Everything that runs on the sync thread: its own store connection
// (Database::Mode::ExistingOnly: the UI thread migrated the file), its own
// QNetworkAccessManager (in its ApiClient), the engine and the event
// stream. Created by SyncController and moved to its thread; every slot
// runs there.
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        QString storePath;
        api::ApiConfig api;
        api::TokenSource *tokens = nullptr;
        QPointer<store::ChangeHub> hub;
        const EntityRegistry *registry = nullptr;
        bool live = true;
        int pageSize = 1000;
    };

    explicit SyncWorker(Config config);
    ~SyncWorker() override;

public Q_SLOTS:
    void open();
    void close();
    void sync();
    void retryNow(qint64 seq);

Q_SIGNALS:
    void opened(bool ok, const QString &error);
    void started();
    void progress(int done, int total);
    void finished(const pitchside::sync::SyncReport &report);
    void userChanged(const pitchside::sync::api::dto::User &user);
    void liveChanged(bool connected);

private:
    Config m_config;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<api::ApiClient> m_api;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<live::EventStream> m_stream;
};

} // namespace pitchside::sync
