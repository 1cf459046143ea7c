#include "CommandLine.h"

#include "sync/BackendUrl.h"
#include "ui/Page.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace pitchside::app {

CommandLine CommandLine::parse(const QCoreApplication &app, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "Pitchside: plan, write and sync your club's social media."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(QStringLiteral("server"),
                                    QCoreApplication::translate("CommandLine", "Pitchside server to use."),
                                    QStringLiteral("URL"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("CommandLine", "Folder for accounts, settings and logs."), QStringLiteral("DIR"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QCoreApplication::translate("CommandLine", "Language of the interface: fr or en."),
                                  QStringLiteral("fr|en"));
    const QCommandLineOption page(
        QStringLiteral("page"),
        QCoreApplication::translate("CommandLine", "Open on this page: calendar, editor, media, inbox, campaigns, "
                                                   "analytics, accounts or settings."),
        QStringLiteral("PAGE"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("CommandLine", "Save the window as a PNG once the page has loaded, then quit."),
        QStringLiteral("FILE"));
    parser.addOptions({server, dataDir, lang, page, screenshot});
    parser.process(app);

    CommandLine result;
    const auto fail = [&](const QString &message) {
        *error = message;
        return result;
    };
    if (!parser.positionalArguments().isEmpty()) {
        return fail(QCoreApplication::translate("CommandLine", "Unexpected argument: %1")
                        .arg(parser.positionalArguments().join(u' ')));
    }
    if (parser.isSet(server)) {
        QUrl normalized;
        const auto problem = sync::BackendUrl::check(parser.value(server), &normalized);
        if (problem != sync::BackendUrl::Problem::None)
            return fail(sync::BackendUrl::explain(problem, parser.value(server)));
        result.server = normalized.toString();
    }
    if (parser.isSet(dataDir))
        result.dataDir = QDir(parser.value(dataDir)).absolutePath();
    if (parser.isSet(lang)) {
        result.language = parser.value(lang).toLower();
        if (result.language != u"fr" && result.language != u"en")
            return fail(QCoreApplication::translate("CommandLine", "--lang must be fr or en, not “%1”.")
                            .arg(parser.value(lang)));
    }
    if (parser.isSet(page)) {
        ui::PageId id;
        result.page = parser.value(page).toLower();
        if (!ui::pageFromKey(result.page, &id))
            return fail(QCoreApplication::translate("CommandLine", "Unknown page “%1”.").arg(parser.value(page)));
    }
    if (parser.isSet(screenshot))
        result.screenshot = QDir(parser.value(screenshot)).absolutePath();
    return result;
}

} // namespace pitchside::app
