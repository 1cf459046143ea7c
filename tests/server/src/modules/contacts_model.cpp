#include "contacts_model.h"

#include "core/app_context.h"
#include "core/ids.h"
#include "core/textutil.h"
#include "core/timeutil.h"
#include "http/api_error.h"
#include "modules/resource_util.h"
#include "store/database.h"

#include <QSet>

namespace contacts {

namespace {

QString str(const json &body, const char *key) { return qs(body.value(key, json("")).is_string() ? body[key].get<std::string>() : std::string()); }

const bool contactIndexers = [] {
    EntityStore::setIndexer(kContact, [](Entity &e) {
        // status: what ?verified= filters on.
        e.status = !e.body["verified_at"].is_string() ? QStringLiteral("unchecked")
            : e.body.value("whatsapp_verified", false)  ? QStringLiteral("verified")
                                                        : QStringLiteral("not_on_whatsapp");
        // Names and the number as written in France too (0612…), folded.
        e.search = textutil::fold(str(e.body, "first_name") + QLatin1Char(' ') + str(e.body, "last_name") + QLatin1Char(' ')
                                  + str(e.body, "full_number") + QStringLiteral(" 0") + str(e.body, "phone_number"));
    });
    EntityStore::setIndexer(kCategory, [](Entity &e) { e.search = textutil::fold(str(e.body, "name")); });
    return true;
}();

} // namespace

Entity create(AppContext &ctx, const NewContact &c)
{
    Entity e;
    e.id = c.id.isEmpty() ? ids::uuid() : c.id;
    e.type = kContact;
    e.userId = c.userId;
    e.createHash = c.createHash;
    e.createdAt = c.createdAt;
    e.body = {{"id", ss(e.id)},
              {"first_name", ss(c.firstName)},
              {"last_name", ss(c.lastName)},
              {"full_number", ss(c.number.e164)},
              {"country_code", ss(c.number.countryCode)},
              {"phone_number", ss(c.number.national)},
              {"whatsapp_verified", !c.verifiedAt.isEmpty() && c.verified},
              {"verified_at", c.verifiedAt.isEmpty() ? json(nullptr) : json(ss(c.verifiedAt))},
              {"category_ids", resource::stringArray(c.categoryIds)}};
    ctx.store->insert(e);
    return e;
}

std::optional<Entity> byNumber(AppContext &ctx, const QString &userId, const QString &e164)
{
    // Same expression as the partial index entities_contact_number.
    const QList<Entity> found = ctx.store->load(
        QStringLiteral("user_id = ? AND type = 'contact' AND json_extract(body, '$.full_number') = ?"), {userId, e164},
        QStringLiteral("LIMIT 1"));
    return found.isEmpty() ? std::nullopt : std::optional<Entity>(found.first());
}

void throwDuplicate(const QString &existingId)
{
    throw ApiError::conflict({QStringLiteral("Un contact avec ce numéro existe déjà."),
                              QStringLiteral("A contact with this number already exists.")},
                             {{"field", "full_number"}, {"reason", "duplicate"}, {"existing_id", ss(existingId)}});
}

QString displayName(const json &contact)
{
    const QString name = (str(contact, "first_name") + QLatin1Char(' ') + str(contact, "last_name")).trimmed();
    return name.isEmpty() ? str(contact, "full_number") : name;
}

bool isContactOf(AppContext &ctx, const QString &contactId, const QString &userId)
{
    return ctx.db->scalar(QStringLiteral("SELECT COUNT(*) FROM entities WHERE id = ? AND type = 'contact' AND user_id = ?"),
                          {contactId.toLower(), userId})
               .toInt()
        > 0;
}

QString nameOf(AppContext &ctx, const QString &contactId)
{
    const std::optional<Entity> e = ctx.store->find(contactId);
    return e && e->type == kContact ? displayName(e->body) : QString();
}

QStringList checkCategories(AppContext &ctx, const QString &userId, const QStringList &ids, const std::string &field)
{
    QStringList out;
    for (int i = 0; i < ids.size(); ++i) {
        const QString id = ids[i].toLower();
        if (out.contains(id))
            continue;
        const bool known = ctx.db->scalar(QStringLiteral("SELECT COUNT(*) FROM entities WHERE id = ? AND type = 'contact_category'"
                                                         " AND user_id = ?"),
                                          {id, userId})
                               .toInt()
            > 0;
        if (!known)
            throw ApiError::validation(field + "[" + std::to_string(i) + "]", "unknown_category");
        out << id;
    }
    return out;
}

void recount(AppContext &ctx, const QString &userId, const QStringList &categoryIds)
{
    const QSet<QString> unique(categoryIds.begin(), categoryIds.end());
    for (const QString &id : unique) {
        std::optional<Entity> cat = ctx.store->find(id);
        if (!cat || cat->type != kCategory || cat->userId != userId)
            continue;
        const qint64 count = ctx.db->scalar(QStringLiteral("SELECT COUNT(*) FROM entities WHERE user_id = ? AND type = 'contact'"
                                                           " AND EXISTS (SELECT 1 FROM json_each(body, '$.category_ids')"
                                                           " WHERE value = ?)"),
                                            {userId, id})
                                 .toLongLong();
        if (cat->body.value("contact_count", qint64(-1)) == count)
            continue;
        cat->body["contact_count"] = count;
        ctx.store->update(*cat);
    }
}

bool verify(AppContext &ctx, Entity &contact)
{
    const bool on = phone::onWhatsApp(str(contact.body, "full_number"));
    contact.body["whatsapp_verified"] = on;
    contact.body["verified_at"] = ss(timeutil::nowIso());
    ctx.store->update(contact);
    return on;
}

} // namespace contacts
