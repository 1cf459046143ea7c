#include "AccountLocation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>

namespace pitchside::store {

QString AccountLocation::defaultDataRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString AccountLocation::keyFor(const QUrl &server, const QString &userId)
{
    // A stable, file-name-safe name; the server and user stay readable in the
    // account's own settings, not in the path.
    const QByteArray identity =
        server.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments).toString().toUtf8() + '|' +
        userId.toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(16));
}

QString AccountLocation::accountDir(const QString &dataRoot, const QString &key)
{
    return QDir(dataRoot).filePath(QStringLiteral("accounts/") + key);
}

QString AccountLocation::storePath(const QString &dataRoot, const QString &key)
{
    return QDir(accountDir(dataRoot, key)).filePath(QStringLiteral("pitchside.sqlite"));
}

} // namespace pitchside::store
