// libFuzzer target: the event stream, delivered in pieces whose sizes the
// first byte picks (the network cuts anywhere, even inside "\r\n").
#include "sync/api/Dto.h"
#include "sync/live/SseParser.h"

#include <cstddef>
#include <cstdint>

using namespace pitchside::sync;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    if (size < 1)
        return 0;
    const qsizetype piece = 1 + bytes[0] % 17;
    const QByteArray stream(reinterpret_cast<const char *>(bytes + 1), qsizetype(size - 1));
    live::SseParser parser;
    for (qsizetype at = 0; at < stream.size(); at += piece) {
        for (const live::SseParser::Event &e : parser.feed(stream.mid(at, piece))) {
            if (e.name == "change")
                (void)api::dto::lastSeqOfChangeEvent(e.data);
        }
    }
    (void)parser.retryMs();
    return 0;
}
