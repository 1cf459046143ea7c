// --seed demo and --seed bench:N. Both are idempotent: a data dir that
// already holds the seed is left as it is.
#pragma once

#include <QStringList>

struct AppContext;

namespace seeding {

// Returns the lines to print after the base URL (sign-in details).
QStringList demo(AppContext &ctx);
QStringList bench(AppContext &ctx, int posts);

} // namespace seeding
