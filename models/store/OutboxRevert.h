#pragma once

#include "StoreError.h"

#include <QSqlDatabase>
#include <QString>

namespace pitchside::store {

// Undo of a deletion, on the outbox's side: a delete that has not been put
// on the wire yet can simply be taken back; one that may have reached the
// server cannot (the caller then recreates the entity as a copy).
// Call inside the caller's transaction.
StoreError takeBackDelete(QSqlDatabase &db, const QString &entityType, const QString &entityId, bool *takenBack);

} // namespace pitchside::store
