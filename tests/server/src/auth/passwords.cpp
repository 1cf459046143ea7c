#include "passwords.h"

#include "core/ids.h"

#include <QStringList>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <stdexcept>

namespace passwords {

namespace {

QByteArray derive(const QByteArray &password, const QByteArray &salt, int iterations)
{
    QByteArray out(32, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()),
                          reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()),
                          iterations, EVP_sha256(), int(out.size()),
                          reinterpret_cast<unsigned char *>(out.data()))
        != 1)
        throw std::runtime_error("PKCS5_PBKDF2_HMAC failed");
    return out;
}

} // namespace

QString hash(const QString &password, int iterations)
{
    const QByteArray salt = ids::randomBytes(16);
    const QByteArray dk = derive(password.toUtf8(), salt, iterations);
    return QStringLiteral("pbkdf2_sha256$%1$%2$%3")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(dk.toBase64()));
}

bool verify(const QString &password, const QString &stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts[0] != QLatin1String("pbkdf2_sha256"))
        return false;
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    if (!ok || iterations < 1)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[2].toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts[3].toLatin1());
    const QByteArray dk = derive(password.toUtf8(), salt, iterations);
    return dk.size() == expected.size()
        && CRYPTO_memcmp(dk.constData(), expected.constData(), size_t(dk.size())) == 0;
}

void dummyVerify(int iterations)
{
    (void)derive(QByteArrayLiteral("not-a-password"), QByteArrayLiteral("0123456789abcdef"), iterations);
}

} // namespace passwords
