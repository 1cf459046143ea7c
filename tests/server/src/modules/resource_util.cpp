#include "resource_util.h"

#include "core/app_context.h"
#include "core/ids.h"
#include "core/timeutil.h"
#include "http/api_error.h"
#include "http/fields.h"
#include "http/request.h"
#include "store/database.h"

#include <QSqlQuery>
#include <nlohmann/json.hpp>

namespace resource {

qint64 queryInt(const Request &req, const QString &key, qint64 fallback, qint64 min, qint64 max)
{
    if (!req.hasQuery(key))
        return fallback;
    bool ok = false;
    const qint64 v = req.queryValue(key).toLongLong(&ok);
    if (!ok)
        throw ApiError::validation(ss(key), "type", {{"expected", "integer"}});
    if (v < min || v > max)
        throw ApiError::validation(ss(key), "range", {{"min", min}, {"max", max}});
    return v;
}

QString queryEnum(const Request &req, const QString &key, std::initializer_list<const char *> allowed)
{
    if (!req.hasQuery(key))
        return {};
    const QString v = req.queryValue(key);
    json list = json::array();
    for (const char *a : allowed) {
        if (v == QLatin1String(a))
            return v;
        list.push_back(a);
    }
    throw ApiError::validation(ss(key), "enum", {{"allowed", list}});
}

std::optional<QString> queryTime(const Request &req, const QString &key)
{
    if (!req.hasQuery(key))
        return std::nullopt;
    const auto t = timeutil::parseDateOrTime(req.queryValue(key));
    if (!t)
        throw ApiError::validation(ss(key), "format", {{"expected", "rfc3339 or YYYY-MM-DD"}});
    return timeutil::iso(*t);
}

Response keysetList(AppContext &ctx, const Request &req, const QString &where, const QVariantList &binds,
                    const Mapper &map)
{
    const int limit = int(queryInt(req, QStringLiteral("limit"), 20, 1, 100));
    QString cursorWhere;
    QVariantList all = binds;
    if (req.hasQuery(QStringLiteral("cursor")) && !req.queryValue(QStringLiteral("cursor")).isEmpty()) {
        bool ok = false;
        const QByteArray raw = ids::fromBase64Url(req.queryValue(QStringLiteral("cursor")).toLatin1(), &ok);
        const QList<QByteArray> parts = raw.split('|');
        if (!ok || parts.size() != 2)
            throw ApiError::validation("cursor", "format", {{"expected", "a next_cursor value"}});
        cursorWhere = QStringLiteral(" AND (created_at < ? OR (created_at = ? AND id < ?))");
        all << QString::fromUtf8(parts[0]) << QString::fromUtf8(parts[0]) << QString::fromUtf8(parts[1]);
    }
    const qint64 total = ctx.db->scalar(QStringLiteral("SELECT COUNT(*) FROM entities WHERE ") + where, binds)
                             .toLongLong();
    all << limit + 1;
    QList<Entity> rows = ctx.store->load(where + cursorWhere,
                                         all, QStringLiteral("ORDER BY created_at DESC, id DESC LIMIT ?"));
    const bool more = rows.size() > limit;
    if (more)
        rows.removeLast();
    json data = json::array();
    for (const Entity &e : rows)
        data.push_back(map ? map(e) : e.body);
    Response r = Response::ok(std::move(data));
    r.meta = {{"total", total}, {"has_more", more}, {"next_cursor", nullptr}};
    if (more) {
        const Entity &last = rows.last();
        r.meta["next_cursor"] = ids::base64Url((last.createdAt + QLatin1Char('|') + last.id).toUtf8()).toStdString();
    }
    return r;
}

Response pagedList(AppContext &ctx, const Request &req, const QString &where, const QVariantList &binds,
                   const QString &orderBy, const Mapper &map, qint64 maxLimit)
{
    const qint64 page = queryInt(req, QStringLiteral("page"), 1, 1, 1000000);
    const qint64 limit = queryInt(req, QStringLiteral("limit"), 20, 1, maxLimit);
    const qint64 total = ctx.db->scalar(QStringLiteral("SELECT COUNT(*) FROM entities WHERE ") + where, binds)
                             .toLongLong();
    QVariantList all = binds;
    all << limit << (page - 1) * limit;
    const QList<Entity> rows = ctx.store->load(where, all, QStringLiteral("ORDER BY %1 LIMIT ? OFFSET ?").arg(orderBy));
    json data = json::array();
    for (const Entity &e : rows)
        data.push_back(map ? map(e) : e.body);
    Response r = Response::ok(std::move(data));
    const qint64 pages = total == 0 ? 0 : (total + limit - 1) / limit;
    r.pagination = {{"page", page},       {"limit", limit},           {"total", total},
                    {"total_pages", pages}, {"has_next", page < pages}, {"has_prev", page > 1}};
    return r;
}

std::optional<Entity> claimId(AppContext &ctx, const Request &req, const QString &type,
                              const Field<QString> &given, QString *id, QString *hash)
{
    // Canonical form: keys sorted, no whitespace, so key order is irrelevant.
    // The body was validated by the handler before this call.
    const auto canonical = nlohmann::json::parse(req.body.constBegin(), req.body.constEnd(), nullptr, false);
    *hash = ids::sha256Hex(QByteArray::fromStdString(canonical.dump()));
    if (!given.isSet()) {
        *id = ids::uuid();
        return std::nullopt;
    }
    *id = given.value;
    auto existing = ctx.store->find(*id);
    if (!existing)
        return std::nullopt;
    if (existing->type == type && existing->userId == req.userId && existing->createHash == *hash)
        return existing;
    throw ApiError::conflict({QStringLiteral("Cet identifiant est déjà utilisé par une autre ressource."),
                              QStringLiteral("This id is already used by another resource.")},
                             {{"field", "id"}, {"reason", "id_taken"}});
}

Response single(const Entity &e, int status)
{
    Response r = Response::ok(e.body, status);
    r.withVersionEtag(e.version);
    return r;
}

json stringArray(const QStringList &list)
{
    json a = json::array();
    for (const QString &s : list)
        a.push_back(ss(s));
    return a;
}

QStringList toStringList(const json &array)
{
    QStringList out;
    if (array.is_array())
        for (const auto &v : array)
            if (v.is_string())
                out << qs(v.get<std::string>());
    return out;
}

} // namespace resource
