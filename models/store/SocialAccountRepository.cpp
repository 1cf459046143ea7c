#include "SocialAccountRepository.h"

#include "types/SyncedTypes.h"

namespace pitchside::store {

SocialAccountRepository::SocialAccountRepository(QSqlDatabase &db, ChangeHub *hub)
    : m_items(db, hub, socialAccountType())
{
}

QVector<SocialAccount> SocialAccountRepository::all() const
{
    return m_items.select(QStringLiteral("deleted = 0 ORDER BY CASE platform WHEN 'facebook' THEN 0 "
                                         "WHEN 'instagram' THEN 1 ELSE 2 END, profile_name"));
}

} // namespace pitchside::store
