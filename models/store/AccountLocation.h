#pragma once

#include <QString>
#include <QUrl>

namespace pitchside::store {

// Where an account's files live: <data root>/accounts/<key>/. One store per
// account (server URL + user id); "local" is the store used before any
// sign-in, so that drafts can be written from the very first start.
class AccountLocation
{
public:
    // QStandardPaths::AppDataLocation unless overridden (--data-dir).
    static QString defaultDataRoot();

    static QString localKey() { return QStringLiteral("local"); }
    static QString keyFor(const QUrl &server, const QString &userId);

    static QString accountDir(const QString &dataRoot, const QString &key);
    static QString storePath(const QString &dataRoot, const QString &key);
};

} // namespace pitchside::store
