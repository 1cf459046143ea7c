#pragma once

#include "Post.h"
#include "PostRules.h"
#include "PostScheduling.h"
#include "store/StoreError.h"

#include <QDate>
#include <QDateTime>
#include <QVector>

#include <functional>

namespace pitchside {

namespace store {
class Store;
}

// Where a post stands in time: what the scheduling commands change, and
// what an undo puts back.
struct PostTiming
{
    PostStatus status = PostStatus::Draft;
    QDateTime scheduledAt; // UTC; invalid = none
    QString errorMessage;  // a failed post's reason (cleared when it is tried again)

    static PostTiming of(const Post &post);
    bool operator==(const PostTiming &o) const
    {
        return status == o.status && scheduledAt == o.scheduledAt && errorMessage == o.errorMessage;
    }
    bool operator!=(const PostTiming &o) const { return !(*this == o); }
};

// What a post command did.
struct PostCommandResult
{
    enum class Outcome {
        Done,      // written: the row and its outbox entry, in one transaction
        Unchanged, // nothing to write: the post already stood so
        Refused,   // the rules say no; nothing was written (`plan` says why)
        NotFound,  // no such post (or it is deleted)
        Failed,    // the store could not write (`error` says why)
    };

    Outcome outcome = Outcome::NotFound;
    QString postId;
    PostTiming before;               // the post's timing before the command (what an undo writes back)
    PostTiming after;                // its timing after it
    PostScheduling::Plan plan;       // scheduling: the time, the rules broken, the posts in the same slot
    QVector<RuleViolation> warnings; // written anyway: what the networks will refuse in the text as it is
    store::StoreError error;

    bool ok() const { return outcome == Outcome::Done || outcome == Outcome::Unchanged; }
    // Why it did not happen, in words: the rules' sentences (one per line),
    // the store's, or that the post is gone. Empty when ok().
    QString message() const;
};

// The commands of the planning — write a post, schedule it, move it, take
// its date back — shared by the editor, the calendar and pitchside-cli, so
// that every front end decides the same way and says it with the same
// sentence (PostRules, PostScheduling). Each command reads the post,
// decides, and writes through PostRepository (row and outbox entry in one
// transaction); front ends keep their dialogs, banners and undo stacks.
//
// What the rules stop is *scheduling*: a post given a time must pass every
// rule the server applies, or nothing is written. Writing is never refused
// for a rule: the editor saves what a person types every second and must
// never lose it, so the text is written as it is and the rules it breaks
// come back as warnings (the server parks what it refuses, and the editor
// shows why).
class PostPlanner
{
public:
    using Edit = std::function<void(Post &)>;
    using Result = PostCommandResult;

    explicit PostPlanner(store::Store &store);

    // A new post. Without a time it is written as it is (a draft, unless
    // `post.status` says otherwise); with one, it is created scheduled at
    // `scheduleAt` if the scheduled post passes the rules, else nothing is
    // written. Gives the post its id.
    Result create(Post &post, const QDateTime &scheduleAt = {});
    // Changes what a post says (text, networks, media, profile…), never its
    // status or time: those change only through the commands below.
    Result edit(const QString &postId, const Edit &change);

    // Gives a post a time (a draft becomes scheduled, a scheduled post
    // moves), applying `change` first when given, all in one write, once
    // the post as it would be passes the rules.
    Result schedule(const QString &postId, const QDateTime &when, const Edit &change = {});
    // Moves a post to another day at the same local time (a post without a
    // time gets noon, or the next full hour).
    Result moveToDay(const QString &postId, QDate day);
    // Back to the drafts without a date (refused once published or publishing).
    Result unschedule(const QString &postId);
    // "Publier maintenant": the post is handed to the backend at once
    // (status publishing, its time now), which publishes it on each of its
    // networks; offline, the change waits in the outbox and the post goes out
    // when the connection is back. A failed post is tried again this way.
    // Refused, with nothing written, when it breaks a rule the networks
    // apply, or is published or being published.
    Result publishNow(const QString &postId);

    // Undo and redo: writes back a timing the post had. No rule is checked:
    // it is the post's own earlier state, and undoing must stay possible.
    store::StoreError restoreTiming(const QString &postId, const PostTiming &timing);

    // The rules a post breaks as it is written (not its schedule: a draft
    // may sit on an old date). The editor shows them as you type.
    static QVector<RuleViolation> writingViolations(const Post &post);

private:
    Result scheduleOne(const QString &postId, const std::function<QDateTime(const Post &)> &when, const Edit &change);
    Result write(const QString &postId, const PostTiming &after, const Edit &change, Result result);

    store::Store &m_store;
};

} // namespace pitchside
