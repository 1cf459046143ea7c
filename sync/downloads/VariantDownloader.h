#pragma once

#include "../api/ApiClient.h"
#include "models/media/RemoteVariantSource.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace pitchside::store {
class Database;
}

namespace pitchside::sync::downloads {

// Fetches the server's variants of media this computer has no file for
// (GET /api/media/{id}/content?variant=…) into a bounded disk cache:
// least recently used files go first when the cache passes its budget, and
// a cached file is revalidated once per session with its ETag
// (If-None-Match; 304 keeps it). Thumbnails are asked for while the grid
// paints; originals only when someone needs them (export, full-size view).
// Lives on the UI thread with its own ApiClient; files are small and
// written once.
class VariantDownloader : public media::RemoteVariantSource
{
    Q_OBJECT
public:
    struct Config
    {
        api::ApiConfig api;
        api::TokenSource *tokens = nullptr;
        QString cacheDir;                             // <account dir>/cache/variants
        qint64 budgetBytes = 256LL * 1024 * 1024;     // thumbnails of ~25,000 items
        int parallel = 4;
    };

    VariantDownloader(Config config, store::Database &db, QObject *parent = nullptr);

    QString cachedPath(const QString &mediaId, const QString &variant) override;
    void request(const QString &mediaId, const QString &variant) override;

    int requestsSent() const { return m_sent; }
    int notModified() const { return m_notModified; }

private:
    struct Job
    {
        QString mediaId;
        QString variant;
        QByteArray etag;
    };
    void pump();
    void fetch(const Job &job);
    void store(const Job &job, const api::ApiResponse &r);
    static QString key(const QString &mediaId, const QString &variant) { return mediaId + u'\n' + variant; }

    Config m_config;
    store::Database &m_db;
    api::ApiClient m_api;
    QHash<QString, QString> m_known;  // key -> file, served this session
    QSet<QString> m_revalidated;      // keys checked with the server this session
    QSet<QString> m_pending;
    QList<Job> m_waiting;
    int m_running = 0;
    int m_sent = 0;
    int m_notModified = 0;
};

} // namespace pitchside::sync::downloads
