// Media processing: decode, size variants (1080 / 540 / 150 px wide) and the
// blur hash. Pure functions of the bytes, so seeding can run them on
// several threads.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace media {

struct Variant {
    QString name;          // large, medium, thumbnail
    QByteArray bytes;
    QString mimeType;
    int width = 0;
    int height = 0;
};

struct Processed {
    bool ok = false;       // false: the bytes do not decode as their type
    QString type;          // image or video
    int width = 0;
    int height = 0;
    double duration = 0;
    QList<Variant> variants;
    QString blurHash;
};

Processed process(const QByteArray &bytes, const QString &mimeType);

} // namespace media
