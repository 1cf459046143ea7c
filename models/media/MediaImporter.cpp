#include "MediaImporter.h"

#include "../Logging.h"
#include "models/store/Database.h"
#include "models/store/MediaRepository.h"
#include "models/store/Store.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImageReader>
#include <QThread>

namespace pitchside::media {

namespace {

using Outcome = ContentStore::Ingested::Outcome;

// Rows are written in batches: one transaction per batch keeps a folder of
// 2,000 photos from paying 2,000 fsyncs, and the grid fills as it goes.
constexpr int kBatchRows = 32;
constexpr qint64 kBatchMs = 400;

// Width and height as shown (EXIF rotation applied), or invalid if the
// image cannot be read at all.
QSize displayedSize(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QSize size = reader.size();
    if (size.isValid() && (reader.transformation() & QImageIOHandler::TransformationRotate90))
        size.transpose();
    return size;
}

bool extensionDisagrees(const QString &path, const Format &format)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix.isEmpty())
        return false;
    static const QHash<QString, QString> aliases{{QStringLiteral("jpeg"), QStringLiteral("jpg")},
                                                 {QStringLiteral("jpe"), QStringLiteral("jpg")},
                                                 {QStringLiteral("m4v"), QStringLiteral("mp4")},
                                                 {QStringLiteral("qt"), QStringLiteral("mov")}};
    return aliases.value(suffix, suffix) != format.extension();
}

} // namespace

int ImportReport::count(ImportOutcome::Kind kind) const
{
    return int(std::count_if(outcomes.begin(), outcomes.end(), [kind](const ImportOutcome &o) { return o.kind == kind; }));
}

QStringList expandImportPaths(const QStringList &paths, const std::atomic_bool *cancel)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files << path; // even if missing: it gets its own "cannot read" outcome
            continue;
        }
        QStringList found;
        QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            if (cancel && cancel->load())
                break;
            const QString file = it.next();
            // Thumbnail caches and .DS_Store files of cameras and other systems.
            const QString relative = QDir(path).relativeFilePath(file);
            if (relative.startsWith(u'.') || relative.contains(QStringLiteral("/.")))
                continue;
            found << file;
        }
        found.sort();
        files << found;
    }
    return files;
}

MediaImporter::MediaImporter(store::Store &store, QString contentRoot, QObject *parent)
    : QObject(parent), m_store(store), m_contentRoot(std::move(contentRoot))
{
    qRegisterMetaType<pitchside::media::ImportReport>();
}

MediaImporter::~MediaImporter()
{
    cancel();
    wait();
    delete m_thread;
}

bool MediaImporter::isRunning() const
{
    return m_busy;
}

void MediaImporter::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void MediaImporter::wait()
{
    if (m_thread)
        m_thread->wait();
}

