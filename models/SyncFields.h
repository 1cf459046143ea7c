#pragma once

#include <QtGlobal>

namespace pitchside {

// The bookkeeping every synced row carries (see resources/migrations/0001).
struct SyncFields
{
    qint64 version = 0;   // server version last seen; 0 = never accepted by a server
    bool dirty = false;   // a local change is waiting in the outbox
    bool deleted = false; // local tombstone, waiting to be pushed
    bool conflict = false; // a server copy waits in `conflicts`
};

} // namespace pitchside
