#pragma once

#include "../Profile.h"

#include <QSqlDatabase>
#include <QVector>

namespace pitchside::store {

// The user's profiles (club, team, sponsor…), in the server's order.
class ProfileRepository
{
public:
    explicit ProfileRepository(QSqlDatabase &db) : m_db(db) {}

    QVector<Profile> all() const;

private:
    QSqlDatabase &m_db;
};

} // namespace pitchside::store
