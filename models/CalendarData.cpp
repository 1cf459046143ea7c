#include "CalendarData.h"

#include "Clock.h"
#include "PublishingRisk.h"

#include "store/Store.h"

#include <algorithm>
#include <vector>

namespace pitchside {

namespace {

const QVector<CalendarEntry> &emptyDay()
{
    static const QVector<CalendarEntry> none;
    return none;
}

// UTC milliseconds to local date-times for a range of days, fast: the
// offset of each day is looked up once, not once per entry (the time-zone
// rules made converting 5,000 posts one by one the slowest part of loading
// a month). Days with a change of offset (summer time) convert the slow way.
class LocalTimes
{
public:
    LocalTimes(QDate first, QDate last)
    {
        for (QDate d = first.addDays(-1); d <= last.addDays(1); d = d.addDays(1)) {
            const QDateTime start = d.startOfDay();
            const QDateTime next = d.addDays(1).startOfDay();
            m_days.push_back({start.toMSecsSinceEpoch(), start.offsetFromUtc(),
                              start.offsetFromUtc() == next.offsetFromUtc()});
        }
    }

    QDateTime toLocal(qint64 ms) const
    {
        auto it = std::upper_bound(m_days.begin(), m_days.end(), ms,
                                   [](qint64 v, const Day &d) { return v < d.startMs; });
        if (it == m_days.begin() || it == m_days.end() || !(it - 1)->steady)
            return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, (it - 1)->offset);
    }

private:
    struct Day
    {
        qint64 startMs;
        int offset;
        bool steady;
    };
    std::vector<Day> m_days;
};

CalendarEntry fromPost(const PostSummary &p, const LocalTimes &times)
{
    CalendarEntry e;
    e.kind = CalendarEntry::Kind::Post;
    e.id = p.id;
    e.profileId = p.profileId;
    e.start = times.toLocal(p.scheduledAtMs);
    e.end = e.start.addSecs(CalendarSnapshot::kPostMinutes * 60);
    e.title = p.preview;
    e.status = p.status;
    e.platforms = p.platforms;
    e.mediaCount = p.mediaCount;
    e.pendingSync = p.dirty;
    e.conflict = p.conflict;
    return e;
}

CalendarEntry fromMatch(const Match &m)
{
    CalendarEntry e;
    e.kind = CalendarEntry::Kind::Match;
    e.id = m.id;
    e.profileId = m.profileId;
    e.start = m.matchDate.toLocalTime();
    e.end = e.start.addSecs(CalendarSnapshot::kMatchMinutes * 60);
    e.title = QStringLiteral("%1 – %2").arg(m.home.name, m.away.name);
    e.home = m.home;
    e.away = m.away;
    e.venue = m.venue;
    e.competition = m.competition;
    e.matchStatus = m.status;
    e.scoreHome = m.scoreHome;
    e.scoreAway = m.scoreAway;
    e.pendingSync = m.sync.dirty;
    e.conflict = m.sync.conflict;
    return e;
}

CalendarEntry fromEvent(const Event &ev)
{
    CalendarEntry e;
    e.kind = CalendarEntry::Kind::Event;
    e.id = ev.id;
    e.start = ev.start.toLocalTime();
    e.end = ev.end.toLocalTime();
    e.title = ev.name;
    e.address = ev.address;
    e.spansDays = e.start.date() != e.end.date() || e.start.secsTo(e.end) >= 24 * 3600;
    return e;
}

} // namespace

store::PostFilter CalendarFilter::postFilter() const
{
    store::PostFilter f;
    f.profileId = profileId;
    f.platforms = platforms;
    f.statusMask = statusMask;
    return f;
}

CalendarSnapshot::CalendarSnapshot(QDate first, QDate last) : m_first(first), m_last(last)
{
    m_days.resize(first.isValid() && last.isValid() ? int(first.daysTo(last)) + 1 : 0);
}

CalendarSnapshot CalendarSnapshot::load(store::Store &store, QDate first, QDate last, const CalendarFilter &filter)
{
    CalendarSnapshot snapshot(first, last);
    const QDateTime from = first.startOfDay();
    const QDateTime to = last.addDays(1).startOfDay();
    const LocalTimes times(first, last);
    const QVector<SocialAccount> accounts = store.socialAccounts().all();
    const QDateTime now = Clock::nowUtc();
    for (const PostSummary &p : store.posts().scheduledBetween(from, to, filter.postFilter())) {
        CalendarEntry e = fromPost(p, times);
        if (p.status == PostStatus::Scheduled) {
            QStringList why;
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(p.scheduledAtMs, Qt::UTC);
            for (const PublishingRisk &r : publishingRisks(p.platforms, at, accounts, now)) {
                why << r.text();
                addToAlerts(snapshot.m_alerts, r, at, p.id);
            }
            e.publishingRisk = why.join(QLatin1Char('\n'));
        }
        snapshot.add(std::move(e));
    }
    if (filter.matches) {
        for (const Match &m : store.calendar().matchesBetween(from, to)) {
            if (filter.profileId.isEmpty() || m.profileId.isEmpty() || m.profileId == filter.profileId)
                snapshot.add(fromMatch(m));
        }
    }
    if (filter.events) {
        for (const Event &ev : store.calendar().eventsBetween(from, to))
            snapshot.add(fromEvent(ev));
    }
    sortAlerts(snapshot.m_alerts);
    snapshot.finish();
    return snapshot;
}

const QVector<CalendarEntry> &CalendarSnapshot::entriesOn(QDate day) const
{
    if (!covers(day))
        return emptyDay();
    return m_days.at(int(m_first.daysTo(day)));
}

const CalendarEntry *CalendarSnapshot::find(const QString &id) const
{
    for (const QVector<CalendarEntry> &day : m_days) {
        for (const CalendarEntry &e : day) {
            if (e.id == id)
                return &e;
        }
    }
    return nullptr;
}

void CalendarSnapshot::add(CalendarEntry entry)
{
    ++m_entries;
    if (entry.kind == CalendarEntry::Kind::Post) {
        ++m_posts;
        // A post is on one day: no copy.
        const QDate day = entry.start.date();
        if (covers(day))
            m_days[int(m_first.daysTo(day))].push_back(std::move(entry));
        return;
    }
    // An event that runs over several days appears on each of them.
    QDate day = std::max(entry.start.date(), m_first);
    QDate lastDay = entry.kind == CalendarEntry::Kind::Event ? entry.end.addMSecs(-1).date() : entry.start.date();
    lastDay = std::min(std::max(lastDay, day), m_last);
    for (; day <= lastDay; day = day.addDays(1))
        m_days[int(m_first.daysTo(day))].push_back(entry);
}

void CalendarSnapshot::finish()
{
    for (QVector<CalendarEntry> &day : m_days) {
        std::stable_sort(day.begin(), day.end(), [](const CalendarEntry &a, const CalendarEntry &b) {
            // Events lasting days first (they frame the day), then by time.
            if (a.spansDays != b.spansDays)
                return a.spansDays;
            return a.start < b.start;
        });
    }
}

} // namespace pitchside
