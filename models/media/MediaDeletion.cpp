#include "MediaDeletion.h"

#include "ThumbnailCache.h"
#include "models/store/Store.h"

#include <QFile>
#include <QSqlQuery>

namespace pitchside::media {

MediaDeletion MediaDeletion::run(store::Store &store, const QStringList &ids, ThumbnailCache *thumbnails)
{
    MediaDeletion result;
    for (const QString &id : ids) {
        const std::optional<Media> m = store.media().find(id);
        if (!m || m->sync.deleted)
            continue;
        QStringList usedBy;
        const store::StoreError e = store.media().remove(id, &usedBy);
        if (e.kind == store::StoreError::Kind::Refused) {
            result.refused.insert(id, usedBy);
            continue;
        }
        if (e) {
            if (result.error.ok())
                result.error = e;
            continue;
        }
        result.deleted << id;
        if (m->localPath.isEmpty())
            continue;
        // The same bytes may belong to another live item (re-imported after a delete).
        QSqlQuery q(store.database().sql());
        q.prepare(QStringLiteral("SELECT count(*) FROM media WHERE local_path = ? AND deleted = 0"));
        q.addBindValue(m->localPath);
        if (q.exec() && q.next() && q.value(0).toInt() == 0) {
            QFile::remove(m->localPath);
            if (thumbnails)
                thumbnails->evict(m->sha256);
        }
    }
    return result;
}

} // namespace pitchside::media
