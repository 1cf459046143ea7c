#pragma once

#include "../Profile.h"
#include "SyncedRepository.h"

#include <QSqlDatabase>
#include <QVector>

namespace pitchside::store {

// The user's profiles (club, team, sponsor…), in the server's order
// (synced type "profile", read-only here).
class ProfileRepository
{
public:
    explicit ProfileRepository(QSqlDatabase &db);

    QVector<Profile> all() const;

private:
    SyncedRepository<Profile> m_items;
};

} // namespace pitchside::store
