#pragma once

#include <QSqlDatabase>

namespace pitchside::store {

// Counts for status lines, cheap on a 100 000-post store (an index scan,
// not a table scan: the UI thread asks while a sync writes).
int livePostCount(QSqlDatabase &db);

} // namespace pitchside::store
