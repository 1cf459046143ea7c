#pragma once

// Conversations, messages and notifications written into a store as a pull
// from the server would write them (version 1, clean), for the inbox's
// widget tests, screenshots and benchmark.
#include "models/Conversation.h"
#include "models/Message.h"
#include "models/Notification.h"

#include <QDateTime>
#include <QString>

namespace pitchside::store {
class Store;
}

namespace inboxseed {

// A conversation with `participant` (their id is "participant-<n>"-like, a UUID).
pitchside::Conversation conversation(pitchside::store::Store &store, const QString &name, const QString &kind,
                                     const QString &subject = {});
// A message in `c`: from them unless `mine`. Updates the conversation's
// last message and, for theirs unread, its unread count.
pitchside::Message message(pitchside::store::Store &store, const pitchside::Conversation &c, const QString &text,
                           const QDateTime &at, bool mine, bool read = true);
pitchside::Notification notification(pitchside::store::Store &store, const QString &type, const QString &title,
                                     const QString &text, const QDateTime &at, const QString &subjectType = {},
                                     const QString &subjectId = {}, bool read = false);

} // namespace inboxseed
