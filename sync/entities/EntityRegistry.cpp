#include "EntityRegistry.h"

#include "../Logging.h"

namespace pitchside::sync {

const EntityRegistry &EntityRegistry::builtin()
{
    static const EntityRegistry *registry = [] {
        auto *r = new EntityRegistry;
        r->add(profileEntity());
        r->add(postEntity());
        r->add(templateEntity());
        r->add(mediaEntity());
        r->add(matchEntity());
        r->add(eventEntity());
        r->add(socialAccountEntity());
        r->add(publicationEntity());
        r->add(conversationEntity());
        r->add(messageEntity());
        r->add(notificationEntity());
        r->add(contactCategoryEntity());
        r->add(contactEntity());
        r->add(campaignEntity());
        r->add(campaignMessageEntity());
        r->add(messageTemplateEntity());
        // A mapping that disagrees with its declaration is a programming
        // error that tst_sync_registry catches; a build that ships one
        // still says so in the log rather than dropping fields silently.
        for (const QString &p : r->problems())
            qCCritical(lcSync) << "synced type refused:" << p;
        return r;
    }();
    return *registry;
}

bool EntityRegistry::add(EntitySpec spec)
{
    spec.finalize();
    if (!spec.problems().isEmpty()) {
        m_problems += spec.problems();
        return false;
    }
    if (EntitySpec *existing = m_byType.value(spec.type)) {
        *existing = std::move(spec);
        return true;
    }
    m_specs.push_back(std::make_unique<EntitySpec>(std::move(spec)));
    m_byType.insert(m_specs.back()->type, m_specs.back().get());
    return true;
}

const EntitySpec *EntityRegistry::find(const QString &type) const
{
    return m_byType.value(type);
}

std::vector<const EntitySpec *> EntityRegistry::all() const
{
    std::vector<const EntitySpec *> out;
    out.reserve(m_specs.size());
    for (const auto &s : m_specs)
        out.push_back(s.get());
    return out;
}

} // namespace pitchside::sync
