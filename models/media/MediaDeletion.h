#pragma once

#include "models/store/StoreError.h"

#include <QHash>
#include <QStringList>

namespace pitchside::store {
class Store;
}

namespace pitchside::media {

class ThumbnailCache;

// Deletes library items: each is refused while a post uses it (as the
// server's 422 media_in_use), else its row goes with its outbox entry (see
// MediaRepository::remove) and its library copy and thumbnail are removed
// from disk unless another item still holds the same bytes.
struct MediaDeletion
{
    QStringList deleted;
    QHash<QString, QStringList> refused; // media id -> ids of the posts that use it
    store::StoreError error;              // the first write that failed, if any

    static MediaDeletion run(store::Store &store, const QStringList &ids, ThumbnailCache *thumbnails = nullptr);
};

} // namespace pitchside::media
