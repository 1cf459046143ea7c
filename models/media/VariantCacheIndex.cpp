#include "VariantCacheIndex.h"

#include "models/Logging.h"
#include "models/store/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pitchside::media {

using store::StoreError;

std::optional<VariantCacheIndex::Entry> VariantCacheIndex::find(const QString &mediaId, const QString &variant) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT path, etag, size_bytes, last_used_at FROM media_variant_cache "
                             "WHERE media_id = ? AND variant = ?"));
    q.addBindValue(mediaId);
    q.addBindValue(variant);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Entry{mediaId, variant, q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                 q.value(3).toLongLong()};
}

StoreError VariantCacheIndex::put(const Entry &e)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO media_variant_cache (media_id, variant, path, etag, size_bytes, "
                             "last_used_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.mediaId);
    q.addBindValue(e.variant);
    q.addBindValue(e.path);
    q.addBindValue(store::textOrNull(e.etag));
    q.addBindValue(e.sizeBytes);
    q.addBindValue(e.lastUsedAtMs);
    return q.exec() ? StoreError{} : StoreError::queryFailed(q);
}

StoreError VariantCacheIndex::touch(const QString &mediaId, const QString &variant, qint64 atMs)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE media_variant_cache SET last_used_at = ? WHERE media_id = ? AND variant = ?"));
    q.addBindValue(atMs);
    q.addBindValue(mediaId);
    q.addBindValue(variant);
    return q.exec() ? StoreError{} : StoreError::queryFailed(q);
}

StoreError VariantCacheIndex::remove(const QString &mediaId, const QString &variant)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM media_variant_cache WHERE media_id = ? AND variant = ?"));
    q.addBindValue(mediaId);
    q.addBindValue(variant);
    return q.exec() ? StoreError{} : StoreError::queryFailed(q);
}

qint64 VariantCacheIndex::totalBytes() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT coalesce(sum(size_bytes), 0) FROM media_variant_cache")) && q.next()
               ? q.value(0).toLongLong()
               : 0;
}

QStringList VariantCacheIndex::evictTo(qint64 budget)
{
    qint64 total = totalBytes();
    QStringList files;
    if (total <= budget)
        return files;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT media_id, variant, path, size_bytes FROM media_variant_cache "
                               "ORDER BY last_used_at, media_id")))
        return files;
    QList<std::pair<QString, QString>> gone;
    while (total > budget && q.next()) {
        gone.append({q.value(0).toString(), q.value(1).toString()});
        files << q.value(2).toString();
        total -= q.value(3).toLongLong();
    }
    q.finish();
    for (const auto &[id, variant] : gone) {
        // A row left behind points at a file that is gone: find() treats
        // that as a miss and removes it then.
        if (const StoreError e = remove(id, variant))
            qCWarning(lcStore) << "cannot forget an evicted variant:" << e.detail;
    }
    return files;
}

} // namespace pitchside::media
