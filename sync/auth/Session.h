#pragma once

#include "Keychain.h"
#include "SignIn.h"
#include "TokenStore.h"
#include "models/AccountDirectory.h"

#include <QObject>

#include <memory>

namespace pitchside::sync::auth {

// One signed-in account: who (AccountInfo), its tokens, and whether they
// could be kept in the keychain. Created by the composition root (the app
// or pitchside-cli) on its main thread.
class Session : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Restoring,      // reading the keychain
        SignedIn,       // tokens in hand
        SignInRequired, // none stored, or the server refused them
    };

    Session(AccountInfo account, const QString &dataRoot, Keychain *keychain, QObject *parent = nullptr);
    ~Session() override;

    const AccountInfo &account() const { return m_account; }
    QUrl server() const { return QUrl(m_account.server); }
    TokenStore &tokens() { return *m_tokens; }
    State state() const { return m_state; }
    // False when the keychain could not be used: tokens live in memory only
    // and the user will sign in again at the next start.
    bool hasSecureStorage() const { return m_secure; }

    // Reads the tokens stored for this account.
    void restore(std::function<void(State)> done = {});
    // Takes the tokens of a fresh sign-in and stores them in the keychain.
    void adopt(const api::dto::Session &session, std::function<void(bool stored)> done = {});
    // Tells the server (best effort, short timeout), then forgets the tokens.
    void signOut(std::function<void()> done);

    // The account a successful sign-in designates.
    static AccountInfo accountFrom(const SignInResult &result);

Q_SIGNALS:
    void stateChanged(pitchside::sync::auth::Session::State state);

private:
    void setState(State state);

    AccountInfo m_account;
    std::unique_ptr<TokenStore> m_tokens;
    State m_state = State::Restoring;
    bool m_secure = false;
};

} // namespace pitchside::sync::auth
