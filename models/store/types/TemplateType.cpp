// Templates (API.md §4): reusable posts with {{variables}}. The server
// counts their uses; their profile is the server's to set.
#include "SyncedTypes.h"

#include "../ChangeHub.h"

#include <QCoreApplication>

namespace pitchside::store {

namespace {

SyncedType<PostTemplate> declare()
{
    SyncedType<PostTemplate> t(EntityType::Template, QStringLiteral("templates"),
                               QT_TRANSLATE_NOOP("SyncEntity", "Template"));
    t.operations = CanCreate | CanUpdate | CanDelete;
    t.titleColumn = QStringLiteral("name");
    t.add("profile_id", &PostTemplate::profileId, ColumnKind::Text).references("profile");
    t.add("name", &PostTemplate::name, ColumnKind::TextNotNull, Required | Pushed,
          QT_TRANSLATE_NOOP("SyncField", "Name"));
    t.add("description", &PostTemplate::description, ColumnKind::Text, Pushed,
          QT_TRANSLATE_NOOP("SyncField", "Description"));
    t.add("category", &PostTemplate::category, ColumnKind::TextNotNull, Required | Pushed,
          QT_TRANSLATE_NOOP("SyncField", "Category"))
        .oneOf({QStringLiteral("conseil"), QStringLiteral("actualite"), QStringLiteral("temoignage"),
                QStringLiteral("etude_cas"), QStringLiteral("promo"), QStringLiteral("autre")});
    t.add("platforms", &PostTemplate::platforms, ColumnKind::PlatformMask, Required | Pushed,
          QT_TRANSLATE_NOOP("SyncField", "Networks"));
    t.add("content", &PostTemplate::content, ColumnKind::TextNotNull, Required | Pushed,
          QT_TRANSLATE_NOOP("SyncField", "Text"));
    t.add("hashtags", &PostTemplate::hashtags, ColumnKind::JsonArray, Pushed,
          QT_TRANSLATE_NOOP("SyncField", "Hashtags"));
    t.add("variables", &PostTemplate::variables, ColumnKind::JsonObject, Pushed,
          QT_TRANSLATE_NOOP("SyncField", "Variables"));
    t.add("usage_count", &PostTemplate::usageCount, ColumnKind::IntegerNotNull);
    t.addTimes();
    return t;
}

} // namespace

const SyncedType<PostTemplate> &templateType()
{
    return declaredOnce<declare>();
}

} // namespace pitchside::store
