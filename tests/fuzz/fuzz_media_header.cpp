// libFuzzer target: the media header readers that see a file's bytes before
// anything else does — the format sniffer, the MP4/MOV box walker (on a
// file and on a moov body), and the structure check of every format, fed
// in pieces whose size the first byte picks.
#include "models/media/MediaFormat.h"
#include "models/media/StructureCheck.h"
#include "models/media/VideoHeader.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

using namespace pitchside::media;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    if (size < 1)
        return 0;
    const qsizetype piece = 1 + bytes[0] * 31;
    QByteArray file(reinterpret_cast<const char *>(bytes + 1), qsizetype(size - 1));

    (void)sniffFormat(file.left(kSniffBytes));
    (void)parseMovieBox(file);
    QBuffer device(&file);
    device.open(QIODevice::ReadOnly);
    VideoInfo info;
    (void)readVideoHeader(device, &info);

    for (Format::Kind kind : {Format::Kind::Png, Format::Kind::Jpeg, Format::Kind::WebP, Format::Kind::Mp4,
                              Format::Kind::QuickTime}) {
        StructureCheck check(kind);
        for (qsizetype at = 0; at < file.size(); at += piece)
            check.feed(file.constData() + at, qMin(piece, file.size() - at));
        (void)check.finish();
        (void)check.video();
    }
    return 0;
}
