#pragma once

#include <QByteArray>
#include <QtGlobal>

class QIODevice;

namespace pitchside::media {

// What the header of an MP4/MOV file says about the video, read from its
// `moov` box: duration from `mvhd` (duration / timescale), frame size from
// the first track header (`tkhd`) with a picture, turned when the track's
// matrix rotates it by a quarter (portrait phone videos).
struct VideoInfo
{
    qint64 durationMs = 0;
    int width = 0;
    int height = 0;
    bool hasMovieHeader = false; // an mvhd box was found
};

// Parses the body of a `moov` box (without its 8/16-byte header).
VideoInfo parseMovieBox(const QByteArray &moovBody);

// Walks the top-level boxes of an open file, seeking over media data, so a
// 100 MB file costs a few reads. Returns false when the file has no `moov`
// or a box runs past the end of the file (a truncated copy).
bool readVideoHeader(QIODevice &file, VideoInfo *info);

} // namespace pitchside::media
