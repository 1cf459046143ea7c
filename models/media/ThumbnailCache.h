#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QThreadPool>

namespace pitchside::media {

// Square-ish thumbnails for the library grid, made off the UI thread with
// scaled decoding (a 1080×1920 JPEG decodes at 1/4 of its size, never in
// full) and kept twice: on disk as small JPEGs, named by the key (the
// content's SHA-256, so the same bytes never cost twice), and in memory,
// bounded by bytes. Requests are served newest first, because the newest
// ones are what the grid shows now; stale ones are dropped when the queue
// grows past what a screen can show.
class ThumbnailCache : public QObject
{
    Q_OBJECT
public:
    // `edge`: the short side of a thumbnail in pixels (covers a cell at 2x).
    ThumbnailCache(QString diskDir, int edge = 320, int threads = 2, QObject *parent = nullptr);
    ~ThumbnailCache() override;

    // The thumbnail if it is in memory, else a null image and a request is
    // queued; ready(key) follows when it is (or failed(key)). `source` is the
    // image file to make it from.
    // `persist` false: not written to the disk cache (the source is already
    // a small cached file, like a server thumbnail in its own bounded cache).
    QImage thumbnail(const QString &key, const QString &source, bool persist = true);
    bool contains(const QString &key) const { return m_memory.contains(key); }
    // The source of this key could not be read (missing or damaged file).
    bool hasFailed(const QString &key) const { return m_failed.contains(key); }
    // Forgets a key everywhere (its content changed or went away).
    void evict(const QString &key);
    void setMemoryBudget(qint64 bytes) { m_memory.setMaxCost(bytes); }
    int pending() const;
    // Blocks until every queued request has been served (tests, benchmarks).
    void waitForIdle();
    int edge() const { return m_edge; }
    QString diskPath(const QString &key) const;

    // The work of one request, without any cache: scaled decoding and, when
    // `savePath` is given, the small JPEG written for next time.
    static QImage make(const QString &source, int edge, const QString &savePath = {});

Q_SIGNALS:
    void ready(const QString &key);
    void failed(const QString &key);

private:
    struct Request
    {
        QString key;
        QString source;
        bool persist = true;
    };
    void startWorkers();
    void work();
    void deliver(const QString &key, const QImage &image);

    QString m_dir;
    int m_edge;
    QThreadPool m_pool;
    QCache<QString, QImage> m_memory;
    QSet<QString> m_failed; // sources that could not be read (until evicted)

    mutable QMutex m_mutex; // guards the queue below, shared with the workers
    QList<Request> m_queue; // newest last
    QSet<QString> m_queued;
    int m_running = 0;
};

} // namespace pitchside::media
