#pragma once

#include "sync/auth/ProviderSignIn.h"
#include "sync/auth/SignIn.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace pitchside::ui {

// Server address, email, password; says what went wrong in words a club
// volunteer understands (wrong password, server unreachable, not a
// Pitchside server, certificate problem). No HTTP here: sync::auth::SignIn
// does the request.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(QWidget *parent = nullptr);

    void setServer(const QString &server);
    void setEmail(const QString &email);
    // A line above the form: why the dialog is shown ("Your session ended…").
    void setIntro(const QString &text);
    // The first run: a welcome, and "Work without an account" as a choice
    // as clear as signing in (instead of Cancel).
    void setWelcome(bool welcome);
    bool isWelcome() const { return m_welcome; }
    void setLanguage(const QByteArray &language)
    {
        m_signIn.setLanguage(language);
        m_providerSignIn.setLanguage(language);
    }
    // Provider sign-in opens the system browser through this (tests follow
    // the pages with their own HTTP client); QDesktopServices by default.
    void setBrowserOpener(sync::auth::ProviderSignIn::OpenBrowser open) { m_openBrowser = std::move(open); }
    sync::auth::ProviderSignIn &providerSignIn() { return m_providerSignIn; }
    QPushButton *providerButton(const QString &provider) const;
    QString statusText() const;

    QString server() const;
    QString email() const;
    QString errorText() const;
    const sync::auth::SignInResult &result() const { return m_result; }

Q_SIGNALS:
    void signedIn(const pitchside::sync::auth::SignInResult &result);

protected:
    void reject() override;

private:
    void submit();
    void signInWith(const QString &provider);
    void onResult(const sync::auth::SignInResult &result);
    void showError(const QString &text, QWidget *focus);
    void setBusy(bool busy);
    void updateButton();
    void fitContents(); // taller when an error shows, never squashing the fields

    sync::auth::SignIn m_signIn;
    sync::auth::ProviderSignIn m_providerSignIn;
    sync::auth::ProviderSignIn::OpenBrowser m_openBrowser;
    QLabel *m_status;                    // "Finish signing in in your browser…"
    QList<QPushButton *> m_providerButtons;
    QString m_cancelText; // the Cancel button's words while it says "Stop waiting"
    sync::auth::SignInResult m_result;
    QLabel *m_title;
    QLabel *m_intro;
    QLabel *m_serverHint;
    QLineEdit *m_server;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLabel *m_error;
    QProgressBar *m_busy;
    QDialogButtonBox *m_buttons;
    QPushButton *m_submit;
    QPushButton *m_cancel;
    bool m_welcome = false;
};

} // namespace pitchside::ui
