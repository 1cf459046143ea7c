#pragma once

#include "CalendarData.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace pitchside {

// Loads calendar snapshots on a thread of its own, on its own reading
// connection to the account's store. The calendar uses it for reloads caused
// by changes it did not make (a sync landing thousands of posts): on a dense
// month a load takes hundreds of ms, which on the UI thread would freeze the
// window for as long. What the person asks for (another month, a filter) is
// still loaded at once, on the UI thread, so that it shows without a flicker.
//
// At most one load runs; requests made meanwhile fold into one that runs
// next with the latest range and filter.
class CalendarLoader : public QObject
{
    Q_OBJECT
public:
    explicit CalendarLoader(const QString &storePath, QObject *parent = nullptr);
    ~CalendarLoader() override;

    // `ticket` comes back with the snapshot, so the caller can drop answers
    // to questions it no longer asks.
    void request(quint64 ticket, QDate first, QDate last, const CalendarFilter &filter);
    bool busy() const { return m_running; }

Q_SIGNALS:
    void loaded(quint64 ticket, const pitchside::CalendarSnapshot &snapshot);
    void failed(); // the reading connection could not open: the caller loads itself

private:
    struct Request
    {
        quint64 ticket = 0;
        QDate first;
        QDate last;
        CalendarFilter filter;
    };
    class Worker;

    void start(const Request &request);
    void onLoaded(quint64 ticket, const pitchside::CalendarSnapshot &snapshot);

    QThread m_thread;
    Worker *m_worker = nullptr; // lives on m_thread
    bool m_running = false;
    bool m_hasPending = false;
    Request m_pending;
};

} // namespace pitchside
