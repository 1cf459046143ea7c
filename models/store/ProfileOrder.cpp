#include "ProfileOrder.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pitchside::store {

StoreError setProfileOrder(QSqlDatabase &db, const QStringList &ids)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE profiles SET position = ? WHERE id = ?"));
    for (int i = 0; i < ids.size(); ++i) {
        q.addBindValue(i);
        q.addBindValue(ids.at(i));
        if (!q.exec())
            return StoreError::queryFailed(q);
    }
    return {};
}

} // namespace pitchside::store
