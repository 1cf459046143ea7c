#pragma once

#include "StoreError.h"

namespace pitchside::store {

class Store;

// The posts written before the first sign-in live in the "local" store.
// When the user signs in, they may move them into the account: each
// becomes a new change of the account (a create in its outbox, same id)
// and leaves the local store, in that order, so a crash in between leaves
// a copy in both places rather than in none.
class DraftTransfer
{
public:
    static int count(Store &local);
    // `moved` gets how many posts were moved.
    static StoreError move(Store &local, Store &account, int *moved);
};

} // namespace pitchside::store
