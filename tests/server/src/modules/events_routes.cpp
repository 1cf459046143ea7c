// GET /api/events?from&to (API.md §4, seed [B]): the club's events
// (tournaments, general meeting, camps) shown on the calendar, with the
// signature count of their registrations. They are also in the feed.
#include "core/app_context.h"
#include "core/textutil.h"
#include "http/router.h"
#include "modules/resource_util.h"
#include "store/entity_store.h"

namespace {

const bool eventIndexer = [] {
    EntityStore::setIndexer(QStringLiteral("event"), [](Entity &e) {
        const json &b = e.body;
        e.profileId = b["profile_id"].is_string() ? qs(b["profile_id"].get<std::string>()) : QString();
        e.status = qs(b.value("status", std::string()));
        e.at = qs(b.value("start", std::string()));
        e.search = textutil::fold(qs(b.value("name", std::string())));
    });
    return true;
}();

} // namespace

PITCHSIDE_ROUTES(events)
{
    router.add("GET", QStringLiteral("/api/events"), [&ctx](Request &r) {
        QString where = QStringLiteral("user_id = ? AND type = 'event'");
        QVariantList binds{r.userId};
        // An event is in [from, to) when it overlaps it at all.
        if (const auto to = resource::queryTime(r, QStringLiteral("to"))) {
            where += QStringLiteral(" AND at < ?");
            binds << *to;
        }
        if (const auto from = resource::queryTime(r, QStringLiteral("from"))) {
            where += QStringLiteral(" AND json_extract(body, '$.end') >= ?");
            binds << *from;
        }
        if (const QString s = resource::queryEnum(r, QStringLiteral("status"), {"pending", "created", "completed", "closed"});
            !s.isEmpty()) {
            where += QStringLiteral(" AND status = ?");
            binds << s;
        }
        return resource::pagedList(ctx, r, where, binds, QStringLiteral("at ASC, id ASC"));
    });
}
