// Categories of WhatsApp contacts (docs/api/campaigns.md): a name and a
// colour; the server counts their contacts.
#include "SyncedTypes.h"

#include "../ChangeHub.h"

#include <QCoreApplication>

namespace pitchside::store {

namespace {

SyncedType<ContactCategory> declare()
{
    SyncedType<ContactCategory> t(EntityType::ContactCategory, QStringLiteral("contact_categories"),
                                  QT_TRANSLATE_NOOP("SyncEntity", "Contact category"));
    t.operations = CanCreate | CanUpdate | CanDelete;
    t.titleColumn = QStringLiteral("name");
    t.add("name", &ContactCategory::name, ColumnKind::TextNotNull, Required | Pushed,
          QT_TRANSLATE_NOOP("SyncField", "Name"));
    t.add("color", &ContactCategory::color, ColumnKind::TextNotNull, Pushed, QT_TRANSLATE_NOOP("SyncField", "Colour"));
    t.add("contact_count", &ContactCategory::contactCount, ColumnKind::IntegerNotNull);
    t.addTimes();
    return t;
}

} // namespace

const SyncedType<ContactCategory> &contactCategoryType()
{
    return declaredOnce<declare>();
}

} // namespace pitchside::store
