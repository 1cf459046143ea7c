#pragma once

#include <QObject>
#include <QString>

namespace pitchside::media {

// Where the library gets the server's variants of media this computer has
// no file for (made on another device, they arrive through the sync feed
// with `variants` and no local path). models/ has no network: sync/
// implements this (sync/downloads) and app/ hands it to the models.
class RemoteVariantSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // The file of a variant already on disk (and marks it recently used), or
    // an empty string. Cheap: called while painting.
    virtual QString cachedPath(const QString &mediaId, const QString &variant) = 0;
    // Downloads a variant; available() or unavailable() follows.
    virtual void request(const QString &mediaId, const QString &variant) = 0;

Q_SIGNALS:
    void available(const QString &mediaId, const QString &variant, const QString &path);
    void unavailable(const QString &mediaId, const QString &variant, const QString &reason);
};

} // namespace pitchside::media
