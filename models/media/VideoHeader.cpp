#include "VideoHeader.h"

#include <QIODevice>
#include <QtEndian>

namespace pitchside::media {

namespace {

// Large enough for hours of sample tables, small enough to refuse nonsense.
constexpr qint64 kMaxMovieBox = 64LL * 1024 * 1024;

quint32 be32(const QByteArray &d, qsizetype at)
{
    return qFromBigEndian<quint32>(d.constData() + at);
}

quint64 be64(const QByteArray &d, qsizetype at)
{
    return qFromBigEndian<quint64>(d.constData() + at);
}

void readMovieHeader(const QByteArray &d, qsizetype body, qsizetype end, VideoInfo &info)
{
    if (body + 4 > end)
        return;
    const bool v1 = quint8(d.at(body)) == 1;
    const qsizetype need = v1 ? 32 : 20;
    if (body + need > end)
        return;
    const quint32 timescale = be32(d, body + (v1 ? 20 : 12));
    const quint64 duration = v1 ? be64(d, body + 24) : be32(d, body + 16);
    info.hasMovieHeader = true;
    // All ones means "unknown" (live recordings); leave the duration at 0.
    const bool unknown = v1 ? duration == ~quint64(0) : duration == 0xFFFFFFFFu;
    if (timescale > 0 && !unknown)
        info.durationMs = qint64(duration * 1000 / timescale);
}

void readTrackHeader(const QByteArray &d, qsizetype body, qsizetype end, VideoInfo &info)
{
    if (info.width > 0 || body + 4 > end)
        return;
    const bool v1 = quint8(d.at(body)) == 1;
    const qsizetype matrix = body + (v1 ? 52 : 40);
    const qsizetype size = body + (v1 ? 88 : 76);
    if (size + 8 > end)
        return;
    // 16.16 fixed point; audio tracks have 0 × 0.
    const int w = int(be32(d, size) >> 16);
    const int h = int(be32(d, size + 4) >> 16);
    if (w <= 0 || h <= 0)
        return;
    const qint32 a = qint32(be32(d, matrix));
    const qint32 dd = qint32(be32(d, matrix + 16));
    const bool quarterTurn = a == 0 && dd == 0;
    info.width = quarterTurn ? h : w;
    info.height = quarterTurn ? w : h;
}

void walk(const QByteArray &d, qsizetype begin, qsizetype end, VideoInfo &info, int depth)
{
    qsizetype pos = begin;
    while (pos + 8 <= end && depth < 6) {
        quint64 size = be32(d, pos);
        const QByteArray type = d.mid(pos + 4, 4);
        qsizetype header = 8;
        if (size == 1) {
            if (pos + 16 > end)
                return;
            size = be64(d, pos + 8);
            header = 16;
        } else if (size == 0) {
            size = quint64(end - pos);
        }
        if (size < quint64(header) || size > quint64(end - pos))
            return;
        const qsizetype body = pos + header;
        const qsizetype boxEnd = pos + qsizetype(size);
        if (type == "trak")
            walk(d, body, boxEnd, info, depth + 1);
        else if (type == "mvhd")
            readMovieHeader(d, body, boxEnd, info);
        else if (type == "tkhd")
            readTrackHeader(d, body, boxEnd, info);
        pos = boxEnd;
    }
}

} // namespace

VideoInfo parseMovieBox(const QByteArray &moovBody)
{
    VideoInfo info;
    walk(moovBody, 0, moovBody.size(), info, 0);
    return info;
}

bool readVideoHeader(QIODevice &file, VideoInfo *info)
{
    const qint64 fileSize = file.size();
    qint64 pos = 0;
    bool found = false;
    while (pos < fileSize) {
        if (!file.seek(pos))
            return false;
        const QByteArray head = file.read(16);
        if (head.size() < 8)
            return false;
        quint64 size = be32(head, 0);
        qint64 header = 8;
        if (size == 1) {
            if (head.size() < 16)
                return false;
            size = be64(head, 8);
            header = 16;
        } else if (size == 0) {
            size = quint64(fileSize - pos);
        }
        if (size < quint64(header) || size > quint64(fileSize - pos))
            return false; // runs past the end: the copy is incomplete
        if (head.mid(4, 4) == "moov") {
            if (qint64(size) - header > kMaxMovieBox || !file.seek(pos + header))
                return false;
            const QByteArray body = file.read(qint64(size) - header);
            if (body.size() != qint64(size) - header)
                return false;
            *info = parseMovieBox(body);
            found = true;
        }
        pos += qint64(size);
    }
    return found && info->hasMovieHeader;
}

} // namespace pitchside::media
