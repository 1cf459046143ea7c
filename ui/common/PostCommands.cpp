#include "PostCommands.h"

#include "models/store/Store.h"

#include <utility>

namespace pitchside::ui {

namespace {

void tell(const CommandReport &report, const store::StoreError &error)
{
    if (report)
        report(error.kind == store::StoreError::Kind::Refused && !error.detail.isEmpty() ? error.detail
                                                                                         : error.userMessage());
}

} // namespace

PostTimingCommand::PostTimingCommand(store::Store &store, const PostCommandResult &done, const QString &text,
                                     CommandReport report)
    : QUndoCommand(text), m_store(store), m_postId(done.postId), m_before(done.before), m_after(done.after),
      m_report(std::move(report))
{
}

void PostTimingCommand::apply(const PostTiming &timing)
{
    if (const store::StoreError e = PostPlanner(m_store).restoreTiming(m_postId, timing)) {
        setObsolete(true);
        tell(m_report, e);
    }
}

void PostTimingCommand::redo()
{
    if (std::exchange(m_written, false))
        return;
    apply(m_after);
}

void PostTimingCommand::undo()
{
    apply(m_before);
}

DeletePostCommand::DeletePostCommand(store::Store &store, const Post &snapshot, CommandReport report)
    : QUndoCommand(tr("Delete post")), m_store(store), m_snapshot(snapshot), m_report(std::move(report))
{
}

void DeletePostCommand::redo()
{
    if (const store::StoreError e = m_store.posts().remove(m_snapshot.id)) {
        setObsolete(true);
        tell(m_report, e);
    }
}

void DeletePostCommand::undo()
{
    QString id;
    if (const store::StoreError e = m_store.posts().restore(m_snapshot, &id)) {
        setObsolete(true);
        tell(m_report, e);
        return;
    }
    m_snapshot.id = id; // a post that had to come back as a copy is deleted under its new id
}

DuplicatePostCommand::DuplicatePostCommand(store::Store &store, const QString &postId, CommandReport report)
    : QUndoCommand(tr("Duplicate post")), m_store(store), m_postId(postId), m_report(std::move(report))
{
}

void DuplicatePostCommand::redo()
{
    store::StoreError e;
    if (m_copy)
        e = m_store.posts().restore(*m_copy, &m_copyId);
    else
        e = m_store.posts().duplicate(m_postId, &m_copyId);
    if (e) {
        setObsolete(true);
        tell(m_report, e);
    }
}

void DuplicatePostCommand::undo()
{
    m_copy = m_store.posts().find(m_copyId);
    if (const store::StoreError e = m_store.posts().remove(m_copyId)) {
        setObsolete(true);
        tell(m_report, e);
    }
}

DeleteMatchCommand::DeleteMatchCommand(store::Store &store, const Match &snapshot, CommandReport report)
    : QUndoCommand(tr("Delete match")), m_store(store), m_snapshot(snapshot), m_report(std::move(report))
{
}

void DeleteMatchCommand::redo()
{
    if (const store::StoreError e = m_store.matches().remove(m_snapshot.id)) {
        setObsolete(true);
        tell(m_report, e);
    }
}

void DeleteMatchCommand::undo()
{
    QString id;
    if (const store::StoreError e = m_store.matches().restore(m_snapshot, &id)) {
        setObsolete(true);
        tell(m_report, e);
        return;
    }
    m_snapshot.id = id;
}

} // namespace pitchside::ui
