#include "jwt.h"

#include "core/ids.h"

#include <QDateTime>
#include <QList>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

QByteArray Jwt::mac(const QByteArray &data) const
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    HMAC(EVP_sha256(), m_secret.constData(), int(m_secret.size()),
         reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()), out, &len);
    return QByteArray(reinterpret_cast<const char *>(out), int(len));
}

QString Jwt::sign(const json &claims) const
{
    static const QByteArray header = ids::base64Url(R"({"alg":"HS256","typ":"JWT"})");
    const QByteArray payload = ids::base64Url(QByteArray::fromStdString(dumpJson(claims)));
    const QByteArray input = header + '.' + payload;
    return QString::fromLatin1(input + '.' + ids::base64Url(mac(input)));
}

std::optional<json> Jwt::verify(const QString &token, const char **reason) const
{
    *reason = "malformed_token";
    const QList<QByteArray> parts = token.toLatin1().split('.');
    if (parts.size() != 3)
        return std::nullopt;
    bool ok = false;
    const QByteArray headerRaw = ids::fromBase64Url(parts[0], &ok);
    if (!ok)
        return std::nullopt;
    try {
        const json header = json::parse(headerRaw.constBegin(), headerRaw.constEnd());
        if (!header.is_object() || header.value("alg", "") != "HS256")
            return std::nullopt;
    } catch (const json::exception &) {
        return std::nullopt;
    }
    const QByteArray expected = mac(parts[0] + '.' + parts[1]);
    const QByteArray given = ids::fromBase64Url(parts[2], &ok);
    if (!ok || given.size() != expected.size()
        || CRYPTO_memcmp(given.constData(), expected.constData(), size_t(given.size())) != 0) {
        *reason = "bad_signature";
        return std::nullopt;
    }
    const QByteArray payloadRaw = ids::fromBase64Url(parts[1], &ok);
    if (!ok)
        return std::nullopt;
    json claims;
    try {
        claims = json::parse(payloadRaw.constBegin(), payloadRaw.constEnd());
    } catch (const json::exception &) {
        return std::nullopt;
    }
    if (!claims.is_object() || !claims.contains("exp") || !claims["exp"].is_number_integer())
        return std::nullopt;
    if (claims["exp"].get<qint64>() <= QDateTime::currentSecsSinceEpoch()) {
        *reason = "token_expired";
        return std::nullopt;
    }
    *reason = nullptr;
    return claims;
}
