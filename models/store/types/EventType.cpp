// Club events shown on the calendar (Be-Right events, seed B): read-only
// here, the server's to change.
#include "SyncedTypes.h"

#include "../ChangeHub.h"

#include <QCoreApplication>

namespace pitchside::store {

namespace {

SyncedType<Event> declare()
{
    SyncedType<Event> t(EntityType::Event, QStringLiteral("events"), QT_TRANSLATE_NOOP("SyncEntity", "Event"));
    t.titleColumn = QStringLiteral("name");
    t.add("name", &Event::name, ColumnKind::TextNotNull, Required, QT_TRANSLATE_NOOP("SyncField", "Name"));
    t.add("description", &Event::description, ColumnKind::Text);
    t.add("start_at", &Event::start, ColumnKind::TimestampNotNull, Required, QT_TRANSLATE_NOOP("SyncField", "Start"));
    t.add("end_at", &Event::end, ColumnKind::TimestampNotNull, Required, QT_TRANSLATE_NOOP("SyncField", "End"));
    t.add("status", &Event::status, ColumnKind::TextNotNull);
    t.add("address", &Event::address, ColumnKind::Text, 0, QT_TRANSLATE_NOOP("SyncField", "Address"));
    t.add("signature_count", &Event::signatureCount, ColumnKind::IntegerNotNull);
    t.add("total_signature_needed", &Event::totalSignatureNeeded, ColumnKind::IntegerNotNull);
    t.addTimes();
    return t;
}

} // namespace

const SyncedType<Event> &eventType()
{
    return declaredOnce<declare>();
}

} // namespace pitchside::store
