#include "PublishingOutlook.h"

#include "SocialAccountHealth.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace pitchside {

QString PublishingAlert::text() const
{
    const QString network = platformName(platform);
    const QString day = QLocale().toString(firstDay, QStringLiteral("d MMMM"));
    switch (reason) {
    case PublishingRisk::Reason::NoAccount:
        return QCoreApplication::translate("PublishingAlert",
                                           "%n %1 post(s) will fail from %2: connect an account.", nullptr, count)
            .arg(network, day);
    case PublishingRisk::Reason::NeedsReconnect:
        return QCoreApplication::translate("PublishingAlert",
                                           "%n %1 post(s) will fail from %2: reconnect the account.", nullptr, count)
            .arg(network, day);
    case PublishingRisk::Reason::ExpiresBefore:
        return QCoreApplication::translate("PublishingAlert",
                                           "%n %1 post(s) will fail from %2: renew the authorisation before then.",
                                           nullptr, count)
            .arg(network, day);
    }
    return {};
}

void addToAlerts(QVector<PublishingAlert> &alerts, const PublishingRisk &risk, const QDateTime &at,
                 const QString &postId)
{
    const QDate day = at.toLocalTime().date();
    auto same = std::find_if(alerts.begin(), alerts.end(), [&risk](const PublishingAlert &a) {
        return a.platform == risk.platform && a.reason == risk.reason;
    });
    if (same == alerts.end()) {
        alerts.push_back({risk.platform, risk.reason, 0, day, postId});
        same = alerts.end() - 1;
    }
    ++same->count;
    if (day < same->firstDay) {
        same->firstDay = day;
        same->firstPostId = postId;
    }
}

void sortAlerts(QVector<PublishingAlert> &alerts)
{
    std::sort(alerts.begin(), alerts.end(),
              [](const PublishingAlert &a, const PublishingAlert &b) { return a.firstDay < b.firstDay; });
}

PublishingOutlook PublishingOutlook::of(const QVector<SocialAccount> &accounts, const QVector<PostSummary> &upcoming,
                                        const QDateTime &now)
{
    PublishingOutlook o;
    o.accounts = int(accounts.size());
    bool warning = false;
    bool error = false;
    for (const SocialAccount &a : accounts) {
        const SocialAccountHealth h = SocialAccountHealth::of(a, now);
        if (h.state == SocialAccountHealth::State::Healthy)
            continue;
        o.accountNotes << QStringLiteral("%1: %2").arg(platformName(a.platform), h.text());
        error = error || h.state == SocialAccountHealth::State::NeedsReconnect;
        warning = true;
    }
    for (const PostSummary &p : upcoming) {
        if (p.status != PostStatus::Scheduled || p.scheduledAtMs <= 0)
            continue;
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(p.scheduledAtMs, Qt::UTC);
        for (const PublishingRisk &r : publishingRisks(p.platforms, at, accounts, now))
            addToAlerts(o.alerts, r, at, p.id);
    }
    sortAlerts(o.alerts);
    o.level = error || !o.alerts.isEmpty() ? Level::Error : warning ? Level::Warning : Level::Healthy;
    return o;
}

QString PublishingOutlook::summary() const
{
    QStringList lines;
    switch (level) {
    case Level::Healthy:
        lines << (accounts == 0 ? QCoreApplication::translate("PublishingOutlook",
                                                              "Pitchside · no social account connected yet")
                                : QCoreApplication::translate("PublishingOutlook",
                                                              "Pitchside · every account can publish"));
        break;
    case Level::Warning:
        lines << QCoreApplication::translate("PublishingOutlook", "Pitchside · an account needs attention soon");
        break;
    case Level::Error:
        lines << QCoreApplication::translate("PublishingOutlook", "Pitchside · posts will not be published");
        break;
    }
    for (const PublishingAlert &a : alerts)
        lines << a.text();
    lines << accountNotes;
    return lines.join(QLatin1Char('\n'));
}

} // namespace pitchside
