#pragma once

#include "EntitySpec.h"

#include <QHash>

#include <memory>
#include <vector>

namespace pitchside::sync {

// Entity type name -> everything the sync engine, the outbox push and the
// conflict resolver need to handle it. The engine has no per-type code:
// a new synced module registers its EntitySpec here (see
// docs/architecture.md, "Adding a synced entity").
class EntityRegistry
{
public:
    EntityRegistry() = default;
    EntityRegistry(const EntityRegistry &) = delete;
    EntityRegistry &operator=(const EntityRegistry &) = delete;

    // Profiles, posts, templates, media records, matches and events.
    static const EntityRegistry &builtin();

    // Finalizes and keeps the spec; a later spec of the same type replaces it.
    void add(EntitySpec spec);
    const EntitySpec *find(const QString &type) const;
    std::vector<const EntitySpec *> all() const;

private:
    std::vector<std::unique_ptr<EntitySpec>> m_specs;
    QHash<QString, EntitySpec *> m_byType;
};

// The built-in types, one function each (sync/entities/BuiltinEntities.cpp).
EntitySpec profileEntity();
EntitySpec postEntity();
EntitySpec templateEntity();
EntitySpec mediaEntity();
EntitySpec matchEntity();
EntitySpec eventEntity();

} // namespace pitchside::sync
