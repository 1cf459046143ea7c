#include "BackendUrl.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace pitchside::sync {

bool BackendUrl::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

BackendUrl::Problem BackendUrl::check(const QString &text, QUrl *normalized)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Problem::Empty;
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return Problem::Malformed;
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https" && scheme != u"http")
        return Problem::UnsupportedScheme;
    if (scheme == u"http" && !isLoopback(url))
        return Problem::InsecureRemote;
    if (url.hasQuery() || url.hasFragment())
        return Problem::HasQuery;
    if (normalized) {
        *normalized = url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
        if (normalized->path() == u"/")
            normalized->setPath({}); // StripTrailingSlash keeps a lone "/"
    }
    return Problem::None;
}

QString BackendUrl::explain(Problem problem, const QString &text)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return QCoreApplication::translate("pitchside::sync::BackendUrl", "Enter the address of your Pitchside server, for example https://api.monclub.fr.");
    case Problem::Malformed:
        return QCoreApplication::translate("pitchside::sync::BackendUrl", "“%1” is not a web address. Write it like https://api.monclub.fr.").arg(text);
    case Problem::UnsupportedScheme:
        return QCoreApplication::translate("pitchside::sync::BackendUrl", "“%1” must start with https://.").arg(text);
    case Problem::InsecureRemote:
        return QCoreApplication::translate("pitchside::sync::BackendUrl", "“%1” is not encrypted. Use https:// — plain http:// is only allowed for a server on this "
                  "computer (127.0.0.1 or localhost).")
            .arg(text);
    case Problem::HasQuery:
        return QCoreApplication::translate("pitchside::sync::BackendUrl", "“%1” should be just the server's address, without “?” or “#” parts.").arg(text);
    }
    return {};
}

} // namespace pitchside::sync
