// Small helpers the inbox routes share (messages, notifications and their
// test-mode routes).
#pragma once

#include "http/api_error.h"
#include "http/router.h"

#include <utility>

namespace inbox {

// The inbox's 400s also list the field as {field, message}, as seed [S]'s
// validation answers do, beside the server's usual details.field/reason.
inline Handler listingFields(Handler h)
{
    return [h = std::move(h)](Request &req) -> Response {
        try {
            return h(req);
        } catch (const ApiError &e) {
            if (e.status() != 400 || !e.details().contains("field"))
                throw;
            json details = e.details();
            details["errors"] = json::array({{{"field", details["field"]}, {"message", ss(e.message().in(req.lang))}}});
            throw ApiError(e.status(), e.code(), e.message(), std::move(details));
        }
    };
}

// A stale If-Match on a conversation view or a notification: 409 with the
// current copy, as checkIfMatch answers for entities.
void checkVersion(const Request &req, qint64 currentVersion, const json &current);

} // namespace inbox
