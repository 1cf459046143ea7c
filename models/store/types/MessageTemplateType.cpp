// Reusable campaign messages (docs/api/campaigns.md, message templates):
// a name, a first message and an optional follow-up.
#include "SyncedTypes.h"

#include "../ChangeHub.h"

#include <QCoreApplication>

namespace pitchside::store {

namespace {

SyncedType<MessageTemplate> declare()
{
    SyncedType<MessageTemplate> t(EntityType::MessageTemplate, QStringLiteral("message_templates"),
                                  QT_TRANSLATE_NOOP("SyncEntity", "Message template"));
    t.operations = CanCreate | CanUpdate | CanDelete;
    t.titleColumn = QStringLiteral("name");
    t.add("name", &MessageTemplate::name, ColumnKind::TextNotNull, Required | Pushed,
          QT_TRANSLATE_NOOP("SyncField", "Name"));
    t.add("message_1", &MessageTemplate::message1, ColumnKind::TextNotNull, Required | Pushed,
          QT_TRANSLATE_NOOP("SyncField", "First message"));
    t.add("message_2", &MessageTemplate::message2, ColumnKind::Text, Pushed,
          QT_TRANSLATE_NOOP("SyncField", "Follow-up"));
    t.addTimes();
    return t;
}

} // namespace

const SyncedType<MessageTemplate> &messageTemplateType()
{
    return declaredOnce<declare>();
}

} // namespace pitchside::store
