#include "ids.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QUuid>
#include <openssl/rand.h>
#include <stdexcept>

namespace ids {

QString uuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

bool isUuid(const QString &s)
{
    static const QRegularExpression re(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return re.match(s).hasMatch();
}

QByteArray randomBytes(int n)
{
    QByteArray out(n, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), n) != 1)
        throw std::runtime_error("RAND_bytes failed");
    return out;
}

QString randomToken(int bytes) { return QString::fromLatin1(base64Url(randomBytes(bytes))); }

QString requestId() { return QStringLiteral("req_") + QString::fromLatin1(randomBytes(8).toHex()); }

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

QString sha256Hex(const QByteArray &data) { return QString::fromLatin1(sha256(data).toHex()); }

QByteArray base64Url(const QByteArray &raw)
{
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray fromBase64Url(const QByteArray &text, bool *ok)
{
    auto r = QByteArray::fromBase64Encoding(
        text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (ok)
        *ok = bool(r);
    return r ? *r : QByteArray();
}

} // namespace ids
