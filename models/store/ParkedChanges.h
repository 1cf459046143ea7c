#pragma once

#include <QString>

#include <optional>

namespace pitchside::store {

class Store;

// A change of an entity the server refused for good (the sync engine parks
// it with the server's reason): what the editor shows next to the post.
struct ParkedChange
{
    qint64 seq = 0;
    QString errorCode; // "BUSINESS_RULE/caption_too_long", "FORBIDDEN"…
    QString message;   // the sentence, as the engine stored it
};

std::optional<ParkedChange> parkedChange(Store &store, const QString &entityType, const QString &entityId);

} // namespace pitchside::store
