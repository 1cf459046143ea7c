#pragma once

#include "models/store/StoreError.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace pitchside::media {

// The bookkeeping of the disk cache of server variants (migration 0004):
// which file holds which variant, its ETag for revalidation, its size, and
// when it was last used, so the cache stays under its byte budget by
// dropping the least recently used files first.
class VariantCacheIndex
{
public:
    struct Entry
    {
        QString mediaId;
        QString variant;
        QString path;
        QString etag;
        qint64 sizeBytes = 0;
        qint64 lastUsedAtMs = 0;
    };

    explicit VariantCacheIndex(QSqlDatabase &db) : m_db(db) {}

    std::optional<Entry> find(const QString &mediaId, const QString &variant) const;
    store::StoreError put(const Entry &entry);
    store::StoreError touch(const QString &mediaId, const QString &variant, qint64 atMs);
    store::StoreError remove(const QString &mediaId, const QString &variant);
    qint64 totalBytes() const;
    // Removes entries, least recently used first, until the total is at most
    // `budget`; returns the files to delete.
    QStringList evictTo(qint64 budget);

private:
    QSqlDatabase &m_db;
};

} // namespace pitchside::media
