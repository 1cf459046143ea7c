#pragma once

#include "../Post.h"
#include "PostQuery.h"
#include "StoreError.h"
#include "SyncedRepository.h"

#include <QSqlDatabase>
#include <QVector>

#include <functional>
#include <optional>

namespace pitchside::store {

class ChangeHub;

// Reads and writes posts (synced type "post", models/store/types/PostType.cpp).
// Writes are the generic ones of SyncedRepository (row and outbox entry in
// one transaction, then the hub); this class adds the post's queries and rules.
class PostRepository
{
public:
    PostRepository(QSqlDatabase &db, ChangeHub *hub);

    std::optional<Post> find(const QString &id) const;

    // The list order: most recently changed first, keyset-paged.
    QVector<PostSummary> page(const PostFilter &filter, const PostCursor &after, int limit) const;
    int count(const PostFilter &filter) const;

    // Posts scheduled in [from, to), by time; for calendars.
    QVector<PostSummary> scheduledBetween(const QDateTime &from, const QDateTime &to,
                                          const PostFilter &filter = {}) const;
    // Posts published in [from, to).
    int countPublishedBetween(const QDateTime &from, const QDateTime &to) const;
    // Drafts without a date, newest first; the calendar's tray.
    QVector<PostSummary> unscheduledDrafts(const PostFilter &filter = {}, int limit = 200) const;
    // Posts that list a media item (to refuse deleting it, and to show where it is used).
    QVector<PostSummary> usingMedia(const QString &mediaId) const;
    // Other scheduled posts of the same profile sharing a platform less than
    // 30 minutes from `at`: the "slot taken" warning of docs/api/README.md.
    QVector<PostSummary> slotNeighbours(const QString &profileId, Platforms platforms, const QDateTime &at,
                                        const QString &excludeId) const;

    // Writes. `create` assigns an id when the post has none and returns it.
    StoreError create(Post &post);
    StoreError update(const QString &id, const std::function<void(Post &)> &edit);
    StoreError remove(const QString &id);
    // Undo of remove(): takes back a delete not sent yet, else recreates the
    // post from the snapshot (under a new id when the old one may be gone
    // from the server). `restoredId` is the id it lives under now.
    StoreError restore(const Post &snapshot, QString *restoredId = nullptr);
    // A copy as a new draft (same text, networks, media and time).
    StoreError duplicate(const QString &id, QString *newId);

private:
    // Whether a search is cheaper along the list's order than by sorting its matches.
    bool walkListOrder(const PostFilter &filter) const;

    QSqlDatabase &m_db;
    SyncedRepository<Post> m_items;
};

} // namespace pitchside::store
