#pragma once

#include "StoreError.h"

#include <QSqlDatabase>
#include <QStringList>

namespace pitchside::store {

// The order of the user's profiles (users/me's profiles[]), which the feed
// does not carry: the profile switcher lists them in this order.
StoreError setProfileOrder(QSqlDatabase &db, const QStringList &ids);

} // namespace pitchside::store
