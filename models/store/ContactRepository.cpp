#include "ContactRepository.h"

#include "Outbox.h"
#include "Transaction.h"
#include "types/SyncedTypes.h"

#include <QSqlQuery>

namespace pitchside::store {

namespace {

// "?, ?, ?": one bind mark per value of a list.
QString bindMarks(qsizetype n)
{
    QString out;
    for (qsizetype i = 0; i < n; ++i)
        out += i ? QStringLiteral(", ?") : QStringLiteral("?");
    return out;
}

// Runs `each` on every id in one transaction: all or nothing.
StoreError inOneTransaction(QSqlDatabase &db, const QStringList &ids,
                            const std::function<StoreError(const QString &)> &each)
{
    Transaction tx(db);
    if (!tx.isActive())
        return StoreError::queryFailed(tx.lastError());
    for (const QString &id : ids) {
        if (StoreError e = each(id))
            return e;
    }
    if (!tx.commit())
        return StoreError::queryFailed(tx.lastError());
    return {};
}

} // namespace

ContactRepository::ContactRepository(QSqlDatabase &db, ChangeHub *hub)
    : m_db(db), m_contacts(db, hub, contactType()), m_categories(db, hub, contactCategoryType())
{
}

std::optional<Contact> ContactRepository::findByNumber(const QString &fullNumber) const
{
    const QVector<Contact> found = m_contacts.select(QStringLiteral("deleted = 0 AND full_number = ? LIMIT 1"),
                                                     {fullNumber});
    return found.isEmpty() ? std::nullopt : std::optional<Contact>(found.constFirst());
}

QSet<QString> ContactRepository::numbers() const
{
    QSet<QString> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT full_number FROM contacts WHERE deleted = 0")))
        return out;
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

int ContactRepository::count() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted = 0")) && q.next() ? q.value(0).toInt()
                                                                                                : 0;
}

StoreError ContactRepository::create(Contact &contact)
{
    if (const auto other = findByNumber(contact.fullNumber); other && other->id != contact.id)
        return {StoreError::Kind::Refused, QStringLiteral("duplicate_number")};
    return m_contacts.create(contact);
}

StoreError ContactRepository::update(const QString &id, const std::function<void(Contact &)> &edit)
{
    return m_contacts.update(id, edit, [this](const Contact &before, const Contact &after) -> StoreError {
        if (after.fullNumber != before.fullNumber) {
            if (const auto other = findByNumber(after.fullNumber); other && other->id != after.id)
                return {StoreError::Kind::Refused, QStringLiteral("duplicate_number")};
        }
        return {};
    });
}

StoreError ContactRepository::createMany(QVector<Contact> &contacts, const std::function<void(int)> &progress,
                                         const std::function<bool()> &cancelled)
{
    return m_contacts.createMany(contacts, progress, cancelled);
}

StoreError ContactRepository::removeMany(const QStringList &ids)
{
    return inOneTransaction(m_db, ids, [this](const QString &id) { return m_contacts.remove(id); });
}

StoreError ContactRepository::addToCategory(const QStringList &ids, const QString &categoryId)
{
    return inOneTransaction(m_db, ids, [&](const QString &id) {
        return m_contacts.update(id, [&](Contact &c) {
            if (!c.categoryIds.contains(categoryId))
                c.categoryIds << categoryId;
        });
    });
}

StoreError ContactRepository::removeFromCategory(const QStringList &ids, const QString &categoryId)
{
    return inOneTransaction(m_db, ids, [&](const QString &id) {
        return m_contacts.update(id, [&](Contact &c) { c.categoryIds.removeAll(categoryId); });
    });
}

StoreError ContactRepository::requestVerification(const QStringList &ids)
{
    const QSet<QString> waiting = verificationsWaiting();
    Outbox outbox(m_db);
    const StoreError e = inOneTransaction(m_db, ids, [&](const QString &id) -> StoreError {
        if (waiting.contains(id))
            return {}; // asked already: once is enough
        if (!find(id))
            return {StoreError::Kind::NotFound};
        return outbox.recordCommand(EntityType::Contact, id, QStringLiteral("verify"), {});
    });
    if (!e)
        m_contacts.rows().announce(ids);
    return e;
}

QSet<QString> ContactRepository::verificationsWaiting() const
{
    QSet<QString> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT entity_id FROM outbox WHERE entity_type = 'contact' AND op = 'command'")))
        return out;
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

QVector<ContactCategory> ContactRepository::categories() const
{
    return m_categories.select(QStringLiteral("deleted = 0 ORDER BY name COLLATE NOCASE"));
}

StoreError ContactRepository::nameTaken(const QString &name, const QString &exceptId) const
{
    const QString folded = name.trimmed().toCaseFolded();
    for (const ContactCategory &c : categories()) {
        if (c.id != exceptId && c.name.trimmed().toCaseFolded() == folded)
            return {StoreError::Kind::Refused, QStringLiteral("duplicate_name")};
    }
    return {};
}

StoreError ContactRepository::createCategory(ContactCategory &category)
{
    if (StoreError e = nameTaken(category.name, category.id))
        return e;
    return m_categories.create(category);
}

StoreError ContactRepository::updateCategory(const QString &id, const std::function<void(ContactCategory &)> &edit)
{
    return m_categories.update(id, edit, [this](const ContactCategory &, const ContactCategory &after) {
        return nameTaken(after.name, after.id);
    });
}

StoreError ContactRepository::removeCategory(const QString &id)
{
    QStringList members;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT DISTINCT contact_id FROM contact_category_members WHERE category_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return StoreError::queryFailed(q);
    while (q.next())
        members << q.value(0).toString();
    Transaction tx(m_db);
    if (!tx.isActive())
        return StoreError::queryFailed(tx.lastError());
    if (StoreError e = removeFromCategory(members, id))
        return e;
    if (StoreError e = m_categories.remove(id))
        return e;
    if (!tx.commit())
        return StoreError::queryFailed(tx.lastError());
    return {};
}

int ContactRepository::countInCategory(const QString &categoryId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(DISTINCT m.contact_id) FROM contact_category_members m "
                             "JOIN contacts c ON c.id = m.contact_id WHERE m.category_id = ? AND c.deleted = 0"));
    q.addBindValue(categoryId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

int ContactRepository::recipientCount(const QStringList &categoryIds) const
{
    if (categoryIds.isEmpty())
        return 0;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(DISTINCT c.id) FROM contacts c JOIN contact_category_members m "
                             "ON m.contact_id = c.id WHERE c.deleted = 0 AND m.category_id IN (%1) "
                             "AND NOT (c.verified_at IS NOT NULL AND c.whatsapp_verified = 0)")
                  .arg(bindMarks(categoryIds.size())));
    for (const QString &id : categoryIds)
        q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

} // namespace pitchside::store
