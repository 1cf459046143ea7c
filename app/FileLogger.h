#pragma once

#include <QString>

namespace pitchside::app {

// Sends Qt's log (every QLoggingCategory) to <dir>/pitchside.log as well as
// to stderr, rotating at 1 MB and keeping five old files. Anything that
// looks like a credential is masked before it reaches the file.
namespace FileLogger {

bool install(const QString &directory);
QString currentFile();
QString redact(const QString &message);

} // namespace FileLogger

} // namespace pitchside::app
