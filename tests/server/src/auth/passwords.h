// Salted PBKDF2-HMAC-SHA256 password hashes, stored as
// "pbkdf2_sha256$<iterations>$<salt base64>$<hash base64>".
#pragma once

#include <QString>

namespace passwords {

QString hash(const QString &password, int iterations);
bool verify(const QString &password, const QString &stored);
// Burns the same time as a verification, so unknown e-mails and wrong
// passwords cannot be told apart by timing.
void dummyVerify(int iterations);

} // namespace passwords
