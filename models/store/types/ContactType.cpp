// WhatsApp contacts (docs/api/campaigns.md): people write the names, the
// number and the categories; the server reads the number (country code,
// national number) and says whether it has WhatsApp.
#include "SyncedTypes.h"

#include "../ChangeHub.h"

#include <QCoreApplication>

namespace pitchside::store {

namespace {

SyncedType<Contact> declare()
{
    SyncedType<Contact> t(EntityType::Contact, QStringLiteral("contacts"), QT_TRANSLATE_NOOP("SyncEntity", "Contact"));
    t.operations = CanCreate | CanUpdate | CanDelete;
    t.titleColumn = QStringLiteral("full_number");
    t.add("first_name", &Contact::firstName, ColumnKind::TextNotNull, Pushed,
          QT_TRANSLATE_NOOP("SyncField", "First name"));
    t.add("last_name", &Contact::lastName, ColumnKind::TextNotNull, Pushed, QT_TRANSLATE_NOOP("SyncField", "Last name"));
    t.add("full_number", &Contact::fullNumber, ColumnKind::TextNotNull, Required | Pushed,
          QT_TRANSLATE_NOOP("SyncField", "Phone number"));
    t.add("country_code", &Contact::countryCode, ColumnKind::Text);
    t.add("phone_number", &Contact::phoneNumber, ColumnKind::Text);
    t.add("whatsapp_verified", &Contact::whatsappVerified, ColumnKind::Bool, 0,
          QT_TRANSLATE_NOOP("SyncField", "On WhatsApp"));
    t.add("verified_at", &Contact::verifiedAt, ColumnKind::Timestamp, 0, QT_TRANSLATE_NOOP("SyncField", "Checked on"));
    t.addTimes();
    t.addChild({QStringLiteral("contact_category_members"), QStringLiteral("contact_id"),
                QStringLiteral("category_id"), QStringLiteral("position")},
               "category_ids", &Contact::categoryIds, QT_TRANSLATE_NOOP("SyncField", "Categories"));
    return t;
}

} // namespace

const SyncedType<Contact> &contactType()
{
    return declaredOnce<declare>();
}

} // namespace pitchside::store
