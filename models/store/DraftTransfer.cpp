#include "DraftTransfer.h"

#include "Store.h"

namespace pitchside::store {

int DraftTransfer::count(Store &local)
{
    return local.posts().count({});
}

StoreError DraftTransfer::move(Store &local, Store &account, int *moved)
{
    int n = 0;
    for (;;) {
        const QVector<PostSummary> batch = local.posts().page({}, {}, 200);
        if (batch.isEmpty())
            break;
        for (const PostSummary &summary : batch) {
            std::optional<Post> post = local.posts().find(summary.id);
            if (!post)
                continue;
            if (!account.posts().find(post->id)) {
                Post copy = *post;
                if (StoreError e = account.posts().create(copy))
                    return e;
            }
            if (StoreError e = local.posts().remove(summary.id); e && e.kind != StoreError::Kind::NotFound) {
                // A published post cannot be deleted by the rules of the
                // store; the local store never publishes, but be safe.
                return e;
            }
            ++n;
        }
    }
    if (moved)
        *moved = n;
    return {};
}

} // namespace pitchside::store
