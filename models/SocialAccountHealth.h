#pragma once

#include "SocialAccount.h"

#include <QDateTime>
#include <QString>

namespace pitchside {

// Whether a network account can publish, now and at a given time: the one
// rule the Accounts page, the editor, the calendar and the tray share.
struct SocialAccountHealth
{
    enum class State {
        Healthy,
        ExpiresSoon,    // within kWarnDays: renew or reconnect before then
        NeedsReconnect, // revoked, expired, or marked so by the server
    };
    static constexpr int kWarnDays = 14;

    State state = State::Healthy;
    int daysLeft = 0; // whole days until the authorisation ends (0: today or past)

    static SocialAccountHealth of(const SocialAccount &account, const QDateTime &now);
    // True when a post due at `at` would be published with this account.
    static bool canPublishAt(const SocialAccount &account, const QDateTime &at, const QDateTime &now);

    // "Expires in 12 days", "Expires today", "Needs reconnecting"… (translated)
    QString text() const;
};

} // namespace pitchside
