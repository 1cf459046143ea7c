#include "ProfileRepository.h"

#include "types/SyncedTypes.h"

namespace pitchside::store {

ProfileRepository::ProfileRepository(QSqlDatabase &db) : m_items(db, nullptr, profileType()) {}

QVector<Profile> ProfileRepository::all() const
{
    return m_items.select(QStringLiteral("deleted = 0 ORDER BY position, name"));
}

} // namespace pitchside::store
