// Publishing a planned post on its networks (API.md §4 and §9). The server
// plays each provider through the user's connected account: a post goes
// out as one publication per network, each published or failed with a
// reason (error_code) the app can explain.
#pragma once

#include "store/entity_store.h"

#include <QString>
#include <QStringList>

struct AppContext;

namespace postpublishing {

// The reasons a network refuses a publication. The test switch queues the
// provider ones; the account ones come from the account's state.
bool isProviderFailure(const QString &code);

// Publishes `post` on `platforms` (all of its networks when empty) now:
// makes or reuses one publication per network, skips the ones already
// published, and sets the post to published (every network out) or
// failed (error_message names the networks that refused).
void publishPost(AppContext &ctx, Entity &post, const QStringList &platforms = {});

// Grows the audience figures of recent publications (a real network's
// metrics rise for about two days); returns how many changed.
int growMetrics(AppContext &ctx);

} // namespace postpublishing
