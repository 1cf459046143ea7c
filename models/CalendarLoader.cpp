#include "CalendarLoader.h"

#include "Logging.h"
#include "store/Store.h"

#include <QMetaObject>

namespace pitchside {

// Opens the store on first use, on the loader's thread, and keeps it.
class CalendarLoader::Worker : public QObject
{
    Q_OBJECT
public:
    explicit Worker(QString path) : m_path(std::move(path)) {}

    void load(quint64 ticket, QDate first, QDate last, const CalendarFilter &filter)
    {
        if (!m_store) {
            store::StoreError error;
            m_store = store::Store::open(m_path, &error, store::Database::Mode::ExistingOnly);
            if (!m_store) {
                qCWarning(lcModels) << "the calendar's loader cannot open" << m_path << ":" << error.detail;
                Q_EMIT failed();
                return;
            }
        }
        Q_EMIT loaded(ticket, CalendarSnapshot::load(*m_store, first, last, filter));
    }

Q_SIGNALS:
    void loaded(quint64 ticket, const pitchside::CalendarSnapshot &snapshot);
    void failed();

private:
    QString m_path;
    std::unique_ptr<store::Store> m_store;
};

CalendarLoader::CalendarLoader(const QString &storePath, QObject *parent)
    : QObject(parent), m_worker(new Worker(storePath))
{
    qRegisterMetaType<pitchside::CalendarSnapshot>();
    m_thread.setObjectName(QStringLiteral("calendar-loader"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &Worker::loaded, this, &CalendarLoader::onLoaded);
    connect(m_worker, &Worker::failed, this, [this] {
        m_running = false;
        m_hasPending = false;
        Q_EMIT failed();
    });
    m_thread.start(QThread::LowPriority);
}

CalendarLoader::~CalendarLoader()
{
    // The worker closes its connection on its own thread as the thread ends.
    m_thread.quit();
    m_thread.wait();
}

void CalendarLoader::request(quint64 ticket, QDate first, QDate last, const CalendarFilter &filter)
{
    const Request r{ticket, first, last, filter};
    if (m_running) {
        m_pending = r;
        m_hasPending = true;
        return;
    }
    start(r);
}

void CalendarLoader::start(const Request &r)
{
    m_running = true;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, r] { worker->load(r.ticket, r.first, r.last, r.filter); },
                              Qt::QueuedConnection);
}

void CalendarLoader::onLoaded(quint64 ticket, const CalendarSnapshot &snapshot)
{
    m_running = false;
    if (m_hasPending) {
        // What was asked meanwhile is newer than this answer: load it and
        // still hand this one over, since it is newer than what is shown.
        m_hasPending = false;
        start(m_pending);
    }
    Q_EMIT loaded(ticket, snapshot);
}

} // namespace pitchside

#include "CalendarLoader.moc"
