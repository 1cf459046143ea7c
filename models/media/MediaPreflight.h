#pragma once

#include "NetworkMediaRules.h"
#include "models/Media.h"

#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QSize>
#include <QString>
#include <QVector>

namespace pitchside::media {

// What the pre-flight needs to know of one attached photo or video.
struct MediaFacts
{
    QString mediaId;
    QString name; // the file name people know it by
    Media::Type type = Media::Type::Image;
    QString mimeType;
    qint64 bytes = 0;
    QSize size;
    qint64 durationMs = 0;
    bool readable = true; // a local copy that no longer opens
};

// From the local copy's header when there is one (a photo edited outside
// the app), else from the library's row. Never decodes the pixels.
MediaFacts factsOf(const Media &media);

// A photo or video one network of the post would refuse.
struct PreflightProblem
{
    enum class Kind {
        TooTall,        // aspect below the network's lowest
        TooWide,        // aspect above its highest
        FormatNotTaken, // a PNG or WebP where only JPEG goes
        TooHeavy,       // more bytes than it takes
        TooManyPixels,
        VideoTooShort,
        VideoTooLong,
        VideoTooHeavy,
        VideoAspect,
        Unreadable,
    };

    QString mediaId;
    QString mediaName;
    Platform platform = Platform::Instagram;
    Kind kind = Kind::TooTall;
    double aspect = 0;        // the media's (width / height)
    double allowedAspect = 0; // the nearest one the network takes (TooTall, TooWide)

    // A photo the app can fix here (crop or pad, convert, scale down).
    bool fixable() const;
    QString text() const; // translated, with what to do
};

// Every problem of `media` on the networks of `platforms`, in media order.
QVector<PreflightProblem> checkMedia(const QVector<MediaFacts> &media, Platforms platforms);

// The aspect in [minAspect, maxAspect] nearest to `aspect` (0: no limit).
double nearestAllowedAspect(double aspect, double minAspect, double maxAspect);

enum class AspectFix {
    Crop, // keeps the centre, cuts the edges
    Pad,  // keeps everything, adds bands of `fill`
};
// `image` at `aspect`, centred; the same image when already there.
QImage fitToAspect(const QImage &image, double aspect, AspectFix how, const QColor &fill);

// A copy of the photo at `sourcePath` that every network of `platforms`
// takes: the strictest aspect range, the narrowest width, JPEG. The encoded
// bytes, or empty with `error` set when the photo cannot be read.
QByteArray preparedCopy(const QString &sourcePath, Platforms platforms, AspectFix how, QString *error = nullptr);

} // namespace pitchside::media
