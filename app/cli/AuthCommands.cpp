// pitchside-cli login / logout: the same sign-in, keychain entry and
// account directory as the app's sign-in dialog and Accounts page.
#include "Commands.h"

#include "models/Preferences.h"
#include "models/store/Store.h"
#include "sync/auth/Keychain.h"
#include "sync/auth/Session.h"
#include "sync/auth/SignIn.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>

#include <cstdio>

namespace pitchside::cli {

using sync::auth::SignInResult;

namespace {

QString readPassword()
{
    const QString fromEnv = qEnvironmentVariable("PITCHSIDE_PASSWORD");
    if (!fromEnv.isEmpty())
        return fromEnv;
    QTextStream in(stdin);
    return in.readLine();
}

int exitFor(SignInResult::Problem p)
{
    switch (p) {
    case SignInResult::Problem::None:
        return Ok;
    case SignInResult::Problem::BadAddress:
        return Usage;
    case SignInResult::Problem::WrongCredentials:
    case SignInResult::Problem::Refused:
        return Auth;
    default:
        return Network;
    }
}

} // namespace

int login(CliContext &ctx, const QStringList &args)
{
    if (args.size() != 1) {
        CliContext::err(QCoreApplication::translate("Cli", "usage: pitchside-cli login EMAIL (password on stdin or in "
                                                           "PITCHSIDE_PASSWORD)"));
        return Usage;
    }
    const QString server = ctx.serverOption().isEmpty() ? ctx.preferences().backendUrl() : ctx.serverOption();
    const QString password = readPassword();

    sync::auth::SignIn signIn;
    SignInResult result;
    QEventLoop loop;
    signIn.start(server, args.first(), password, [&](const SignInResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    if (!result.ok()) {
        CliContext::err(result.message);
        return exitFor(result.problem);
    }

    const AccountInfo account = sync::auth::Session::accountFrom(result);
    QString error;
    if (!ctx.openStore(account, &error)) { // creates and migrates the account's store
        CliContext::err(error);
        return Failure;
    }
    ctx.accounts().save(account);
    ctx.accounts().setActive(account.key);
    ctx.preferences().setBackendUrl(account.server);

    sync::auth::Session session(account, ctx.dataRoot(), &ctx.keychain());
    bool stored = false;
    bool done = false;
    session.adopt(result.session, [&](bool ok) {
        stored = ok;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    if (!stored) {
        CliContext::err(QCoreApplication::translate("Cli", "No secure storage available: Pitchside cannot keep you "
                                                           "signed in on this computer. Nothing was written to disk; "
                                                           "sign in again next time."));
    }
    CliContext::out(QCoreApplication::translate("Cli", "Signed in as %1 on %2.")
                        .arg(account.displayName(), account.server));
    return Ok;
}

int logout(CliContext &ctx, const QStringList &args)
{
    if (!args.isEmpty())
        return Usage;
    const std::optional<AccountInfo> account = ctx.account();
    if (!account) {
        CliContext::out(QCoreApplication::translate("Cli", "Not signed in."));
        return Ok;
    }
    sync::auth::Session *session = ctx.restoreSession(*account);
    QEventLoop loop;
    bool done = false;
    session->signOut([&] {
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    // The account's data stays on this computer; signing in again finds it.
    ctx.accounts().setActive({});
    CliContext::out(QCoreApplication::translate("Cli", "Signed out of %1.").arg(account->displayName()));
    return Ok;
}

} // namespace pitchside::cli
