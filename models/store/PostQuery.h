#pragma once

#include "../Platform.h"
#include "../PostStatus.h"

#include <QDateTime>
#include <QString>

namespace pitchside::store {

// What a list or a calendar shows of the posts. Empty members filter nothing.
struct PostFilter
{
    QString profileId;
    Platforms platforms;   // any of these (none = all)
    quint32 statusMask = 0; // bit (1 << int(PostStatus)); 0 = all
    QString search;        // full-text query (FTS5), words are AND-ed

    static quint32 bit(PostStatus s) { return 1u << static_cast<int>(s); }
    bool acceptsStatus(PostStatus s) const { return statusMask == 0 || (statusMask & bit(s)); }
};

// Keyset position in the list order (most recently changed first).
struct PostCursor
{
    qint64 updatedAtMs = 0;
    QString id;
    bool isNull() const { return id.isEmpty(); }
};

} // namespace pitchside::store
