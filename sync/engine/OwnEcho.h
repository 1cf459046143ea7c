#pragma once

#include "models/store/EntityTable.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QStringList>

namespace pitchside::sync {

class EntitySpec;

// A change we sent whose answer was lost (malformed, cut, or a dropped
// connection then a 500 on the retry) comes back to us through the feed,
// or as the `current` copy of a 409: the server's copy then equals what
// we sent. That is our own change, not a conflict with it.

// True when every field of the frozen request body equals the server's copy.
bool echoesSentBody(const EntitySpec &spec, const QByteArray &sentBody, const store::EntityRow &server);

// True when the two rows hold the same values for the pushable fields and
// children named in keys.
bool sameOnKeys(const EntitySpec &spec, const store::EntityRow &local, const store::EntityRow &server,
                const QStringList &keys);

// For a pulled copy that moved past a dirty row: when the entity's oldest
// waiting change is a frozen update whose body the copy echoes, completes
// that change as the lost answer would have (the server's copy replaces the
// row, or only its version when later changes wait) and returns true.
// When the oldest waiting change is a delete and the copy equals the row
// the user deleted, the copy is our own lost edit: the delete goes on over
// the copy's version (true). When it is a frozen create the copy echoes
// and later changes wait behind it, the create is done and they go over
// the copy's version (true). Inside the caller's transaction.
bool settleOwnEcho(QSqlDatabase &db, const EntitySpec &spec, const store::EntityRow &server);

} // namespace pitchside::sync
