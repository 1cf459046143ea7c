#pragma once

#include "EntitySpec.h"

#include <initializer_list>

// Small helpers the wire mappings share (BuiltinEntities.cpp, CampaignEntities.cpp).
namespace pitchside::sync::wire {

// Every synced resource carries them (SyncedResource in the contract).
inline void mapTimes(EntitySpec &s)
{
    s.map("created_at", {"created_at"});
    s.map("updated_at", {"updated_at"});
}

// Columns whose JSON key is their own name, at the top of the item.
inline void mapByName(EntitySpec &s, std::initializer_list<const char *> columns)
{
    for (const char *c : columns)
        s.map(c, {c});
}

} // namespace pitchside::sync::wire
