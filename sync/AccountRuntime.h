#pragma once

#include "ConflictResolver.h"
#include "SyncController.h"
#include "auth/Session.h"
#include "models/AccountDirectory.h"

#include <QObject>

#include <memory>
#include <optional>

namespace pitchside::store {
class Store;
}

namespace pitchside::sync {

namespace uploads {
class MediaSync;
}

// Everything one account needs while a window shows it: its store (the UI
// thread's connection), its session (tokens from the keychain), its sync (a
// SyncController with its thread), the media side of its sync (uploads and
// remote thumbnails, MediaSync) and the conflict resolver. The local store
// (before any sign-in) has a store and nothing else. The composition root
// keeps one at a time and replaces it to switch accounts.
class AccountRuntime : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString dataRoot;
        QByteArray language = "fr";
        int intervalMinutes = 5;
        bool live = true;
        bool watchNetwork = true;
    };

    // nullopt: the local store. Null on failure (`error` says why).
    static std::unique_ptr<AccountRuntime> open(const std::optional<AccountInfo> &account, auth::Keychain *keychain,
                                                const Options &options, store::StoreError *error);
    ~AccountRuntime() override;

    store::Store &store() { return *m_store; }
    const std::optional<AccountInfo> &account() const { return m_account; }
    QString key() const { return m_account ? m_account->key : QString(); }
    auth::Session *session() { return m_session.get(); }
    SyncController *controller() { return m_controller.get(); }
    ConflictResolver &resolver() { return *m_resolver; }
    // Uploads and remote thumbnails; null for the local store.
    uploads::MediaSync *media() { return m_media.get(); }
    bool hasSecureStorage() const { return !m_session || m_session->hasSecureStorage(); }

    // Reads the stored tokens; syncs if there are some, asks for a sign-in otherwise.
    void restore();
    // Tokens of a fresh sign-in of this account: keeps them and syncs.
    void adopt(const auth::SignInResult &result);
    // Stops syncing, revokes the session on the server and forgets the tokens.
    void signOut(std::function<void()> done);
    void setIntervalMinutes(int minutes);

Q_SIGNALS:
    // No usable tokens: the user must sign in (again). `why` is in words.
    void signInRequired(const QString &why);
    void userChanged(const pitchside::sync::api::dto::User &user);
    // The keychain answered (restore or sign-in): hasSecureStorage() is known.
    void sessionReady();

private:
    AccountRuntime() = default;
    void startSync();

    std::optional<AccountInfo> m_account;
    Options m_options;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<auth::Session> m_session;
    std::unique_ptr<SyncController> m_controller;
    std::unique_ptr<uploads::MediaSync> m_media;
    std::unique_ptr<ConflictResolver> m_resolver;
};

} // namespace pitchside::sync
