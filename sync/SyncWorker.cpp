#include "SyncWorker.h"

#include "Logging.h"
#include "engine/SyncEngine.h"
#include "entities/EntityRegistry.h"
#include "live/EventStream.h"
#include "models/store/Database.h"

namespace pitchside::sync {

SyncWorker::SyncWorker(Config config) : m_config(std::move(config)) {}

SyncWorker::~SyncWorker()
{
    close();
}

void SyncWorker::open()
{
    store::StoreError error;
    m_db = store::Database::open(m_config.storePath, &error, store::Database::Mode::ExistingOnly);
    if (!m_db) {
        qCWarning(lcSync) << "the sync thread cannot open" << m_config.storePath << ":" << error.detail;
        Q_EMIT opened(false, error.userMessage());
        return;
    }
    m_api = std::make_unique<api::ApiClient>(m_config.api, m_config.tokens);
    const EntityRegistry &registry = m_config.registry ? *m_config.registry : EntityRegistry::builtin();
    m_engine = std::make_unique<SyncEngine>(*m_db, *m_api, registry);
    m_engine->setHub(m_config.hub);
    m_engine->setPageSize(m_config.pageSize);
    connect(m_engine.get(), &SyncEngine::started, this, &SyncWorker::started);
    connect(m_engine.get(), &SyncEngine::progress, this, &SyncWorker::progress);
    connect(m_engine.get(), &SyncEngine::finished, this, &SyncWorker::finished);
    connect(m_engine.get(), &SyncEngine::userChanged, this, &SyncWorker::userChanged);
    if (m_config.live) {
        m_stream = std::make_unique<live::EventStream>(*m_api);
        connect(m_stream.get(), &live::EventStream::changeHint, m_engine.get(), &SyncEngine::onServerSeq);
        connect(m_stream.get(), &live::EventStream::connectedChanged, this, &SyncWorker::liveChanged);
        // Only once we know the tokens work: the first sync opens the stream.
        connect(m_engine.get(), &SyncEngine::finished, m_stream.get(), [this](const SyncReport &r) {
            if (r.result == SyncReport::Result::SignInRequired)
                m_stream->stop();
            else if (r.ok())
                m_stream->start();
        });
    }
    Q_EMIT opened(true, {});
}

void SyncWorker::close()
{
    if (m_stream)
        m_stream->stop();
    if (m_engine)
        m_engine->cancel();
    if (m_api)
        m_api->abortAll();
    m_stream.reset();
    m_engine.reset();
    m_api.reset();
    m_db.reset();
}

void SyncWorker::sync()
{
    if (m_engine)
        m_engine->run();
}

void SyncWorker::retryNow(qint64 seq)
{
    if (m_engine)
        m_engine->retryNow(seq);
}

} // namespace pitchside::sync
