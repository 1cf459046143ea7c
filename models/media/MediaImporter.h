#pragma once

#include "ContentStore.h"
#include "models/store/StoreError.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <memory>

class QThread;

namespace pitchside::store {
class Store;
}

namespace pitchside::media {

// What became of one file of an import.
struct ImportOutcome
{
    enum class Kind { Imported, Duplicate, Refused };

    QString source;   // the path given (or found in a folder)
    Kind kind = Kind::Refused;
    ContentStore::Ingested::Outcome reason = ContentStore::Ingested::Outcome::Stored; // why it was refused
    StructureCheck::Problem problem = StructureCheck::Problem::None;
    Format format;    // what the bytes are
    qint64 size = 0;
    QString detail;   // technical detail (system error), for the log and tooltips
    QString mediaId;  // the new item, or the one it duplicates
    bool renamed = false; // its extension said something else than its bytes
};

struct ImportReport
{
    QVector<ImportOutcome> outcomes;
    bool cancelled = false;
    // The import's own connection to the store would not open: nothing was
    // imported, and this says why (it is not a cancel).
    store::StoreError storeError;
    int count(ImportOutcome::Kind kind) const;
};

// Imports files and folders into the library off the UI thread: each file
// is read once (copied into the content store while hashed and checked),
// refused ones get their reason and the rest of the batch goes on, and rows
// are written in batches on the worker's own database connection. Lives on
// the UI thread; signals arrive there.
class MediaImporter : public QObject
{
    Q_OBJECT
public:
    MediaImporter(store::Store &store, QString contentRoot, QObject *parent = nullptr);
    ~MediaImporter() override;

    // Starts an import; false if one is already running (until its report arrives).
    bool start(const QStringList &paths);
    void cancel();
    bool isRunning() const;
    // Blocks until the running import ends (tests, shutdown).
    void wait();

Q_SIGNALS:
    // Files examined so far out of the files found; `bytes` of them copied.
    void progress(int done, int total, const QString &current);
    void finished(const pitchside::media::ImportReport &report);

private:
    struct Job;
    void deliver(int done, int total, const QString &current);
    void deliverAdded(const QStringList &ids);
    void deliverFinished(const ImportReport &report);

    store::Store &m_store;
    QString m_contentRoot;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QThread *m_thread = nullptr;
    bool m_busy = false; // from start() until the report is delivered
};

// Every file under the given paths (folders recursively, hidden entries of
// folders skipped), in a stable order.
QStringList expandImportPaths(const QStringList &paths, const std::atomic_bool *cancel = nullptr);

} // namespace pitchside::media

Q_DECLARE_METATYPE(pitchside::media::ImportReport)
