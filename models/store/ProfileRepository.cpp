#include "ProfileRepository.h"

#include "SqlValues.h"

#include <QSqlQuery>

namespace pitchside::store {

QVector<Profile> ProfileRepository::all() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QVector<Profile> out;
    if (!q.exec(QStringLiteral("SELECT id, type, name, logo, club_id, numero, is_active, position, created_at, "
                               "updated_at, version FROM profiles WHERE deleted = 0 ORDER BY position, name")))
        return out;
    while (q.next()) {
        Profile p;
        p.id = q.value(0).toString();
        p.type = q.value(1).toString();
        p.name = q.value(2).toString();
        p.logo = q.value(3).toString();
        p.clubId = q.value(4).toString();
        p.numero = q.value(5).toString();
        p.isActive = q.value(6).toBool();
        p.position = q.value(7).toInt();
        p.createdAt = dateFromMs(q.value(8));
        p.updatedAt = dateFromMs(q.value(9));
        p.sync.version = q.value(10).toLongLong();
        out.push_back(p);
    }
    return out;
}

} // namespace pitchside::store
