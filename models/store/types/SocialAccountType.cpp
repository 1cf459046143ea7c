// Connected network accounts (API.md §9): the server's to make (through
// the OAuth flow) and renew; here they are read and disconnected (a
// delete, through the outbox like any other).
#include "SyncedTypes.h"

#include "../ChangeHub.h"

#include <QCoreApplication>

namespace pitchside::store {

namespace {

SyncedType<SocialAccount> declare()
{
    SyncedType<SocialAccount> t(EntityType::SocialAccount, QStringLiteral("social_accounts"),
                                QT_TRANSLATE_NOOP("SyncEntity", "Social account"));
    t.operations = CanDelete;
    t.titleColumn = QStringLiteral("profile_name");
    t.add("platform", &SocialAccount::platform, ColumnKind::TextNotNull, Required,
          QT_TRANSLATE_NOOP("SyncField", "Network"))
        .oneOf({QStringLiteral("linkedin"), QStringLiteral("facebook"), QStringLiteral("instagram")});
    t.add("network_profile_id", &SocialAccount::networkProfileId, ColumnKind::TextNotNull, Required);
    t.add("profile_name", &SocialAccount::profileName, ColumnKind::TextNotNull, 0,
          QT_TRANSLATE_NOOP("SyncField", "Account name"));
    t.add("scopes", &SocialAccount::scopes, ColumnKind::JsonArray);
    t.add("expires_at", &SocialAccount::expiresAt, ColumnKind::Timestamp, 0,
          QT_TRANSLATE_NOOP("SyncField", "Authorisation ends"));
    t.add("is_active", &SocialAccount::isActive, ColumnKind::Bool);
    t.add("needs_reconnect", &SocialAccount::needsReconnect, ColumnKind::Bool);
    t.add("reconnect_reason", &SocialAccount::reconnectReason, ColumnKind::Text);
    t.add("last_used_at", &SocialAccount::lastUsedAt, ColumnKind::Timestamp);
    t.add("connected_at", &SocialAccount::connectedAt, ColumnKind::Timestamp);
    t.addTimes();
    return t;
}

} // namespace

const SyncedType<SocialAccount> &socialAccountType()
{
    return declaredOnce<declare>();
}

} // namespace pitchside::store
