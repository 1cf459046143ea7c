#include "PublishingRisk.h"

#include "SocialAccountHealth.h"

#include <QCoreApplication>
#include <QLocale>

namespace pitchside {

QString PublishingRisk::text() const
{
    const QString network = platformName(platform);
    switch (reason) {
    case Reason::NoAccount:
        return QCoreApplication::translate("PublishingRisk",
                                           "%1: no account is connected, so it will not be published. Connect one on "
                                           "the Accounts page.")
            .arg(network);
    case Reason::NeedsReconnect:
        return QCoreApplication::translate("PublishingRisk",
                                           "%1: the account must be reconnected, or it will not be published. "
                                           "Reconnect it on the Accounts page.")
            .arg(network);
    case Reason::ExpiresBefore:
        return QCoreApplication::translate("PublishingRisk",
                                           "%1: the authorisation ends on %2, before this post goes out. Renew it on "
                                           "the Accounts page.")
            .arg(network, QLocale().toString(expiresAt.toLocalTime().date(), QStringLiteral("d MMMM")));
    }
    return {};
}

QString PublishingRisk::action() const
{
    const QString network = platformName(platform);
    switch (reason) {
    case Reason::NoAccount:
        return QCoreApplication::translate("PublishingRisk", "Connect %1").arg(network);
    case Reason::NeedsReconnect:
        return QCoreApplication::translate("PublishingRisk", "Reconnect %1").arg(network);
    case Reason::ExpiresBefore:
        return QCoreApplication::translate("PublishingRisk", "Renew %1").arg(network);
    }
    return {};
}

QVector<PublishingRisk> publishingRisks(Platforms platforms, const QDateTime &at,
                                        const QVector<SocialAccount> &accounts, const QDateTime &now)
{
    QVector<PublishingRisk> out;
    for (Platform p : AllPlatforms) {
        if (!platforms.testFlag(p))
            continue;
        const QString key = platformKey(p);
        const SocialAccount *account = nullptr;
        for (const SocialAccount &a : accounts)
            if (a.platform == key && !a.sync.deleted)
                account = &a;
        PublishingRisk risk;
        risk.platform = p;
        if (!account) {
            risk.reason = PublishingRisk::Reason::NoAccount;
        } else if (SocialAccountHealth::of(*account, now).state == SocialAccountHealth::State::NeedsReconnect) {
            risk.reason = PublishingRisk::Reason::NeedsReconnect;
        } else if (account->expiresAt.isValid() && at.isValid() && at >= account->expiresAt) {
            risk.reason = PublishingRisk::Reason::ExpiresBefore;
            risk.expiresAt = account->expiresAt;
        } else {
            continue;
        }
        out << risk;
    }
    return out;
}

} // namespace pitchside
