#pragma once

#include "../Media.h"
#include "../media/MediaQuery.h"
#include "StoreError.h"
#include "SyncedRepository.h"

#include <QSqlDatabase>
#include <QVector>

#include <functional>
#include <optional>

namespace pitchside::store {

class ChangeHub;

// Reads and writes the media library (synced type "media",
// models/store/types/MediaType.cpp). Edits and deletes are the generic
// writes; creation is an import's (the upload then creates it on the server).
class MediaRepository
{
public:
    explicit MediaRepository(QSqlDatabase &db, ChangeHub *hub = nullptr);

    std::optional<Media> find(const QString &id) const { return m_items.find(id); }
    // Newest first; `search` is what a person typed (name, tags, alt text).
    QVector<Media> list(const QString &search = {}, int limit = 500, int offset = 0) const;
    int count(const QString &search = {}) const;

    // The library view: ids of the items a query selects, in its order
    // (cheap enough for 10,000 items; rows are then read page by page).
    QStringList ids(const media::MediaQuery &query) const;
    // Items by id, in no particular order; missing ids are skipped.
    QVector<Media> findMany(const QStringList &ids) const;
    // A live (not deleted) item with these bytes.
    std::optional<Media> findBySha256(const QString &sha256) const;
    // Every tag in use, sorted, for the tag filter.
    QStringList allTags() const;

    // Adds imported items: each row, its outbox create and its upload, in
    // one transaction. An item whose SHA-256 is already in the library is
    // not added: `duplicateOf[i]` is then the id of the item it repeats
    // (that item gets the local copy if it had none), else empty.
    StoreError createLocal(QVector<Media> &items, QStringList *duplicateOf);
    // Edits what people may change: file name, tags, alt text.
    StoreError update(const QString &id, const std::function<void(Media &)> &edit);
    // Refused (Kind::Refused) while a post uses the item, as the server's
    // 422 media_in_use; `usedBy` then lists those posts.
    StoreError remove(const QString &id, QStringList *usedBy = nullptr);
    // Local bookkeeping only (never synced): where this computer keeps the bytes.
    StoreError setLocalPath(const QString &id, const QString &path);

private:
    QSqlDatabase &m_db;
    SyncedRepository<Media> m_items;
};

} // namespace pitchside::store
