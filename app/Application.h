#pragma once

#include "CommandLine.h"
#include "models/AccountDirectory.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QApplication;
class QWidget;

namespace pitchside {
class Preferences;
namespace store {
class Store;
}
namespace ui {
class MainWindow;
struct UiContext;
} // namespace ui
namespace sync {
class AccountRuntime;
namespace auth {
class Keychain;
struct SignInResult;
} // namespace auth
namespace api::dto {
struct User;
}
} // namespace sync
} // namespace pitchside

namespace pitchside::app {

// The composition root: reads the command line, sets up logging, language
// and theme, opens the account's store, and builds the window over them.
class Application : public QObject
{
    Q_OBJECT
public:
    explicit Application(QApplication &qapp);
    ~Application() override;

    // Exit codes: 0 normal, 2 usage error, 3 the store cannot be opened.
    int run();

private:
    void buildWindow(const QString &page);
    void showStoreError(const QString &message, const QString &folder);
    void scheduleScreenshot(QWidget *window);
    void onThemeChanged();

    // Accounts (see sync::AccountRuntime): the window always shows one
    // account's store, or the local one; switching rebuilds it.
    bool openAccount(const std::optional<AccountInfo> &account, const QString &page,
                     const sync::auth::SignInResult *freshSignIn = nullptr);
    void attachSync(ui::MainWindow *window);
    void closeWindow();
    void switchAccount(const QString &key, const sync::auth::SignInResult *freshSignIn = nullptr);
    void signOut(const QString &key);
    void showSignIn(const QString &server, const QString &email, const QString &why, bool welcome = false);
    // The first run without an account (or --server without one): the
    // sign-in dialog as a welcome, with "work without an account".
    void offerWelcome();
    void onSignedIn(const sync::auth::SignInResult &result);
    void onUserChanged(const sync::api::dto::User &user);

    QApplication &m_qapp;
    CommandLine m_options;
    QString m_dataRoot;
    std::unique_ptr<Preferences> m_preferences;
    QString m_language;
    std::unique_ptr<AccountDirectory> m_accounts;
    std::unique_ptr<sync::auth::Keychain> m_keychain;
    std::unique_ptr<sync::AccountRuntime> m_runtime;
    std::unique_ptr<ui::UiContext> m_context;
    QPointer<QWidget> m_window;
    QPointer<QWidget> m_signInDialog;
    int m_exitCode = 0;
};

} // namespace pitchside::app
