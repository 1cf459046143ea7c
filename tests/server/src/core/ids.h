// Identifiers, random bytes and digests.
#pragma once

#include <QByteArray>
#include <QString>

namespace ids {

QString uuid();                               // random (v4), lower case
bool isUuid(const QString &s);                // 8-4-4-4-12 hex
QByteArray randomBytes(int n);                // OpenSSL RAND_bytes
QString randomToken(int bytes);               // base64url, no padding
QString requestId();                          // "req_" + 16 hex chars
QByteArray sha256(const QByteArray &data);    // raw 32 bytes
QString sha256Hex(const QByteArray &data);
QByteArray base64Url(const QByteArray &raw);
QByteArray fromBase64Url(const QByteArray &text, bool *ok = nullptr);

} // namespace ids
