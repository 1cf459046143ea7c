#pragma once

#include "../Publication.h"
#include "SyncedRepository.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QVector>

namespace pitchside::store {

class ChangeHub;

// Publications (synced type "publication", models/store/types/
// PublicationType.cpp): read only; the server makes them as it publishes.
class PublicationRepository
{
public:
    PublicationRepository(QSqlDatabase &db, ChangeHub *hub);

    // A post's publications, by network (facebook, instagram, linkedin).
    QVector<Publication> forPost(const QString &postId) const;
    // Failed publications changed at or after `since` (newest first): what a
    // notification tells about.
    QVector<Publication> failedSince(const QDateTime &since) const;
    std::optional<Publication> find(const QString &id) const { return m_items.find(id); }

private:
    SyncedRepository<Publication> m_items;
};

} // namespace pitchside::store
