#include "MediaPreflight.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImageReader>
#include <QLocale>
#include <QPainter>

#include <cmath>

namespace pitchside::media {

namespace {

// "4:5", "9:16", "1.91:1": the ratios people know, else two decimals.
QString ratioText(double aspect)
{
    static const struct {
        int w, h;
    } kKnown[] = {{1, 1}, {4, 5}, {5, 4}, {3, 4}, {4, 3}, {2, 3}, {3, 2}, {9, 16}, {16, 9}};
    for (const auto &k : kKnown)
        if (std::abs(aspect - double(k.w) / k.h) < 0.01)
            return QStringLiteral("%1:%2").arg(k.w).arg(k.h);
    return QStringLiteral("%1:1").arg(QLocale().toString(aspect, 'f', 2));
}

struct Range
{
    double min = 0;
    double max = 0;
};

// The aspects every network of `platforms` takes for a photo.
Range imageRange(Platforms platforms)
{
    Range r;
    for (Platform p : AllPlatforms) {
        if (!platforms.testFlag(p))
            continue;
        const NetworkMediaRules &rules = rulesFor(p);
        if (rules.minAspect > 0)
            r.min = std::max(r.min, rules.minAspect);
        if (rules.maxAspect > 0)
            r.max = r.max > 0 ? std::min(r.max, rules.maxAspect) : rules.maxAspect;
    }
    return r;
}

QColor meanColour(const QImage &image)
{
    return image.scaled(1, 1, Qt::IgnoreAspectRatio, Qt::SmoothTransformation).pixelColor(0, 0);
}

} // namespace

MediaFacts factsOf(const Media &media)
{
    MediaFacts f;
    f.mediaId = media.id;
    f.name = media.filename;
    f.type = media.type;
    f.mimeType = media.mimeType;
    f.bytes = media.sizeBytes;
    f.size = QSize(media.width, media.height);
    f.durationMs = media.durationMs;
    if (media.type == Media::Type::Image && !media.localPath.isEmpty() && QFileInfo::exists(media.localPath)) {
        QImageReader reader(media.localPath);
        reader.setAutoTransform(true); // a portrait photo taken sideways is a portrait
        const QSize size = reader.size();
        f.readable = size.isValid();
        if (f.readable) {
            const bool turned = reader.transformation() & QImageIOHandler::TransformationRotate90;
            f.size = turned ? size.transposed() : size;
            f.bytes = QFileInfo(media.localPath).size();
        }
    }
    return f;
}

bool PreflightProblem::fixable() const
{
    switch (kind) {
    case Kind::TooTall:
    case Kind::TooWide:
    case Kind::FormatNotTaken:
    case Kind::TooHeavy:
    case Kind::TooManyPixels:
        return true;
    default:
        return false;
    }
}

QString PreflightProblem::text() const
{
    const QString network = platformName(platform);
    switch (kind) {
    case Kind::TooTall:
        return QCoreApplication::translate("MediaPreflight",
                                           "%1 is too tall for %2 (%3; it takes photos no taller than %4). Crop or pad it to %4.")
            .arg(mediaName, network, ratioText(aspect), ratioText(allowedAspect));
    case Kind::TooWide:
        return QCoreApplication::translate("MediaPreflight",
                                           "%1 is too wide for %2 (%3; it takes photos no wider than %4). Crop or pad it to %4.")
            .arg(mediaName, network, ratioText(aspect), ratioText(allowedAspect));
    case Kind::FormatNotTaken:
        return QCoreApplication::translate("MediaPreflight", "%2 takes only JPEG photos: %1 will be converted.")
            .arg(mediaName, network);
    case Kind::TooHeavy:
        return QCoreApplication::translate("MediaPreflight", "%1 is too heavy for %2: it will be made lighter.")
            .arg(mediaName, network);
    case Kind::TooManyPixels:
        return QCoreApplication::translate("MediaPreflight", "%1 has too many pixels for %2: it will be scaled down.")
            .arg(mediaName, network);
    case Kind::VideoTooShort:
        return QCoreApplication::translate("MediaPreflight", "%1 is too short for %2. Choose a longer video.")
            .arg(mediaName, network);
    case Kind::VideoTooLong:
        return QCoreApplication::translate("MediaPreflight", "%1 is too long for %2. Trim it, or choose another video.")
            .arg(mediaName, network);
    case Kind::VideoTooHeavy:
        return QCoreApplication::translate("MediaPreflight", "%1 is too heavy for %2. Export it smaller, then attach it again.")
            .arg(mediaName, network);
    case Kind::VideoAspect:
        return QCoreApplication::translate("MediaPreflight",
                                           "%1 has proportions %2 does not take (%3). Export it closer to square.")
            .arg(mediaName, network, ratioText(aspect));
    case Kind::Unreadable:
        return QCoreApplication::translate("MediaPreflight",
                                           "%1 cannot be read any more on this computer. Remove it and attach it again.")
            .arg(mediaName);
    }
    return {};
}

double nearestAllowedAspect(double aspect, double minAspect, double maxAspect)
{
    if (minAspect > 0 && aspect < minAspect)
        return minAspect;
    if (maxAspect > 0 && aspect > maxAspect)
        return maxAspect;
    return aspect;
}

QVector<PreflightProblem> checkMedia(const QVector<MediaFacts> &media, Platforms platforms)
{
    QVector<PreflightProblem> out;
    for (const MediaFacts &m : media) {
        auto add = [&](Platform p, PreflightProblem::Kind kind, double allowed = 0) {
            PreflightProblem problem;
            problem.mediaId = m.mediaId;
            problem.mediaName = m.name;
            problem.platform = p;
            problem.kind = kind;
            problem.aspect = m.size.height() > 0 ? double(m.size.width()) / m.size.height() : 0;
            problem.allowedAspect = allowed;
            out << problem;
        };
        if (!m.readable) {
            for (Platform p : AllPlatforms)
                if (platforms.testFlag(p)) {
                    add(p, PreflightProblem::Kind::Unreadable);
                    break;
                }
            continue;
        }
        const double aspect = m.size.height() > 0 ? double(m.size.width()) / m.size.height() : 0;
        for (Platform p : AllPlatforms) {
            if (!platforms.testFlag(p))
                continue;
            const NetworkMediaRules &r = rulesFor(p);
            if (m.type == Media::Type::Image) {
                if (aspect > 0 && r.minAspect > 0 && aspect < r.minAspect - 0.005)
                    add(p, PreflightProblem::Kind::TooTall, r.minAspect);
                else if (aspect > 0 && r.maxAspect > 0 && aspect > r.maxAspect + 0.005)
                    add(p, PreflightProblem::Kind::TooWide, r.maxAspect);
                if (!r.imageMimeTypes.contains(m.mimeType))
                    add(p, PreflightProblem::Kind::FormatNotTaken);
                else if (m.bytes > r.maxImageBytes)
                    add(p, PreflightProblem::Kind::TooHeavy);
                if (r.maxImagePixels > 0 && qint64(m.size.width()) * m.size.height() > r.maxImagePixels)
                    add(p, PreflightProblem::Kind::TooManyPixels);
            } else {
                if (m.durationMs > 0 && m.durationMs < r.minVideoMs)
                    add(p, PreflightProblem::Kind::VideoTooShort);
                else if (r.maxVideoMs > 0 && m.durationMs > r.maxVideoMs)
                    add(p, PreflightProblem::Kind::VideoTooLong);
                if (m.bytes > r.maxVideoBytes)
                    add(p, PreflightProblem::Kind::VideoTooHeavy);
                if (aspect > 0 && ((r.minVideoAspect > 0 && aspect < r.minVideoAspect)
                                   || (r.maxVideoAspect > 0 && aspect > r.maxVideoAspect)))
                    add(p, PreflightProblem::Kind::VideoAspect);
            }
        }
    }
    return out;
}

QImage fitToAspect(const QImage &image, double aspect, AspectFix how, const QColor &fill)
{
    if (image.isNull() || aspect <= 0)
        return image;
    const int w = image.width();
    const int h = image.height();
    const double current = double(w) / h;
    if (std::abs(current - aspect) < 0.001)
        return image;
    if (how == AspectFix::Crop) {
        if (current > aspect) { // too wide: cut the sides
            const int cw = int(std::lround(h * aspect));
            return image.copy((w - cw) / 2, 0, cw, h);
        }
        const int ch = int(std::lround(w / aspect)); // too tall: cut top and bottom
        return image.copy(0, (h - ch) / 2, w, ch);
    }
    const QSize padded = current > aspect ? QSize(w, int(std::lround(w / aspect)))
                                          : QSize(int(std::lround(h * aspect)), h);
    QImage out(padded, QImage::Format_RGB32);
    out.fill(fill);
    QPainter p(&out);
    p.drawImage((padded.width() - w) / 2, (padded.height() - h) / 2, image);
    p.end();
    return out;
}

QByteArray preparedCopy(const QString &sourcePath, Platforms platforms, AspectFix how, QString *error)
{
    QImageReader reader(sourcePath);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull()) {
        if (error)
            *error = reader.errorString();
        return {};
    }
    const Range range = imageRange(platforms);
    const double aspect = double(image.width()) / image.height();
    const double target = nearestAllowedAspect(aspect, range.min, range.max);
    image = fitToAspect(image.convertToFormat(QImage::Format_RGB32), target, how, meanColour(image));
    int maxWidth = 0;
    qint64 maxPixels = 0;
    for (Platform p : AllPlatforms) {
        if (!platforms.testFlag(p))
            continue;
        const NetworkMediaRules &r = rulesFor(p);
        if (r.maxImageWidth > 0)
            maxWidth = maxWidth > 0 ? std::min(maxWidth, r.maxImageWidth) : r.maxImageWidth;
        if (r.maxImagePixels > 0)
            maxPixels = maxPixels > 0 ? std::min(maxPixels, r.maxImagePixels) : r.maxImagePixels;
    }
    if (maxWidth > 0 && image.width() > maxWidth)
        image = image.scaledToWidth(maxWidth, Qt::SmoothTransformation);
    if (maxPixels > 0 && qint64(image.width()) * image.height() > maxPixels) {
        const double k = std::sqrt(double(maxPixels) / (qint64(image.width()) * image.height()));
        image = image.scaled(int(image.width() * k), int(image.height() * k), Qt::KeepAspectRatio,
                             Qt::SmoothTransformation);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "JPEG", 90)) {
        if (error)
            *error = QStringLiteral("JPEG encoding failed");
        return {};
    }
    return bytes;
}

} // namespace pitchside::media
