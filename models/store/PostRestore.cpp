// PostRepository's commands for Undo and copies (calendar and editor):
// kept apart from the core reads and writes of PostRepository.cpp.
#include "PostRepository.h"

#include "ChangeHub.h"
#include "Outbox.h"
#include "OutboxRevert.h"
#include "SqlValues.h"
#include "Transaction.h"

namespace pitchside::store {

StoreError PostRepository::restore(const Post &snapshot, QString *restoredId)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return {StoreError::Kind::QueryFailed, tx.lastError()};
    Post post = snapshot;
    const std::optional<Post> existing = find(snapshot.id);
    if (existing && !existing->sync.deleted)
        return {StoreError::Kind::Refused, QStringLiteral("not deleted")};
    bool takenBack = false;
    if (existing) {
        if (StoreError e = takeBackDelete(m_db, EntityType::Post, post.id, &takenBack))
            return e;
    }
    post.updatedAt = QDateTime::currentDateTimeUtc();
    if (takenBack) {
        // The server still has it; local edits the delete swept from the
        // outbox go out again as one update of every field.
        post.sync = existing->sync;
        post.sync.deleted = false;
        post.sync.dirty = snapshot.sync.dirty;
        if (StoreError e = writeRow(post, false))
            return e;
        if (StoreError e = writeMedia(post))
            return e;
        if (snapshot.sync.dirty) {
            const QStringList all{
                QStringLiteral("profile_id"), QStringLiteral("platforms"), QStringLiteral("content"),
                QStringLiteral("hashtags"), QStringLiteral("first_comment"), QStringLiteral("status"),
                QStringLiteral("scheduled_at"), QStringLiteral("template_id"), QStringLiteral("media_ids"),
                QStringLiteral("metadata")};
            if (StoreError e = Outbox(m_db).recordUpdate(EntityType::Post, post.id, all, post.sync.version))
                return e;
        }
    } else {
        // Never synced (the row went for good), or its delete may already be
        // on the server: it comes back as a new post.
        if (existing)
            post.id = newUuid();
        post.sync = SyncFields{0, true, false, false};
        if (StoreError e = writeRow(post, true))
            return e;
        if (StoreError e = writeMedia(post))
            return e;
        if (StoreError e = Outbox(m_db).recordCreate(EntityType::Post, post.id))
            return e;
    }
    if (!tx.commit())
        return {StoreError::Kind::QueryFailed, tx.lastError()};
    if (restoredId)
        *restoredId = post.id;
    if (m_hub) {
        m_hub->notify(EntityType::Post, {post.id});
        m_hub->notify(EntityType::Outbox);
    }
    return {};
}

StoreError PostRepository::duplicate(const QString &id, QString *newId)
{
    const std::optional<Post> original = find(id);
    if (!original || original->sync.deleted)
        return {StoreError::Kind::NotFound};
    Post copy = *original;
    copy.id.clear();
    copy.createdAt = QDateTime();
    copy.status = PostStatus::Draft; // a copy is never published nor scheduled by itself
    copy.publishedAt = QDateTime();
    copy.errorMessage.clear();
    copy.rating.reset();
    if (StoreError e = create(copy))
        return e;
    if (newId)
        *newId = copy.id;
    return {};
}

} // namespace pitchside::store
