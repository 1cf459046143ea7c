// pitchside-cli: the app's store, sync engine and keychain from a terminal
// or a script. Every write goes through the same store commands as the
// app; every exit code means one thing (see usage()).
#include "models/PrivateFiles.h"
#include "CliContext.h"
#include "Commands.h"
#include "sync/BackendUrl.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>

#include <functional>

using namespace pitchside;
using namespace pitchside::cli;

namespace {

QString usage()
{
    return QCoreApplication::translate(
        "Cli",
        "usage: pitchside-cli [--server URL] [--data-dir DIR] COMMAND\n"
        "\n"
        "commands:\n"
        "  login EMAIL              sign in (password on stdin or in PITCHSIDE_PASSWORD)\n"
        "  logout                   sign out; this computer keeps the account's data\n"
        "  sync                     send waiting changes, receive the server's\n"
        "  status [--json]          account, waiting changes, conflicts, last sync\n"
        "  posts list [--json]\n"
        "  posts create --platform P (--content TEXT | --content-file FILE|-)\n"
        "               [--schedule ISO8601] [--sync]\n"
        "                           prints the new post's id once it is saved\n"
        "  posts edit ID [--content TEXT | --content-file FILE|-]\n"
        "             [--schedule ISO8601 | --unschedule] [--sync]\n"
        "\n"
        "--content-file reads UTF-8 text from FILE, or from standard input with -.\n"
        "A post is scheduled only if it passes the rules the app checks (Instagram\n"
        "needs a photo or video, the time must be to come, the text must fit each\n"
        "network); otherwise it prints why, saves nothing and exits with 2.\n"
        "\n"
        "exit codes: 0 ok, 1 local store error, 2 usage or a post the rules refuse,\n"
        "3 not signed in or refused credentials, 4 server unreachable or failing,\n"
        "5 conflicts wait for a choice, 6 the server refused some changes (see status)");
}

} // namespace

int main(int argc, char *argv[])
{
    pitchside::PrivateFiles::restrictNewFiles(); // before anything is written
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Pitchside"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("pitchside.app"));
    QCoreApplication::setApplicationName(QStringLiteral("Pitchside"));

    // Scripts read our output: the log says only what goes wrong, unless asked.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("pitchside.*.info=false\npitchside.*.debug=false"));

    QStringList args = QCoreApplication::arguments().mid(1);
    QString server;
    QString dataDir;
    while (!args.isEmpty() && args.first().startsWith(u"--")) {
        const QString option = args.takeFirst();
        if (option == u"--help" || option == u"-h") {
            CliContext::out(usage());
            return Ok;
        }
        if ((option != u"--server" && option != u"--data-dir") || args.isEmpty()) {
            CliContext::err(usage());
            return Usage;
        }
        const QString value = args.takeFirst();
        if (option == u"--data-dir") {
            dataDir = QDir(value).absolutePath();
        } else {
            QUrl normalized;
            const auto problem = sync::BackendUrl::check(value, &normalized);
            if (problem != sync::BackendUrl::Problem::None) {
                CliContext::err(sync::BackendUrl::explain(problem, value));
                return Usage;
            }
            server = normalized.toString();
        }
    }
    if (args.isEmpty()) {
        CliContext::err(usage());
        return Usage;
    }

    using Command = std::function<int(CliContext &, const QStringList &)>;
    const QString command = args.takeFirst();
    Command run;
    if (command == u"login")
        run = login;
    else if (command == u"logout")
        run = logout;
    else if (command == u"sync")
        run = syncCommand;
    else if (command == u"status")
        run = status;
    else if (command == u"posts" && !args.isEmpty()) {
        const QString sub = args.takeFirst();
        if (sub == u"list")
            run = postsList;
        else if (sub == u"create")
            run = postsCreate;
        else if (sub == u"edit")
            run = postsEdit;
    }
    if (!run) {
        CliContext::err(usage());
        return Usage;
    }
    CliContext context(dataDir, server);
    const int code = run(context, args);
    if (code == Usage && command != u"login" && command != u"posts")
        CliContext::err(usage());
    return code;
}
