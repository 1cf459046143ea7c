#pragma once

#include <QObject>
#include <QStringList>

namespace pitchside::store {

// Entity type names, the same as the server's feed types (API.md §3).
namespace EntityType {
inline const QString Profile = QStringLiteral("profile");
inline const QString Post = QStringLiteral("post");
inline const QString Template = QStringLiteral("template");
inline const QString Media = QStringLiteral("media");
inline const QString Match = QStringLiteral("match");
inline const QString Event = QStringLiteral("event");
inline const QString SocialAccount = QStringLiteral("social_account");
inline const QString Publication = QStringLiteral("publication");
inline const QString Conversation = QStringLiteral("conversation");
inline const QString Message = QStringLiteral("message");
inline const QString Notification = QStringLiteral("notification");
inline const QString ConversationDraft = QStringLiteral("conversation_draft"); // local only
inline const QString Outbox = QStringLiteral("outbox"); // the pending-changes list itself
} // namespace EntityType

// The store's change signal: who changed what. Item models listen and refresh
// only what they show. Emitted after the transaction committed, on the thread
// of the hub (writers on other threads post to it with a queued connection).
class ChangeHub : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // An empty id list means "many or unknown ids changed": refresh everything.
    void notify(const QString &entityType, const QStringList &ids = {});

Q_SIGNALS:
    void changed(const QString &entityType, const QStringList &ids);
};

} // namespace pitchside::store
