#pragma once

#include "SyncFields.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace pitchside {

// A LinkedIn, Facebook or Instagram account connected through the backend
// (API.md §9, seed P social_connections). The backend keeps the provider's
// tokens; this is what the app may know: who, what for, until when.
struct SocialAccount
{
    QString id;
    QString platform;         // linkedin, facebook, instagram
    QString networkProfileId; // the page or profile id on the network
    QString profileName;      // as the network shows it (@us.riviere)
    QStringList scopes;
    QDateTime expiresAt;      // the provider token's end
    bool isActive = true;
    bool needsReconnect = false;
    QString reconnectReason; // expired, revoked
    QDateTime lastUsedAt;
    QDateTime connectedAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    SyncFields sync;
};

} // namespace pitchside
