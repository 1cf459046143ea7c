#pragma once

#include "Platform.h"
#include "SocialAccount.h"

#include <QDateTime>
#include <QString>
#include <QVector>

namespace pitchside {

// Why a planned post would not go out on one of its networks, said before
// it fails (the complaint users of Buffer and Postiz make most: a post
// silently not published because a token expired). The one rule the
// editor, the calendar chip and the tray share.
struct PublishingRisk
{
    enum class Reason {
        NoAccount,      // the network has no connected account
        NeedsReconnect, // revoked, expired, or marked so by the server
        ExpiresBefore,  // the authorisation ends before the post's time
    };

    Platform platform = Platform::Facebook;
    Reason reason = Reason::NoAccount;
    QDateTime expiresAt; // ExpiresBefore: when the authorisation ends

    // "Instagram: no account is connected. Connect it on the Accounts page." (translated)
    QString text() const;
    // What to do, in a few words: "Connect Instagram", "Reconnect Instagram", "Renew Instagram".
    QString action() const;

    bool operator==(const PublishingRisk &o) const
    {
        return platform == o.platform && reason == o.reason && expiresAt == o.expiresAt;
    }
};

// The networks of `platforms` that would refuse a post published at `at`
// with these accounts (the ones not being disconnected), as of `now`.
QVector<PublishingRisk> publishingRisks(Platforms platforms, const QDateTime &at,
                                        const QVector<SocialAccount> &accounts, const QDateTime &now);

} // namespace pitchside
