#pragma once

#include "MediaFormat.h"
#include "VideoHeader.h"

#include <QByteArray>

namespace pitchside::media {

// Checks that a file is complete while its bytes stream past for hashing
// and copying, so an import reads each file once. A truncated download or
// a half-copied card shows here: a JPEG without its end marker, a PNG
// without IEND, a WebP shorter than its RIFF size, an MP4/MOV whose last box
// runs past the end or that has no `moov` (nothing could play it).
class StructureCheck
{
public:
    enum class Problem {
        None,
        Truncated,   // ends before its structure does
        Damaged,     // the structure is broken
        NoVideoIndex // an MP4/MOV without a moov box
    };

    explicit StructureCheck(Format::Kind kind) : m_kind(kind) {}

    void feed(const char *data, qsizetype size);
    Problem finish();
    // For videos, after finish(): what the moov box said.
    const VideoInfo &video() const { return m_video; }

private:
    void feedJpeg(const char *data, qsizetype size);
    void feedPng(const char *data, qsizetype size);
    void feedIsoBmff(const char *data, qsizetype size);
    void jpegMarker(quint8 code);

    Format::Kind m_kind;
    qint64 m_total = 0;
    bool m_damaged = false;
    bool m_done = false;
    int m_state = 0;
    qint64 m_skip = 0;       // bytes still to skip in the current segment/chunk/box
    QByteArray m_header;     // a chunk or box header being assembled
    bool m_sos = false;      // JPEG: the segment being skipped is a start of scan
    // ISO BMFF
    qint64 m_boxEnd = 0;
    bool m_toEnd = false;    // the last box extends to the end of the file
    bool m_collecting = false;
    QByteArray m_moov;
    bool m_moovSeen = false;
    VideoInfo m_video;
};

} // namespace pitchside::media
