// libFuzzer target: one page of GET /api/sync/changes, read as FeedReader
// reads it (envelope, page, each upsert's item into its type's row), and
// the `last_seq` of an SSE change event made of the same bytes.
#include "sync/api/Dto.h"
#include "sync/api/Envelope.h"
#include "sync/entities/EntityRegistry.h"

#include <cstddef>
#include <cstdint>

using namespace pitchside::sync;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(bytes), qsizetype(size));
    (void)api::dto::lastSeqOfChangeEvent(body);
    api::ApiResponse r = api::parseAnswer(200, body);
    if (!r.ok())
        return 0;
    api::dto::ChangesPage page;
    try {
        page = r.data.get<api::dto::ChangesPage>();
    } catch (const api::DtoError &) {
        return 0;
    }
    if (!page.hasMoreGiven) {
        try { // Artywiz's shape: the envelope's pagination says whether more follows
            (void)api::dto::listPosition(r.pagination, r.meta);
        } catch (const api::DtoError &) {
        }
    }
    const EntityRegistry &registry = EntityRegistry::builtin();
    for (const api::dto::Change &c : page.changes) {
        if (c.unreadable || c.deleted)
            continue;
        const EntitySpec *spec = registry.find(c.type);
        if (!spec || !c.item)
            continue;
        try {
            (void)spec->rowFromJson(*c.item);
        } catch (const api::DtoError &) {
        }
    }
    return 0;
}
