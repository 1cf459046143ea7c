#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace pitchside::app {

// The desktop app's command line (see --help).
struct CommandLine
{
    QString server;     // --server URL (validated, normalised)
    QString dataDir;    // --data-dir DIR (absolute); empty = QStandardPaths
    QString language;   // --lang fr|en; empty = preferences / system
    QString page;       // --page KEY; empty = last page
    QString screenshot; // --screenshot FILE

    // Parses the application's arguments. On a usage error, `error` says
    // what is wrong in a sentence; --help and --version exit by themselves.
    static CommandLine parse(const QCoreApplication &app, QString *error);
};

} // namespace pitchside::app
