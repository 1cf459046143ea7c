#pragma once

#include "CliContext.h"

#include <QStringList>

namespace pitchside::cli {

// One function per command; each returns an ExitCode. `args` are the
// command's own arguments (after "login", "posts create"…).
int login(CliContext &ctx, const QStringList &args);
int logout(CliContext &ctx, const QStringList &args);
int syncCommand(CliContext &ctx, const QStringList &args);
int status(CliContext &ctx, const QStringList &args);
int postsList(CliContext &ctx, const QStringList &args);
int postsCreate(CliContext &ctx, const QStringList &args);
int postsEdit(CliContext &ctx, const QStringList &args);

// Runs one sync of the active account and maps its outcome to an exit code.
int runSync(CliContext &ctx, bool quiet);

} // namespace pitchside::cli
