#include "ChangeHub.h"

namespace pitchside::store {

void ChangeHub::notify(const QString &entityType, const QStringList &ids)
{
    Q_EMIT changed(entityType, ids);
}

} // namespace pitchside::store
