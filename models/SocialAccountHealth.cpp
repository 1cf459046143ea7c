#include "SocialAccountHealth.h"

#include <QCoreApplication>

namespace pitchside {

SocialAccountHealth SocialAccountHealth::of(const SocialAccount &account, const QDateTime &now)
{
    SocialAccountHealth h;
    const qint64 secondsLeft = account.expiresAt.isValid() ? now.secsTo(account.expiresAt) : qint64(1) << 40;
    h.daysLeft = int(qMax<qint64>(0, secondsLeft / 86400));
    if (account.needsReconnect || !account.isActive || secondsLeft <= 0)
        h.state = State::NeedsReconnect;
    else if (secondsLeft < qint64(kWarnDays) * 86400)
        h.state = State::ExpiresSoon;
    return h;
}

bool SocialAccountHealth::canPublishAt(const SocialAccount &account, const QDateTime &at, const QDateTime &now)
{
    if (of(account, now).state == State::NeedsReconnect)
        return false;
    return !account.expiresAt.isValid() || at < account.expiresAt;
}

QString SocialAccountHealth::text() const
{
    switch (state) {
    case State::NeedsReconnect:
        return QCoreApplication::translate("SocialAccountHealth", "Needs reconnecting");
    case State::ExpiresSoon:
        if (daysLeft == 0)
            return QCoreApplication::translate("SocialAccountHealth", "Authorisation ends today");
        return QCoreApplication::translate("SocialAccountHealth", "Authorisation ends in %n day(s)", nullptr, daysLeft);
    case State::Healthy:
        break;
    }
    return QCoreApplication::translate("SocialAccountHealth", "Connected · %n day(s) left", nullptr, daysLeft);
}

} // namespace pitchside
