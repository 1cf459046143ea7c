#include "ApiError.h"

namespace pitchside::sync::api {

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Parse: // a truncated or garbled answer: the next try usually reads fine
        return true;
    case Kind::Http:
        return status == 408 || status == 429 || status >= 500;
    default:
        return false;
    }
}

bool ApiError::isPermanent() const
{
    return kind == Kind::Http && status >= 400 && status < 500 && status != 401 && status != 408 && status != 409
           && status != 410 && status != 429;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("ok");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::Parse:
        return QStringLiteral("parse");
    case Kind::SignInRequired:
        return QStringLiteral("sign-in-required");
    case Kind::InsecureUrl:
        return QStringLiteral("insecure-url");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString ApiError::summary() const
{
    QString s = kindName(kind);
    if (status)
        s += QStringLiteral(" %1").arg(status);
    if (!code.isEmpty())
        s += QLatin1Char(' ') + code;
    if (!reason.isEmpty())
        s += QLatin1Char('/') + reason;
    if (!field.isEmpty())
        s += QStringLiteral(" field=") + field;
    if (!jsonPath.isEmpty())
        s += QStringLiteral(" at ") + jsonPath;
    if (!message.isEmpty())
        s += QStringLiteral(": ") + message;
    if (!requestId.isEmpty())
        s += QStringLiteral(" [") + requestId + QLatin1Char(']');
    return s;
}

QString ApiError::reasonCode() const
{
    switch (kind) {
    case Kind::Http: {
        QString c = code.isEmpty() ? QStringLiteral("HTTP_%1").arg(status) : code;
        if (!reason.isEmpty())
            c += QLatin1Char('/') + reason;
        else if (!field.isEmpty())
            c += QLatin1Char('/') + field;
        return c;
    }
    default:
        return kindName(kind).toUpper().replace(QLatin1Char('-'), QLatin1Char('_'));
    }
}

ApiError ApiError::parse(const QString &path, const QString &why)
{
    ApiError e;
    e.kind = Kind::Parse;
    e.jsonPath = path;
    e.message = why;
    return e;
}

} // namespace pitchside::sync::api
