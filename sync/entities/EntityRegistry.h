#pragma once

#include "EntitySpec.h"

#include <QHash>

#include <memory>
#include <vector>

namespace pitchside::sync {

// Entity type name -> everything the sync engine, the outbox push and the
// conflict resolver need to handle it. The engine has no per-type code:
// a new synced type registers its EntitySpec here (see
// docs/architecture.md, "Adding a synced type").
class EntityRegistry
{
public:
    EntityRegistry() = default;
    EntityRegistry(const EntityRegistry &) = delete;
    EntityRegistry &operator=(const EntityRegistry &) = delete;

    // Every type this build syncs, one line each in EntityRegistry.cpp.
    static const EntityRegistry &builtin();

    // Finalizes and keeps the spec; a later spec of the same type replaces
    // it. A spec whose mapping disagrees with its declaration is refused
    // (it would lose data silently): false, and problems() says why.
    bool add(EntitySpec spec);
    const EntitySpec *find(const QString &type) const;
    std::vector<const EntitySpec *> all() const;
    // Every refusal of add(), one sentence each; empty when all is sound.
    const QStringList &problems() const { return m_problems; }

private:
    std::vector<std::unique_ptr<EntitySpec>> m_specs;
    QHash<QString, EntitySpec *> m_byType;
    QStringList m_problems;
};

// The wire mapping of each built-in type (sync/entities/BuiltinEntities.cpp).
EntitySpec profileEntity();
EntitySpec postEntity();
EntitySpec templateEntity();
EntitySpec mediaEntity();
EntitySpec matchEntity();
EntitySpec eventEntity();
EntitySpec socialAccountEntity();
EntitySpec publicationEntity();
EntitySpec conversationEntity();
EntitySpec messageEntity();
EntitySpec notificationEntity();
EntitySpec contactEntity();
EntitySpec contactCategoryEntity();
EntitySpec campaignEntity();
EntitySpec campaignMessageEntity();
EntitySpec messageTemplateEntity();

} // namespace pitchside::sync
