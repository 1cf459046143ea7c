// Posts (API.md §4): reading create/patch bodies, the business rules of
// docs/api/README.md (422 with details.rule) and the calendar slot check.
#pragma once

#include "core/json.h"

#include <QString>
#include <QStringList>

struct AppContext;
struct Request;
class Fields;

namespace posts {

json emptyPost(const QString &id, const QString &profileId);
// Copies the fields present in the body onto `post` (400 on bad input).
// Returns the names of the fields given.
QStringList apply(AppContext &ctx, const Request &req, const Fields &f, json &post);
// The caption of a platform: content, then the hashtags not already in it.
QString caption(const json &post);
int hashtagCount(const json &post);
// Throws the first broken rule. `before` is null for a create.
void checkRules(AppContext &ctx, const Request &req, const json &before, const json &after,
                const QStringList &changed);
// Other scheduled posts of the same profile sharing a platform within
// 30 minutes: the meta.warning of a schedule, or null.
json slotWarning(AppContext &ctx, const QString &userId, const json &post);
// Fields a published post keeps frozen.
bool isContentField(const QString &name);

} // namespace posts
