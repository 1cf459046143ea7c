#include "Store.h"

#include "CampaignRepository.h"
#include "MessageTemplateRepository.h"
#include "ContactRepository.h"

#include "StoreCounts.h"

namespace pitchside::store {

std::unique_ptr<Store> Store::open(const QString &path, StoreError *error, Database::Mode mode)
{
    std::unique_ptr<Database> db = Database::open(path, error, mode);
    if (!db)
        return nullptr;
    return std::unique_ptr<Store>(new Store(std::move(db)));
}

Store::Store(std::unique_ptr<Database> db)
    : m_db(std::move(db)),
      m_posts(m_db->sql(), &m_hub),
      m_media(m_db->sql(), &m_hub),
      m_calendar(m_db->sql()),
      m_profiles(m_db->sql()),
      m_syncState(m_db->sql()),
      m_outbox(m_db->sql()),
      m_templates(m_db->sql(), &m_hub),
      m_matches(m_db->sql(), &m_hub),
      m_socialAccounts(m_db->sql(), &m_hub),
      m_publications(m_db->sql(), &m_hub),
      m_inbox(m_db->sql(), &m_hub),
      m_notifications(m_db->sql(), &m_hub),
      m_postHistory(m_db->sql()),
      m_conflicts(m_db->sql())
{
}

ContactRepository Store::contacts()
{
    return ContactRepository(m_db->sql(), &m_hub);
}

CampaignRepository Store::campaigns()
{
    return CampaignRepository(m_db->sql(), &m_hub);
}

MessageTemplateRepository Store::messageTemplates()
{
    return MessageTemplateRepository(m_db->sql(), &m_hub);
}

int Store::livePostCount()
{
    return store::livePostCount(m_db->sql());
}

} // namespace pitchside::store
