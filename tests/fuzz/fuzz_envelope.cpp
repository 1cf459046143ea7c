// libFuzzer target: a server's answer, read as the client reads it — the
// envelope (parseAnswer, the syntax error's JSON path, Retry-After), then
// every protocol DTO, the list position (pagination or meta) and every
// synced type's row from its `data` (our shape and the seeds'). The only
// exception the callers catch is DtoError: anything else escaping is a bug.
#include "sync/api/Dto.h"
#include "sync/api/Envelope.h"
#include "sync/entities/EntityRegistry.h"

#include <cstddef>
#include <cstdint>

using namespace pitchside::sync;

namespace {

template <typename T>
void readAs(const nlohmann::json &data)
{
    try {
        (void)data.get<T>();
    } catch (const api::DtoError &) {
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    if (size < 1)
        return 0;
    // The first byte picks the HTTP status among those the client tells apart.
    static const int statuses[] = {200, 201, 204, 304, 400, 401, 403, 404, 409, 412, 422, 429, 500, 503};
    const int status = statuses[bytes[0] % (sizeof statuses / sizeof statuses[0])];
    const QByteArray body(reinterpret_cast<const char *>(bytes + 1), qsizetype(size - 1));

    (void)api::jsonPathOfSyntaxError(body);
    (void)api::parseRetryAfter(body.left(64));
    api::ApiResponse r = api::parseAnswer(status, body);
    if (!r.ok())
        return 0;
    readAs<api::dto::Session>(r.data);
    readAs<api::dto::User>(r.data);
    readAs<api::dto::Profile>(r.data);
    readAs<api::dto::ChangesPage>(r.data);
    readAs<api::dto::Change>(r.data);
    try {
        (void)api::dto::listPosition(r.pagination, r.meta); // page-numbered or keyset (the seeds' lists)
    } catch (const api::DtoError &) {
    }
    for (const EntitySpec *spec : EntityRegistry::builtin().all()) {
        try {
            (void)spec->rowFromJson(r.data);
        } catch (const api::DtoError &) {
        }
    }
    return 0;
}
