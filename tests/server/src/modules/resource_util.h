// Helpers shared by the resource modules: query parameters, page and
// keyset pagination, and creates with a client-chosen id.
#pragma once

#include "core/json.h"
#include "http/response.h"
#include "store/entity_store.h"

#include <QString>
#include <QVariantList>
#include <functional>
#include <optional>

struct AppContext;
struct Request;
template <typename T> struct Field;

namespace resource {

qint64 queryInt(const Request &req, const QString &key, qint64 fallback, qint64 min, qint64 max);
// A query value that must be one of `allowed` (empty when absent).
QString queryEnum(const Request &req, const QString &key, std::initializer_list<const char *> allowed);
// A query date or date-time; nullopt when absent, 400 when malformed.
std::optional<QString> queryTime(const Request &req, const QString &key);

using Mapper = std::function<json(const Entity &)>;

// ?cursor=&limit= (max 100, default 20), newest first; meta {total, has_more, next_cursor}.
Response keysetList(AppContext &ctx, const Request &req, const QString &where, const QVariantList &binds,
                    const Mapper &map = {});
// ?page=&limit= (max 50 unless said, default 20); `pagination` block.
Response pagedList(AppContext &ctx, const Request &req, const QString &where, const QVariantList &binds,
                   const QString &orderBy, const Mapper &map = {}, qint64 maxLimit = 50);

// For a create that may carry a client id: returns the existing entity when
// the same body created it before (answer 200 with it), throws 409 when the
// id is taken otherwise, else fills *id (given or new) and *hash.
std::optional<Entity> claimId(AppContext &ctx, const Request &req, const QString &type,
                              const Field<QString> &given, QString *id, QString *hash);

// A single resource with its ETag.
Response single(const Entity &e, int status = 200);

json stringArray(const QStringList &list);
QStringList toStringList(const json &array);

} // namespace resource
