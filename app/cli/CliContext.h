#pragma once

#include "models/AccountDirectory.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace pitchside {
class Preferences;
namespace store {
class Store;
}
namespace sync::auth {
class Keychain;
class Session;
} // namespace sync::auth
} // namespace pitchside

namespace pitchside::cli {

// Exit codes scripts can rely on (see --help).
enum ExitCode {
    Ok = 0,
    Failure = 1,    // the store could not be read or written
    Usage = 2,
    Auth = 3,       // not signed in, wrong password, session ended
    Network = 4,    // the server could not be reached or failed
    Conflict = 5,   // changes conflict with the server's: open Pitchside to choose
    Refused = 6,    // the server refused some changes: see `status`
};

// What every command needs: the data directory's preferences (the same
// files the app reads), the account directory, the active account's store,
// and its session (tokens from the keychain).
class CliContext
{
public:
    CliContext(const QString &dataDir, const QString &server);
    ~CliContext();

    QString dataRoot() const { return m_dataRoot; }
    Preferences &preferences() { return *m_preferences; }
    AccountDirectory &accounts() { return *m_accounts; }
    sync::auth::Keychain &keychain() { return *m_keychain; }
    // --server as given (normalised), or empty.
    QString serverOption() const { return m_server; }

    // The account commands work on: the active one, or the one --server names.
    std::optional<AccountInfo> account();
    // The store of `account`, or the local store when there is none.
    store::Store *openStore(const std::optional<AccountInfo> &account, QString *error);
    // Restores the account's session from the keychain (blocking).
    sync::auth::Session *restoreSession(const AccountInfo &account);

    static void out(const QString &line);
    static void err(const QString &line);

private:
    QString m_dataRoot;
    QString m_dataDir;
    QString m_server;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<AccountDirectory> m_accounts;
    std::unique_ptr<sync::auth::Keychain> m_keychain;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<sync::auth::Session> m_session;
};

} // namespace pitchside::cli
