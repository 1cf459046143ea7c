// Notifications (API.md §6): the server's to make; here they are read
// (POST …/read, through the outbox like any change) and deleted.
#include "SyncedTypes.h"

#include "../ChangeHub.h"

#include <QCoreApplication>

namespace pitchside::store {

namespace {

SyncedType<Notification> declare()
{
    SyncedType<Notification> t(EntityType::Notification, QStringLiteral("notifications"),
                               QT_TRANSLATE_NOOP("SyncEntity", "Notification"));
    t.operations = CanUpdate | CanDelete;
    t.titleColumn = QStringLiteral("title");
    t.marksOnly = true; // read marks: a newer server copy never conflicts with them
    // Types this build does not know yet are kept: the panel shows them
    // with a plain icon rather than losing what the server said.
    t.add("type", &Notification::type, ColumnKind::TextNotNull, Required);
    t.add("title", &Notification::title, ColumnKind::TextNotNull, Required, QT_TRANSLATE_NOOP("SyncField", "Title"));
    t.add("message", &Notification::message, ColumnKind::TextNotNull, 0, QT_TRANSLATE_NOOP("SyncField", "Message"));
    t.add("link", &Notification::link, ColumnKind::Text);
    t.add("subject_type", &Notification::subjectType, ColumnKind::Text);
    t.add("subject_id", &Notification::subjectId, ColumnKind::Text);
    t.add("is_read", &Notification::isRead, ColumnKind::Bool, Pushed, QT_TRANSLATE_NOOP("SyncField", "Read"));
    t.add("read_at", &Notification::readAt, ColumnKind::Timestamp);
    t.addTimes();
    return t;
}

} // namespace

const SyncedType<Notification> &notificationType()
{
    return declaredOnce<declare>();
}

} // namespace pitchside::store
