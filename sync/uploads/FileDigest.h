#pragma once

#include <QString>

#include <atomic>

namespace pitchside::sync::uploads {

// SHA-256 of a file with OpenSSL (CPU SHA extensions: a 100 MB video in
// well under a second), checked before every upload starts or resumes: the
// library's copy may have been damaged or replaced behind the app's back,
// and wrong bytes must never reach the server. Empty if unreadable.
QString sha256OfFile(const QString &path, const std::atomic_bool *cancel = nullptr);

} // namespace pitchside::sync::uploads
