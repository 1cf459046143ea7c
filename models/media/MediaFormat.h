#pragma once

#include "../Media.h"

#include <QByteArray>
#include <QString>

namespace pitchside::media {

// What a file is, told by its first bytes (magic numbers, ISO-BMFF ftyp
// brands), never by its name: people rename files, cameras use odd
// extensions, and the server sniffs the bytes too (API.md §5).
struct Format
{
    enum class Kind { Unknown, Png, Jpeg, WebP, Mp4, QuickTime };

    Kind kind = Kind::Unknown;
    // For refused files: a short name of what was recognised ("GIF",
    // "HEIC", "PDF"…), empty when nothing was.
    QString otherName;

    bool accepted() const { return kind != Kind::Unknown; }
    Media::Type type() const;
    QString mimeType() const;  // image/png … video/quicktime
    QString extension() const; // png, jpg, webp, mp4, mov
};

// `head` is the file's beginning; 256 bytes are enough for every format
// here (an ftyp box lists its compatible brands there).
Format sniffFormat(const QByteArray &head);
inline constexpr qsizetype kSniffBytes = 256;

// Limits of API.md §5, the same as the server's.
inline constexpr qint64 kImageLimitBytes = 10LL * 1024 * 1024;
inline constexpr qint64 kVideoLimitBytes = 100LL * 1024 * 1024;
qint64 sizeLimit(Media::Type type);

// The format of a MIME type we accept (for rows that came from the server).
Format formatFromMime(const QString &mimeType);

} // namespace pitchside::media
