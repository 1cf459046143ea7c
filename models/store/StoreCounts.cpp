#include "StoreCounts.h"

#include <QSqlQuery>

namespace pitchside::store {

int livePostCount(QSqlDatabase &db)
{
    // count(*) of the whole table reads its smallest index; local
    // tombstones are dirty, so the partial index posts_dirty finds them.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM posts) - "
                               "(SELECT count(*) FROM posts WHERE dirty = 1 AND deleted = 1)"))
        || !q.next())
        return 0;
    return q.value(0).toInt();
}

} // namespace pitchside::store
