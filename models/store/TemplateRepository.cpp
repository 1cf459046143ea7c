#include "TemplateRepository.h"

#include "types/SyncedTypes.h"

namespace pitchside::store {

TemplateRepository::TemplateRepository(QSqlDatabase &db, ChangeHub *hub) : m_items(db, hub, templateType()) {}

QVector<PostTemplate> TemplateRepository::all(const QString &profileId) const
{
    // A template without a profile serves every profile.
    const QString profile = profileId.isNull() ? QStringLiteral("") : profileId; // NULL would match nothing
    return m_items.select(QStringLiteral("deleted = 0 AND (? = '' OR profile_id IS NULL OR profile_id = ?) "
                                         "ORDER BY usage_count DESC, name COLLATE NOCASE"),
                          {profile, profile});
}

} // namespace pitchside::store
