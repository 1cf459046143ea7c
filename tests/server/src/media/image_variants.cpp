#include "image_variants.h"

#include "media/blurhash.h"
#include "media/sniff.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>

namespace media {

namespace {

struct Box {
    const char *name;
    int width;
};
constexpr Box kBoxes[] = {{"large", 1080}, {"medium", 540}, {"thumbnail", 150}};

QByteArray encode(const QImage &img, bool alpha)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, alpha ? "PNG" : "JPEG", alpha ? -1 : 85);
    return out;
}

} // namespace

Processed process(const QByteArray &bytes, const QString &mimeType)
{
    Processed p;
    if (mimeType.startsWith(QLatin1String("video/"))) {
        const auto info = sniff::probeVideo(bytes);
        p.ok = true;
        p.type = QStringLiteral("video");
        p.width = info.width;
        p.height = info.height;
        p.duration = info.durationSeconds;
        return p;
    }
    QBuffer buffer(const_cast<QByteArray *>(&bytes));
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);   // honour EXIF orientation
    const QImage img = reader.read();
    if (img.isNull())
        return p;
    p.ok = true;
    p.type = QStringLiteral("image");
    p.width = img.width();
    p.height = img.height();
    const bool alpha = img.hasAlphaChannel() && mimeType != QLatin1String("image/jpeg");
    // Each variant only when the original is wider; otherwise the original
    // serves for it.
    for (const Box &b : kBoxes) {
        if (img.width() <= b.width)
            continue;
        const QImage scaled = img.scaledToWidth(b.width, Qt::SmoothTransformation);
        p.variants.append({QLatin1String(b.name), encode(scaled, alpha),
                           alpha ? QStringLiteral("image/png") : QStringLiteral("image/jpeg"), scaled.width(),
                           scaled.height()});
    }
    p.blurHash = blurhash::encode(img);
    return p;
}

} // namespace media
