#pragma once

#include "../SocialAccount.h"
#include "StoreError.h"
#include "SyncedRepository.h"

#include <QSqlDatabase>
#include <QVector>

namespace pitchside::store {

class ChangeHub;

// The connected network accounts (synced type "social_account",
// models/store/types/SocialAccountType.cpp): read, and disconnected (a
// delete with its outbox entry; the server then forgets the tokens).
class SocialAccountRepository
{
public:
    SocialAccountRepository(QSqlDatabase &db, ChangeHub *hub);

    // Not being disconnected; by network, then name.
    QVector<SocialAccount> all() const;
    std::optional<SocialAccount> find(const QString &id) const { return m_items.find(id); }
    StoreError disconnect(const QString &id) { return m_items.remove(id); }

private:
    SyncedRepository<SocialAccount> m_items;
};

} // namespace pitchside::store
