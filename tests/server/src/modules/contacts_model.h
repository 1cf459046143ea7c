// WhatsApp contacts and their categories (docs/api/campaigns.md): synced
// entities of types `contact` and `contact_category`, the one source of
// truth for every contact (the inbox names its WhatsApp parties from them).
#pragma once

#include "core/json.h"
#include "modules/phone_numbers.h"
#include "store/entity_store.h"

#include <QString>
#include <QStringList>
#include <optional>

struct AppContext;

namespace contacts {

inline const QString kContact = QStringLiteral("contact");
inline const QString kCategory = QStringLiteral("contact_category");
// Reusable campaign texts (modules/message_templates_routes.cpp).
inline const QString kMessageTemplate = QStringLiteral("message_template");

struct NewContact {
    QString id;          // empty: a new one
    QString userId;
    QString firstName, lastName;
    phone::Number number;
    QStringList categoryIds;
    QString createHash;
    QString createdAt;   // empty: now (the seed gives its own)
    QString verifiedAt;  // empty: never checked
    bool verified = false;
};
// Inserts the contact (with its feed change); the caller recounts the
// categories it joined.
Entity create(AppContext &ctx, const NewContact &c);

// The user's contact with that E.164 number.
std::optional<Entity> byNumber(AppContext &ctx, const QString &userId, const QString &e164);
// 409 CONFLICT {field: full_number, reason: duplicate, existing_id}.
[[noreturn]] void throwDuplicate(const QString &existingId);

// "Camille Martin", or the number when both names are empty.
QString displayName(const json &contact);
bool isContactOf(AppContext &ctx, const QString &contactId, const QString &userId);
QString nameOf(AppContext &ctx, const QString &contactId);

// 400 on `field` (with the index of the first unknown one) unless every id
// is one of the user's categories; returns them without repeats.
QStringList checkCategories(AppContext &ctx, const QString &userId, const QStringList &ids, const std::string &field);
// Sets contact_count of those categories from the contacts that name them
// (a version and a feed change each, only when the count moved).
void recount(AppContext &ctx, const QString &userId, const QStringList &categoryIds);

// Simulated WhatsApp check: whatsapp_verified and verified_at (now), with
// the contact's new version. Returns whether the number has WhatsApp.
bool verify(AppContext &ctx, Entity &contact);
// Checked and found without WhatsApp: campaigns leave it out.
inline bool knownWithoutWhatsApp(const json &contact)
{
    return contact.value("verified_at", json()).is_string() && !contact.value("whatsapp_verified", false);
}

} // namespace contacts
