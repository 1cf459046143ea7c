#pragma once

#include <QString>

namespace pitchside {

// Everything Pitchside writes under its data folder (settings with the
// email and server, the stores, caches, logs) is for this user only:
// files 0600, folders 0700, whatever the umask.
namespace PrivateFiles {

// Once, first thing in main(): new files and folders get no group or other
// bits (umask 077), so even writers outside our code (SQLite, QSettings'
// temporary file) make private ones.
void restrictNewFiles();

// mkpath, with every folder it creates (and `path` itself) made 0700.
bool makeDir(const QString &path);
// An existing file made 0600.
bool restrict(const QString &file);

} // namespace PrivateFiles

} // namespace pitchside
