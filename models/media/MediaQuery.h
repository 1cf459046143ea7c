#pragma once

#include "../Media.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace pitchside::media {

// What the library shows: a search over name, tags and alt text (FTS5),
// filters by type, tag and date, and an order.
struct MediaQuery
{
    enum class Sort { Newest, Oldest, NameAscending, NameDescending };

    QString search;                 // what a person typed
    std::optional<Media::Type> type;
    QString tag;                    // exact tag, empty = any
    QDateTime from;                 // created at or after; invalid = open
    QDateTime to;                   // created before; invalid = open
    Sort sort = Sort::Newest;

    bool operator==(const MediaQuery &) const = default;
};

} // namespace pitchside::media
