#pragma once

#include "Match.h"
#include "Platform.h"
#include "PostStatus.h"
#include "PublishingOutlook.h"
#include "store/PostQuery.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace pitchside {

namespace store {
class Store;
}

// One thing on the calendar: a post at its time, a match, or an event.
struct CalendarEntry
{
    enum class Kind { Post, Match, Event };

    Kind kind = Kind::Post;
    QString id;
    QString profileId;
    QDateTime start; // local time
    QDateTime end;   // local time; posts get a nominal slot, matches two hours
    QString title;   // a post's first words, "Home – Away", an event's name

    // Posts.
    PostStatus status = PostStatus::Draft;
    Platforms platforms;
    int mediaCount = 0;
    bool pendingSync = false;
    bool conflict = false;
    // A scheduled post that would fail on a network (PublishingRisk), said
    // on its chip; empty when it will go out.
    QString publishingRisk;

    // Matches.
    TeamInfo home;
    TeamInfo away;
    QString venue;
    QString competition;
    Match::Status matchStatus = Match::Status::Upcoming;
    std::optional<int> scoreHome;
    std::optional<int> scoreAway;

    // Events.
    QString address;
    bool spansDays = false; // an event longer than a day: shown in the all-day strip

    bool isPost() const { return kind == Kind::Post; }
};

// What the calendar shows; remembered in the preferences.
struct CalendarFilter
{
    QString profileId;      // empty: every profile
    Platforms platforms;    // none: every platform
    quint32 statusMask = 0; // store::PostFilter::bit(status); 0: every status
    bool matches = true;
    bool events = true;

    store::PostFilter postFilter() const;
    bool isActive() const { return !profileId.isEmpty() || platforms || statusMask || !matches || !events; }
    bool operator==(const CalendarFilter &) const = default;
};

// Calendar entries of a range of local days, bucketed by day and sorted by
// time, loaded once per range change so that painting only reads memory.
class CalendarSnapshot
{
public:
    static constexpr int kPostMinutes = 30;  // a post is drawn as a half-hour block
    static constexpr int kMatchMinutes = 120;

    CalendarSnapshot() = default;
    CalendarSnapshot(QDate first, QDate last); // inclusive

    // Reads posts, matches and events of [first, last] from the store.
    static CalendarSnapshot load(store::Store &store, QDate first, QDate last, const CalendarFilter &filter);

    QDate first() const { return m_first; }
    QDate last() const { return m_last; }
    bool covers(QDate day) const { return day >= m_first && day <= m_last; }
    const QVector<CalendarEntry> &entriesOn(QDate day) const;
    int postCount() const { return m_posts; }
    int entryCount() const { return m_entries; }
    // The scheduled posts of the range that would fail, grouped by network
    // and reason (the calendar's banner).
    const QVector<PublishingAlert> &publishingAlerts() const { return m_alerts; }
    // The entry with this id on any day, or nullptr.
    const CalendarEntry *find(const QString &id) const;

    void add(CalendarEntry entry); // entries may arrive in any order
    void finish();                        // sorts each day by time

private:
    QDate m_first;
    QDate m_last;
    QVector<QVector<CalendarEntry>> m_days;
    QVector<PublishingAlert> m_alerts;
    int m_posts = 0;
    int m_entries = 0;
};

} // namespace pitchside
