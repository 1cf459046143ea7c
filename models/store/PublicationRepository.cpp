#include "PublicationRepository.h"

#include "types/SyncedTypes.h"

namespace pitchside::store {

PublicationRepository::PublicationRepository(QSqlDatabase &db, ChangeHub *hub)
    : m_items(db, hub, publicationType())
{
}

QVector<Publication> PublicationRepository::forPost(const QString &postId) const
{
    return m_items.select(QStringLiteral("deleted = 0 AND post_id = ? ORDER BY platform"), {postId});
}

QVector<Publication> PublicationRepository::failedSince(const QDateTime &since) const
{
    return m_items.select(QStringLiteral("deleted = 0 AND status = 'failed' AND updated_at >= ? ORDER BY updated_at DESC"),
                          {since.toMSecsSinceEpoch()});
}

} // namespace pitchside::store
