#include "PostScheduling.h"

#include "Clock.h"
#include "LocalTime.h"

#include "store/PostRepository.h"

namespace pitchside::PostScheduling {

QString Plan::refusalText() const
{
    QStringList lines;
    if (!refusal.isEmpty())
        lines << refusal;
    for (const RuleViolation &v : violations)
        lines << v.message();
    return lines.join(QLatin1Char('\n'));
}

Plan schedule(const store::PostRepository &posts, const Post &post, const QDateTime &when, const QDateTime &now)
{
    Plan plan;
    plan.scheduledAt = when.toUTC();
    if (!PostRules::canReschedule(post, &plan.refusal))
        return plan;
    Post after = post;
    after.status = PostStatus::Scheduled;
    after.scheduledAt = plan.scheduledAt;
    after.errorMessage.clear(); // a failed post tried again
    PostRules::CheckOptions options;
    options.now = now;
    options.scheduleChanged = true;
    plan.violations = PostRules::check(after, options);
    plan.allowed = plan.violations.isEmpty();
    if (plan.allowed)
        plan.slotTakenBy = posts.slotNeighbours(post.profileId, post.platforms, plan.scheduledAt, post.id);
    return plan;
}

Plan unschedule(const Post &post)
{
    Plan plan;
    plan.status = PostStatus::Draft;
    plan.allowed = PostRules::canReschedule(post, &plan.refusal);
    return plan;
}

QDateTime onDay(const QDateTime &current, const QDate &day)
{
    // LocalTime::at: a time the new day does not have (02:30 the night the
    // clocks go forward) moves forward by the skip only (03:30).
    if (current.isValid())
        return LocalTime::at(day, current.toLocalTime().time()).toUTC();
    // A draft without a time: noon, or the next full hour when noon has passed today.
    const QDateTime now = Clock::nowLocal();
    QDateTime at = LocalTime::at(day, QTime(12, 0));
    if (day == now.date() && at <= now)
        at = LocalTime::at(day, QTime(now.time().hour(), 0)).addSecs(3600);
    return at.toUTC();
}

} // namespace pitchside::PostScheduling
