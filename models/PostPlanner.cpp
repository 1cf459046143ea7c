#include "PostPlanner.h"

#include "Clock.h"
#include "Logging.h"
#include "store/Store.h"

namespace pitchside {

namespace {

void setTiming(Post &post, const PostTiming &timing)
{
    post.status = timing.status;
    post.scheduledAt = timing.scheduledAt;
    post.errorMessage = timing.errorMessage;
}

// Applies a change of what the post says, keeping its time: an edit that
// set a status would skip the rules scheduling checks.
void applyEdit(Post &post, const PostPlanner::Edit &change)
{
    if (!change)
        return;
    const PostTiming timing = PostTiming::of(post);
    change(post);
    setTiming(post, timing);
}

PostCommandResult::Outcome outcomeOf(const store::StoreError &e)
{
    if (!e)
        return PostCommandResult::Outcome::Done;
    return e.kind == store::StoreError::Kind::NotFound ? PostCommandResult::Outcome::NotFound
                                                        : PostCommandResult::Outcome::Failed;
}

QStringList ruleNames(const QVector<RuleViolation> &violations)
{
    QStringList names;
    for (const RuleViolation &v : violations)
        names << v.rule;
    return names;
}

} // namespace

PostTiming PostTiming::of(const Post &post)
{
    return {post.status, post.scheduledAt, post.errorMessage};
}

QString PostCommandResult::message() const
{
    switch (outcome) {
    case Outcome::Done:
    case Outcome::Unchanged:
        return {};
    case Outcome::Refused:
        return plan.refusalText();
    case Outcome::NotFound:
        return store::StoreError(store::StoreError::Kind::NotFound).userMessage();
    case Outcome::Failed:
        return error.userMessage();
    }
    return {};
}

PostPlanner::PostPlanner(store::Store &store) : m_store(store) {}

QVector<RuleViolation> PostPlanner::writingViolations(const Post &post)
{
    // The schedule's rules wait for a scheduling command: a draft may sit
    // on an old date, and a scheduled post's time was checked when it was set.
    // What a network will need once the post goes out (Instagram's photo)
    // is said while a draft is written, as advice: the draft itself is
    // saved and synced as it is (PostRules::check applies it to posts that
    // go out, as the server does).
    Post outgoing = post;
    const bool draft = outgoing.status == PostStatus::Draft;
    if (draft)
        outgoing.status = PostStatus::Scheduled;
    const QVector<RuleViolation> now = draft ? PostRules::check(post, {Clock::nowUtc(), false}) : QVector<RuleViolation>();
    QVector<RuleViolation> out;
    for (RuleViolation v : PostRules::check(outgoing, {Clock::nowUtc(), false})) {
        if (v.field == u"scheduled_at")
            continue;
        v.advice = draft && !now.contains(v);
        out << v;
    }
    return out;
}

PostPlanner::Result PostPlanner::create(Post &post, const QDateTime &scheduleAt)
{
    Result result;
    result.before = PostTiming::of(post);
    if (scheduleAt.isValid()) {
        result.plan = PostScheduling::schedule(m_store.posts(), post, scheduleAt, Clock::nowUtc());
        if (!result.plan.allowed) {
            qCInfo(lcModels) << "new post not scheduled:" << result.plan.refusal << ruleNames(result.plan.violations);
            result.outcome = Result::Outcome::Refused;
            return result;
        }
        setTiming(post, {result.plan.status, result.plan.scheduledAt, QString()});
    } else {
        result.warnings = writingViolations(post);
    }
    result.error = m_store.posts().create(post);
    result.outcome = result.error ? Result::Outcome::Failed : Result::Outcome::Done;
    result.postId = post.id;
    result.after = PostTiming::of(post);
    return result;
}

PostPlanner::Result PostPlanner::edit(const QString &postId, const Edit &change)
{
    Result result;
    result.postId = postId;
    const std::optional<Post> post = m_store.posts().find(postId);
    if (!post)
        return result; // NotFound
    Post edited = *post;
    applyEdit(edited, change);
    result.before = result.after = PostTiming::of(*post);
    result.warnings = writingViolations(edited);
    result.error = m_store.posts().update(postId, [&change](Post &p) { applyEdit(p, change); });
    result.outcome = outcomeOf(result.error);
    return result;
}

PostPlanner::Result PostPlanner::schedule(const QString &postId, const QDateTime &when, const Edit &change)
{
    return scheduleOne(postId, [&when](const Post &) { return when; }, change);
}

PostPlanner::Result PostPlanner::moveToDay(const QString &postId, QDate day)
{
    return scheduleOne(
        postId, [day](const Post &post) { return PostScheduling::onDay(post.scheduledAt, day); }, {});
}

PostPlanner::Result PostPlanner::scheduleOne(const QString &postId, const std::function<QDateTime(const Post &)> &when,
                                             const Edit &change)
{
    Result result;
    result.postId = postId;
    const std::optional<Post> post = m_store.posts().find(postId);
    if (!post)
        return result; // NotFound
    result.before = PostTiming::of(*post);
    Post edited = *post;
    applyEdit(edited, change);
    result.plan = PostScheduling::schedule(m_store.posts(), edited, when(*post), Clock::nowUtc());
    if (!result.plan.allowed) {
        qCInfo(lcModels) << "post" << postId << "not scheduled:" << result.plan.refusal
                         << ruleNames(result.plan.violations);
        result.outcome = Result::Outcome::Refused;
        return result;
    }
    const PostTiming after{result.plan.status, result.plan.scheduledAt, QString()};
    if (!change && post->status == after.status && post->scheduledAt == after.scheduledAt) {
        result.after = result.before; // dropped where it was
        result.outcome = Result::Outcome::Unchanged;
        return result;
    }
    return write(postId, after, change, result);
}

PostPlanner::Result PostPlanner::unschedule(const QString &postId)
{
    Result result;
    result.postId = postId;
    const std::optional<Post> post = m_store.posts().find(postId);
    if (!post)
        return result; // NotFound
    result.before = PostTiming::of(*post);
    result.plan = PostScheduling::unschedule(*post);
    if (!result.plan.allowed) {
        result.outcome = Result::Outcome::Refused;
        return result;
    }
    if (post->status == PostStatus::Draft && !post->scheduledAt.isValid()) {
        result.after = result.before;
        result.outcome = Result::Outcome::Unchanged;
        return result;
    }
    return write(postId, {PostStatus::Draft, QDateTime(), QString()}, {}, result);
}

PostPlanner::Result PostPlanner::publishNow(const QString &postId)
{
    Result result;
    result.postId = postId;
    const std::optional<Post> post = m_store.posts().find(postId);
    if (!post)
        return result; // NotFound
    result.before = PostTiming::of(*post);
    const QDateTime now = Clock::nowUtc();
    result.plan.status = PostStatus::Publishing;
    result.plan.scheduledAt = now;
    if (post->status == PostStatus::Publishing || post->status == PostStatus::Published) {
        PostRules::canReschedule(*post, &result.plan.refusal);
        result.outcome = Result::Outcome::Refused;
        return result;
    }
    // The rules of a post that goes out, as the server checks them; the
    // time is now, so no rule of the schedule applies.
    Post outgoing = *post;
    outgoing.status = PostStatus::Scheduled;
    outgoing.scheduledAt = now;
    for (const RuleViolation &v : PostRules::check(outgoing, {now, false}))
        if (v.field != u"scheduled_at")
            result.plan.violations << v;
    if (!result.plan.violations.isEmpty()) {
        qCInfo(lcModels) << "post" << postId << "not published:" << ruleNames(result.plan.violations);
        result.outcome = Result::Outcome::Refused;
        return result;
    }
    result.plan.allowed = true;
    return write(postId, {PostStatus::Publishing, now, QString()}, {}, result);
}

PostPlanner::Result PostPlanner::write(const QString &postId, const PostTiming &after, const Edit &change,
                                       Result result)
{
    result.error = m_store.posts().update(postId, [&](Post &p) {
        applyEdit(p, change);
        setTiming(p, after);
    });
    result.outcome = outcomeOf(result.error);
    result.after = result.error ? result.before : after;
    return result;
}

store::StoreError PostPlanner::restoreTiming(const QString &postId, const PostTiming &timing)
{
    return m_store.posts().update(postId, [&timing](Post &p) { setTiming(p, timing); });
}

} // namespace pitchside
