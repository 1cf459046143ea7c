#pragma once

#include "Post.h"
#include "PublishingRisk.h"
#include "SocialAccount.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

namespace pitchside {

// Scheduled posts that would fail on a network for the same reason, told
// as one sentence: "3 Instagram posts will fail on the 14th: reconnect the
// account".
struct PublishingAlert
{
    Platform platform = Platform::Facebook;
    PublishingRisk::Reason reason = PublishingRisk::Reason::NoAccount;
    int count = 0;
    QDate firstDay;         // local day of the first post that would fail
    QString firstPostId;

    QString text() const; // translated

    bool operator==(const PublishingAlert &o) const
    {
        return platform == o.platform && reason == o.reason && count == o.count && firstDay == o.firstDay;
    }
};

// Counts `risk` of a post at `at` into the alert of its network and
// reason (made when it is the first), keeping the earliest day and post.
void addToAlerts(QVector<PublishingAlert> &alerts, const PublishingRisk &risk, const QDateTime &at,
                 const QString &postId);
// Sorted by first day, as they are told.
void sortAlerts(QVector<PublishingAlert> &alerts);

// Where publishing stands: the accounts' health and the scheduled posts
// of the coming weeks that would not go out. What the tray icon shows.
struct PublishingOutlook
{
    enum class Level { Healthy, Warning, Error };
    static constexpr int kDaysAhead = 30;

    Level level = Level::Healthy;
    QVector<PublishingAlert> alerts;   // posts that would fail, by first day
    QStringList accountNotes;          // "Facebook: authorisation ends in 5 days", one per account not healthy
    int accounts = 0;

    static PublishingOutlook of(const QVector<SocialAccount> &accounts, const QVector<PostSummary> &upcoming,
                                const QDateTime &now);
    // One line, then a line per alert and note (a tooltip).
    QString summary() const;
};

} // namespace pitchside
