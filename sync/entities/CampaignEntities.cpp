// The wire mapping of the WhatsApp campaign types (docs/api/campaigns.md):
// contacts, their categories, campaigns and the messages a campaign makes.
// One function per type, as in BuiltinEntities.cpp.
#include "EntityRegistry.h"
#include "WireMapping.h"

#include "models/store/types/SyncedTypes.h"

namespace pitchside::sync {

using wire::mapByName;
using wire::mapTimes;

EntitySpec contactEntity()
{
    // PUT is partial. The server derives country_code and phone_number from
    // full_number and owns the WhatsApp check, which the app asks for with
    // a command (POST /api/verify/{id}, answered with the contact).
    EntitySpec s(store::contactType());
    s.collectionPath = QStringLiteral("/api/contacts");
    s.updateMethod = "PUT";
    mapByName(s, {"first_name", "last_name", "full_number", "country_code", "phone_number", "whatsapp_verified",
                  "verified_at"});
    mapTimes(s);
    s.mapChild("category_ids", "category_ids");
    s.commands = {{QStringLiteral("verify"), QStringLiteral("/api/verify/{id}")}};
    return s;
}

EntitySpec contactCategoryEntity()
{
    // contact_count is the server's.
    EntitySpec s(store::contactCategoryType());
    s.collectionPath = QStringLiteral("/api/categories");
    s.updateMethod = "PUT";
    mapByName(s, {"name", "color", "contact_count"});
    mapTimes(s);
    return s;
}

EntitySpec campaignEntity()
{
    // People write the name, the two messages and the categories; the
    // status and the counters are the server's, moved by the commands. Each
    // command is POSTed once with its own Idempotency-Key: a retry after a
    // lost answer is replayed by the server, so a campaign never goes twice.
    EntitySpec s(store::campaignType());
    s.collectionPath = QStringLiteral("/api/campaigns");
    mapByName(s, {"name", "message_1", "message_2", "status", "scheduled_at", "started_at", "completed_at",
                  "total_recipients", "pending_count", "sent_count", "delivered_count", "read_count",
                  "replied_count", "failed_count", "success_count", "message_2_sent_count"});
    mapTimes(s);
    s.mapChild("category_ids", "category_ids");
    for (const char *command : {"send", "stop", "retry", "relaunch"}) {
        const QString name = QString::fromLatin1(command);
        s.commands.push_back({name, QStringLiteral("/api/campaigns/{id}/") + name});
    }
    return s;
}

EntitySpec messageTemplateEntity()
{
    EntitySpec s(store::messageTemplateType());
    s.collectionPath = QStringLiteral("/api/message-templates");
    s.updateMethod = "PUT";
    mapByName(s, {"name", "message_1", "message_2"});
    mapTimes(s);
    return s;
}

EntitySpec campaignMessageEntity()
{
    // Made and moved by the server's sender; the app only reads them, from
    // the feed. GET /api/campaigns/{id}/messages lists a campaign's, so
    // there is no item route to ask for one again.
    EntitySpec s(store::campaignMessageType());
    mapByName(s, {"campaign_id", "contact_id", "message_type", "content", "status", "sent_at", "delivered_at",
                  "read_at", "replied_at", "failed_at", "error_message", "retries"});
    mapTimes(s);
    s.canFetchItem = false;
    return s;
}

} // namespace pitchside::sync
