#pragma once

#include "Clock.h"
#include "Post.h"
#include "PostRules.h"

#include <QDateTime>
#include <QVector>

namespace pitchside {

namespace store {
class PostRepository;
}

// Giving a post a time (dropping it on the calendar, the editor's Schedule
// button) and taking it back, with the rules the server applies to
// PATCH /api/calendar/posts/{id}/schedule: a draft becomes scheduled, the
// time must be in the future, the post must pass every rule it will be
// checked against, and a taken slot warns without refusing.
namespace PostScheduling {

struct Plan
{
    bool allowed = false;
    QString refusal;                   // why not, in words (when no rule names it)
    QVector<RuleViolation> violations; // the rules the scheduled post would break
    QVector<PostSummary> slotTakenBy;  // other posts less than 30 minutes away
    PostStatus status = PostStatus::Scheduled;
    QDateTime scheduledAt;             // UTC

    // Everything that stops it, one sentence per line.
    QString refusalText() const;
};

// What scheduling `post` at `when` would do.
Plan schedule(const store::PostRepository &posts, const Post &post, const QDateTime &when,
              const QDateTime &now = Clock::nowUtc());

// Back to the drafts without a date (refused once published or publishing).
Plan unschedule(const Post &post);

// Keeps the time of day, in local time, when a post moves to another day;
// a post without a time gets noon (or the next full hour, today after noon).
QDateTime onDay(const QDateTime &current, const QDate &day);

} // namespace PostScheduling

} // namespace pitchside
