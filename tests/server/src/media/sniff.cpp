#include "sniff.h"

#include <QtEndian>

namespace sniff {

QString mimeOf(const QByteArray &head)
{
    if (head.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (head.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    if (head.size() >= 12 && head.startsWith("RIFF") && head.mid(8, 4) == "WEBP")
        return QStringLiteral("image/webp");
    if (head.size() >= 12 && head.mid(4, 4) == "ftyp")
        return head.mid(8, 4) == "qt  " ? QStringLiteral("video/quicktime") : QStringLiteral("video/mp4");
    if (head.size() >= 8) {
        const QByteArray box = head.mid(4, 4);
        if (box == "moov" || box == "mdat" || box == "wide" || box == "free" || box == "skip")
            return QStringLiteral("video/quicktime");
    }
    return {};
}

bool matches(const QString &declared, const QString &sniffed)
{
    if (declared == sniffed)
        return true;
    return declared.startsWith(QLatin1String("video/")) && sniffed.startsWith(QLatin1String("video/"));
}

namespace {

// Walks ISO BMFF boxes in [begin, end), descending into containers.
void walk(const QByteArray &d, qsizetype begin, qsizetype end, VideoInfo &info, int depth)
{
    qsizetype pos = begin;
    while (pos + 8 <= end && depth < 8) {
        quint64 size = qFromBigEndian<quint32>(d.constData() + pos);
        const QByteArray type = d.mid(pos + 4, 4);
        qsizetype header = 8;
        if (size == 1 && pos + 16 <= end) {
            size = qFromBigEndian<quint64>(d.constData() + pos + 8);
            header = 16;
        } else if (size == 0) {
            size = quint64(end - pos);
        }
        if (size < quint64(header) || pos + qsizetype(size) > end)
            return;
        const qsizetype body = pos + header;
        if (type == "moov" || type == "trak")
            walk(d, body, pos + qsizetype(size), info, depth + 1);
        else if (type == "mvhd" && body + 32 <= end) {
            const bool v1 = quint8(d[body]) == 1;
            const quint32 timescale = qFromBigEndian<quint32>(d.constData() + body + (v1 ? 20 : 12));
            const quint64 duration = v1 ? qFromBigEndian<quint64>(d.constData() + body + 24)
                                        : qFromBigEndian<quint32>(d.constData() + body + 16);
            if (timescale > 0)
                info.durationSeconds = double(duration) / timescale;
        } else if (type == "tkhd") {
            const bool v1 = quint8(d[body]) == 1;
            const qsizetype at = body + (v1 ? 88 : 76);
            if (at + 8 <= pos + qsizetype(size)) {
                const int w = int(qFromBigEndian<quint32>(d.constData() + at) >> 16);
                const int h = int(qFromBigEndian<quint32>(d.constData() + at + 4) >> 16);
                if (w > 0 && h > 0 && info.width == 0) {
                    info.width = w;
                    info.height = h;
                }
            }
        }
        pos += qsizetype(size);
    }
}

} // namespace

VideoInfo probeVideo(const QByteArray &data)
{
    VideoInfo info;
    walk(data, 0, data.size(), info, 0);
    return info;
}

} // namespace sniff