bool MediaImporter::start(const QStringList &paths)
{
    if (isRunning())
        return false;
    if (m_thread) {
        m_thread->wait(); // it delivered its report: it is ending now
        delete m_thread;
        m_thread = nullptr;
    }
    m_busy = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const auto cancel = m_cancel;
    const QString storePath = m_store.path();
    const ContentStore content(m_contentRoot);
    QPointer<MediaImporter> self(this);

    m_thread = QThread::create([=] {
        ImportReport report;
        const QStringList files = expandImportPaths(paths, cancel.get());
        const int total = int(files.size());
        auto post = [&](auto &&fn) { QMetaObject::invokeMethod(self, std::forward<decltype(fn)>(fn), Qt::QueuedConnection); };

        std::unique_ptr<store::Database> db =
            store::Database::open(storePath, &report.storeError, store::Database::Mode::ExistingOnly);
        if (!db)
            qCWarning(lcModels) << "import cannot open the store:" << int(report.storeError.kind)
                                << report.storeError.detail;

        QVector<Media> batch;
        QVector<int> batchOutcome; // index into report.outcomes
        QElapsedTimer sinceFlush, sinceProgress;
        sinceFlush.start();
        sinceProgress.start();
        auto flush = [&] {
            if (batch.isEmpty())
                return;
            QStringList duplicateOf;
            store::MediaRepository repo(db->sql());
            if (store::StoreError e = repo.createLocal(batch, &duplicateOf)) {
                qCWarning(lcModels) << "import cannot write" << batch.size() << "items:" << e.detail;
                for (int i : batchOutcome) {
                    report.outcomes[i].kind = ImportOutcome::Kind::Refused;
                    report.outcomes[i].reason = Outcome::WriteFailed;
                    report.outcomes[i].detail = e.detail;
                }
            } else {
                QStringList added;
                for (int k = 0; k < batch.size(); ++k) {
                    ImportOutcome &o = report.outcomes[batchOutcome.at(k)];
                    o.kind = duplicateOf.at(k).isEmpty() ? ImportOutcome::Kind::Imported : ImportOutcome::Kind::Duplicate;
                    o.mediaId = duplicateOf.at(k).isEmpty() ? batch.at(k).id : duplicateOf.at(k);
                    added << o.mediaId;
                }
                post([self, added] {
                    if (self)
                        self->deliverAdded(added);
                });
            }
            batch.clear();
            batchOutcome.clear();
            sinceFlush.restart();
        };

        for (int i = 0; i < total && db; ++i) {
            if (cancel->load()) {
                report.cancelled = true;
                break;
            }
            const QString &file = files.at(i);
            if (sinceProgress.elapsed() >= 50 || i == 0) {
                post([self, i, total, file] {
                    if (self)
                        self->deliver(i, total, file);
                });
                sinceProgress.restart();
            }
            const ContentStore::Ingested in = content.ingest(file, cancel.get());
            if (in.outcome == Outcome::Cancelled) {
                report.cancelled = true;
                break;
            }
            ImportOutcome o;
            o.source = file;
            o.format = in.format;
            o.size = in.size;
            o.detail = in.detail;
            o.reason = in.outcome;
            o.problem = in.problem;
            o.renamed = in.format.accepted() && extensionDisagrees(file, in.format);
            if (in.outcome != Outcome::Stored) {
                report.outcomes << o;
                continue;
            }
            Media m;
            m.type = in.format.type();
            m.filename = QFileInfo(file).fileName();
            m.mimeType = in.format.mimeType();
            m.sizeBytes = in.size;
            m.sha256 = in.sha256;
            m.localPath = in.path;
            if (m.type == Media::Type::Video) {
                m.width = in.video.width;
                m.height = in.video.height;
                m.durationMs = in.video.durationMs;
            } else {
                const QSize size = displayedSize(in.path);
                if (!size.isValid()) {
                    o.reason = Outcome::Incomplete;
                    o.problem = StructureCheck::Problem::Damaged;
                    report.outcomes << o;
                    if (!in.alreadyStored)
                        QFile::remove(in.path);
                    continue;
                }
                m.width = size.width();
                m.height = size.height();
            }
            report.outcomes << o;
            batch << m;
            batchOutcome << int(report.outcomes.size() - 1);
            if (batch.size() >= kBatchRows || sinceFlush.elapsed() >= kBatchMs)
                flush();
        }
        if (db)
            flush();
        db.reset();
        post([self, report, total] {
            if (self) {
                self->deliver(total, total, {});
                self->deliverFinished(report);
            }
        });
    });
    m_thread->setObjectName(QStringLiteral("media-import"));
    m_thread->start(QThread::LowPriority);
    return true;
}

void MediaImporter::deliver(int done, int total, const QString &current)
{
    Q_EMIT progress(done, total, current);
}

void MediaImporter::deliverAdded(const QStringList &ids)
{
    m_store.hub().notify(store::EntityType::Media, ids);
    m_store.hub().notify(store::EntityType::Outbox);
}

void MediaImporter::deliverFinished(const ImportReport &report)
{
    m_busy = false;
    qCInfo(lcModels) << "import done:" << report.count(ImportOutcome::Kind::Imported) << "imported,"
                     << report.count(ImportOutcome::Kind::Duplicate) << "duplicates,"
                     << report.count(ImportOutcome::Kind::Refused) << "refused" << (report.cancelled ? "(cancelled)" : "")
                     << (report.storeError ? "(the store would not open)" : "");
    Q_EMIT finished(report);
}

} // namespace pitchside::media
