#include "MediaRepository.h"

#include "FtsQuery.h"
#include "SqlValues.h"

#include <QSqlQuery>

namespace pitchside::store {

namespace {

const QString kColumns = QStringLiteral(
    "id, type, filename, mime_type, size_bytes, width, height, duration_ms, tags, alt_text, sha256, variants, "
    "blur_hash, local_path, created_at, updated_at, version, dirty, deleted, conflict");

Media readMedia(const QSqlQuery &q)
{
    Media m;
    m.id = q.value(0).toString();
    m.type = q.value(1).toString() == u"video" ? Media::Type::Video : Media::Type::Image;
    m.filename = q.value(2).toString();
    m.mimeType = q.value(3).toString();
    m.sizeBytes = q.value(4).toLongLong();
    m.width = q.value(5).toInt();
    m.height = q.value(6).toInt();
    m.durationMs = q.value(7).toLongLong();
    m.tags = listFromJson(q.value(8));
    m.altText = q.value(9).toString();
    m.sha256 = q.value(10).toString();
    m.variants = objectFromJson(q.value(11));
    m.blurHash = q.value(12).toString();
    m.localPath = q.value(13).toString();
    m.createdAt = dateFromMs(q.value(14));
    m.updatedAt = dateFromMs(q.value(15));
    m.sync = {q.value(16).toLongLong(), q.value(17).toBool(), q.value(18).toBool(), q.value(19).toBool()};
    return m;
}

QString whereFor(const QString &fts)
{
    return fts.isEmpty() ? QStringLiteral(" WHERE deleted = 0")
                         : QStringLiteral(" WHERE deleted = 0 AND rowid IN "
                                          "(SELECT rowid FROM media_fts WHERE media_fts MATCH ?)");
}

} // namespace

std::optional<Media> MediaRepository::find(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM media WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readMedia(q);
    return std::nullopt;
}

QVector<Media> MediaRepository::list(const QString &search, int limit, int offset) const
{
    const QString fts = ftsQueryFromUserText(search);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM media%2 ORDER BY created_at DESC, id LIMIT ? OFFSET ?")
                  .arg(kColumns, whereFor(fts)));
    if (!fts.isEmpty())
        q.addBindValue(fts);
    q.addBindValue(limit);
    q.addBindValue(offset);
    QVector<Media> out;
    if (q.exec()) {
        while (q.next())
            out.push_back(readMedia(q));
    }
    return out;
}

int MediaRepository::count(const QString &search) const
{
    const QString fts = ftsQueryFromUserText(search);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM media%1").arg(whereFor(fts)));
    if (!fts.isEmpty())
        q.addBindValue(fts);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

} // namespace pitchside::store
