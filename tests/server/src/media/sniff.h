// What the bytes really are, from their magic numbers (never trust a
// declared Content-Type or file extension), and what an MP4/MOV says about
// itself (duration, picture size) without decoding any video.
#pragma once

#include <QByteArray>
#include <QString>

namespace sniff {

// image/png, image/jpeg, image/webp, video/mp4, video/quicktime, or empty.
QString mimeOf(const QByteArray &head);
// Whether sniffed bytes satisfy a declared type (MP4 and MOV share the ISO
// media file format and are accepted for each other).
bool matches(const QString &declared, const QString &sniffed);

struct VideoInfo {
    int width = 0;
    int height = 0;
    double durationSeconds = 0;
};
VideoInfo probeVideo(const QByteArray &data);

} // namespace sniff
