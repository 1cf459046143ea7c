#pragma once

#include "../Contact.h"
#include "StoreError.h"
#include "SyncedRepository.h"

#include <QSet>
#include <QSqlDatabase>
#include <QVector>

#include <functional>

#include <optional>

namespace pitchside::store {

class ChangeHub;

// WhatsApp contacts and their categories (synced types "contact" and
// "contact_category", models/store/types/). Numbers are E.164 already
// (models/campaigns/PhoneNumbers normalises what people type); the rules
// here are the ones the server also holds: one contact per number, one
// category per name. Bulk changes are one transaction.
class ContactRepository
{
public:
    ContactRepository(QSqlDatabase &db, ChangeHub *hub);

    std::optional<Contact> find(const QString &id) const { return m_contacts.find(id); }
    // The live contact with that number, if any.
    std::optional<Contact> findByNumber(const QString &fullNumber) const;
    // Every live contact's number (an import's "already a contact").
    QSet<QString> numbers() const;
    int count() const;

    // Refused (Kind::Refused, detail "duplicate_number") when another
    // contact has the number.
    StoreError create(Contact &contact);
    StoreError update(const QString &id, const std::function<void(Contact &)> &edit);
    StoreError remove(const QString &id) { return m_contacts.remove(id); }

    // Many new contacts (an import), in one transaction: all or nothing.
    // The caller checked the numbers (campaigns::checkImport). `progress`
    // is told every few hundred; `cancelled` returning true rolls back.
    StoreError createMany(QVector<Contact> &contacts, const std::function<void(int done)> &progress = {},
                          const std::function<bool()> &cancelled = {});

    // On a selection, all or nothing.
    StoreError removeMany(const QStringList &ids);
    StoreError addToCategory(const QStringList &ids, const QString &categoryId);
    StoreError removeFromCategory(const QStringList &ids, const QString &categoryId);
    // Asks the server whether each number has WhatsApp (an outbox command
    // per contact, sent when online).
    StoreError requestVerification(const QStringList &ids);
    // Contacts with a check waiting to be sent.
    QSet<QString> verificationsWaiting() const;

    // Categories, by name. Refused ("duplicate_name") when another has the
    // name, ignoring case.
    QVector<ContactCategory> categories() const;
    std::optional<ContactCategory> findCategory(const QString &id) const { return m_categories.find(id); }
    StoreError createCategory(ContactCategory &category);
    StoreError updateCategory(const QString &id, const std::function<void(ContactCategory &)> &edit);
    // Takes it out of its contacts too, as the server does.
    StoreError removeCategory(const QString &id);
    // Live contacts in a category.
    int countInCategory(const QString &categoryId) const;

    // The contacts a campaign over these categories reaches: each once,
    // without those checked as having no WhatsApp.
    int recipientCount(const QStringList &categoryIds) const;

    SyncedRows &contactRows() { return m_contacts.rows(); }

private:
    StoreError nameTaken(const QString &name, const QString &exceptId) const;

    QSqlDatabase &m_db;
    SyncedRepository<Contact> m_contacts;
    SyncedRepository<ContactCategory> m_categories;
};

} // namespace pitchside::store
