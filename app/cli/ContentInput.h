#pragma once

#include <QString>

#include <optional>

namespace pitchside::cli {

// The text of --content-file: a file, or standard input for "-" (a post of
// several megabytes does not fit on a command line). The bytes must be
// UTF-8; one final line break (what editors and `echo` add) is dropped.
// Returns nullopt with a sentence in `error` when the file cannot be read
// or is not UTF-8.
std::optional<QString> readContentFile(const QString &path, QString *error);

} // namespace pitchside::cli
