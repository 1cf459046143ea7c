// Profiles (seed A §3.2): the club, its teams, a district, a sponsor. Read-only
// here: they change through PUT /api/users/me/profiles as a whole list.
// `position` is ours (the order of users/me), never pulled.
#include "SyncedTypes.h"

#include "../ChangeHub.h"

#include <QCoreApplication>

namespace pitchside::store {

namespace {

SyncedType<Profile> declare()
{
    SyncedType<Profile> t(EntityType::Profile, QStringLiteral("profiles"), QT_TRANSLATE_NOOP("SyncEntity", "Profile"));
    t.titleColumn = QStringLiteral("name");
    t.add("type", &Profile::type, ColumnKind::TextNotNull, Required, QT_TRANSLATE_NOOP("SyncField", "Kind"))
        .oneOf({QStringLiteral("equipe"), QStringLiteral("club"), QStringLiteral("district"), QStringLiteral("ligue"),
                QStringLiteral("sponsor")});
    t.add("name", &Profile::name, ColumnKind::TextNotNull, Required, QT_TRANSLATE_NOOP("SyncField", "Name"));
    t.add("logo", &Profile::logo, ColumnKind::Text);
    t.add("club_id", &Profile::clubId, ColumnKind::Text);
    t.add("numero", &Profile::numero, ColumnKind::Text, 0, QT_TRANSLATE_NOOP("SyncField", "Affiliation number"));
    t.add("is_active", &Profile::isActive, ColumnKind::Bool);
    t.add("position", &Profile::position, ColumnKind::IntegerNotNull, LocalOnly);
    t.addTimes();
    return t;
}

} // namespace

const SyncedType<Profile> &profileType()
{
    return declaredOnce<declare>();
}

} // namespace pitchside::store
