// JWT with HS256 only (RFC 7519). Any other "alg", including "none", is
// refused before the signature is even looked at.
#pragma once

#include "core/json.h"

#include <QByteArray>
#include <QString>
#include <optional>

class Jwt {
public:
    explicit Jwt(QByteArray secret) : m_secret(std::move(secret)) {}

    QString sign(const json &claims) const;
    // Checks structure, alg, signature and exp; *reason says why not.
    std::optional<json> verify(const QString &token, const char **reason) const;

private:
    QByteArray mac(const QByteArray &data) const;
    QByteArray m_secret;
};
