#pragma once

#include "SyncFields.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace pitchside {

// An image or a video of the library (API.md §5).
struct Media
{
    enum class Type { Image, Video };

    QString id;
    Type type = Type::Image;
    QString filename;
    QString mimeType;
    qint64 sizeBytes = 0;
    int width = 0;
    int height = 0;
    qint64 durationMs = 0;
    QStringList tags;
    QString altText;
    QString sha256;
    QJsonObject variants; // the server's variants object
    QString blurHash;
    QString localPath; // content-addressed copy in the account dir; empty if remote only
    QDateTime createdAt;
    QDateTime updatedAt;
    SyncFields sync;
};

QString mediaTypeKey(Media::Type type); // "image" / "video"

} // namespace pitchside
