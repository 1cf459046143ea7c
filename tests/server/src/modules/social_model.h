// Social accounts (API.md §9, seed [P] social_connections): one active
// account per network and user, a synced entity of type "social_account"
// whose body never holds a token (those are sealed in SocialVault).
#pragma once

#include "core/json.h"
#include "store/entity_store.h"

#include <QString>

struct AppContext;

namespace social {

// linkedin, facebook or instagram; else 404.
void checkPlatform(const QString &platform);
bool isPlatform(const QString &platform);

// The scopes each network is asked for (what publishing and metrics need).
QStringList scopesFor(const QString &platform);
// How long a provider token lives: Meta's long-lived tokens about 60 days,
// LinkedIn's 60 days; the test switch shortens both.
qint64 lifetimeSec(const AppContext &ctx, const QString &platform);

// After the provider's consent: makes or renews the user's account for the
// network with fresh tokens (sealed), and returns its id.
QString connect(AppContext &ctx, const QString &userId, const QString &platform);
// New tokens for a connected account; 422 needs_reconnect when revoked or expired.
void refresh(AppContext &ctx, Entity &account);
// The provider no longer honours the token (revoked by the user, or expired).
void markNeedsReconnect(AppContext &ctx, Entity &account, const char *why);
// Marks every expired account; run by a job.
int markExpired(AppContext &ctx);
void disconnect(AppContext &ctx, const Entity &account);

} // namespace social
