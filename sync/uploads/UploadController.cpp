#include "UploadController.h"

#include "models/media/MediaGridModel.h"
#include "models/store/ChangeHub.h"

namespace pitchside::sync::uploads {

UploadController::UploadController(Config config, QObject *parent) : QObject(parent), m_config(std::move(config))
{
    qRegisterMetaType<UploadProgress>();
    m_thread.setObjectName(QStringLiteral("pitchside-uploads"));
    m_kickTimer.setSingleShot(true);
    m_kickTimer.setInterval(300);
    connect(&m_kickTimer, &QTimer::timeout, this, &UploadController::kick);
    if (m_config.hub)
        connect(m_config.hub, &store::ChangeHub::changed, this, &UploadController::onStoreChanged);
}

UploadController::~UploadController()
{
    stop();
}

void UploadController::start()
{
    if (m_thread.isRunning())
        return;
    UploadQueue::Config qc;
    qc.storePath = m_config.storePath;
    qc.api.baseUrl = m_config.server;
    qc.api.language = m_config.language;
    // Chunks are large: "no progress for this long" must allow a slow uplink.
    qc.api.timeoutMs = 60000;
    qc.api.deadlineMs = 600000; // a whole chunk, on a slow uplink
    qc.tokens = m_config.tokens;
    qc.hub = m_config.hub;
    qc.parallel = m_config.parallel;
    auto *queue = new UploadQueue(qc);
    queue->moveToThread(&m_thread);
    m_queue = queue;
    connect(&m_thread, &QThread::finished, queue, &QObject::deleteLater);
    connect(queue, &UploadQueue::progress, this, [this](const UploadProgress &p) {
        m_progress = p;
        Q_EMIT progressChanged(p);
    });
    connect(queue, &UploadQueue::completed, this, &UploadController::completed);
    connect(queue, &UploadQueue::signInRequired, this, &UploadController::signInRequired);
    m_thread.start();
    QMetaObject::invokeMethod(queue, &UploadQueue::open, Qt::QueuedConnection);
}

void UploadController::stop()
{
    if (!m_thread.isRunning())
        return;
    if (m_queue)
        QMetaObject::invokeMethod(m_queue, &UploadQueue::close, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_progress = {};
}

void UploadController::kick()
{
    if (m_queue)
        QMetaObject::invokeMethod(m_queue, &UploadQueue::kick, Qt::QueuedConnection);
}

void UploadController::retryNow()
{
    if (m_queue)
        QMetaObject::invokeMethod(m_queue, &UploadQueue::retryNow, Qt::QueuedConnection);
}

void UploadController::onStoreChanged(const QString &type, const QStringList &ids)
{
    if (!m_queue)
        return;
    if (type == media::MediaGridModel::uploadEntity()) {
        // Paused, cancelled or resumed here, or reported by the queue itself.
        QMetaObject::invokeMethod(m_queue, [q = m_queue, ids] { if (q) q->reconsider(ids); }, Qt::QueuedConnection);
    } else if (type == store::EntityType::Media) {
        m_kickTimer.start(); // imported or deleted: there may be work
    }
}

} // namespace pitchside::sync::uploads
