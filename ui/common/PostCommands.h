#pragma once

#include "models/Match.h"
#include "models/Post.h"
#include "models/PostPlanner.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace pitchside::store {
class Store;
}

namespace pitchside::ui {

// Undoable changes of the planning (Ctrl+Z): moves, unscheduling, copies
// and deletions of posts and matches. Each step is a store command (row and
// outbox entry in one transaction); undo writes the previous state the same
// way, so the server learns the undo like any other change. A step the
// store refuses becomes obsolete and `report` says why. Whether a post may
// be scheduled is PostPlanner's decision, made before a step is pushed.
using CommandReport = std::function<void(const QString &message)>;

// A change of a post's time that PostPlanner has already decided and
// written (schedule, move, unschedule): pushing it records the step without
// writing again; undo and redo write the timing back
// (PostPlanner::restoreTiming).
class PostTimingCommand : public QUndoCommand
{
public:
    PostTimingCommand(store::Store &store, const PostCommandResult &done, const QString &text,
                      CommandReport report = {});
    void redo() override;
    void undo() override;

private:
    void apply(const PostTiming &timing);

    store::Store &m_store;
    QString m_postId;
    PostTiming m_before;
    PostTiming m_after;
    CommandReport m_report;
    bool m_written = true; // the first redo() is the command the planner made
};

// Deletes a post; undo brings it back (PostRepository::restore).
class DeletePostCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(pitchside::ui::DeletePostCommand)
public:
    DeletePostCommand(store::Store &store, const Post &snapshot, CommandReport report = {});
    void redo() override;
    void undo() override;
    QString postId() const { return m_snapshot.id; }

private:
    store::Store &m_store;
    Post m_snapshot;
    CommandReport m_report;
};

// Copies a post as a draft; undo deletes the copy.
class DuplicatePostCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(pitchside::ui::DuplicatePostCommand)
public:
    DuplicatePostCommand(store::Store &store, const QString &postId, CommandReport report = {});
    void redo() override;
    void undo() override;
    QString copyId() const { return m_copyId; }

private:
    store::Store &m_store;
    QString m_postId;
    QString m_copyId;
    std::optional<Post> m_copy; // after an undo, redo restores this exact copy
    CommandReport m_report;
};

// Deletes a match; undo brings it back.
class DeleteMatchCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(pitchside::ui::DeleteMatchCommand)
public:
    DeleteMatchCommand(store::Store &store, const Match &snapshot, CommandReport report = {});
    void redo() override;
    void undo() override;

private:
    store::Store &m_store;
    Match m_snapshot;
    CommandReport m_report;
};

} // namespace pitchside::ui
