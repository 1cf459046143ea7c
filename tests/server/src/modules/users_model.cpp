#include "users_model.h"

#include "auth/passwords.h"
#include "core/app_context.h"
#include "core/ids.h"
#include "core/textutil.h"
#include "core/timeutil.h"
#include "http/api_error.h"
#include "http/request.h"
#include "store/database.h"
#include "store/entity_store.h"

#include <QSqlQuery>

namespace users {

namespace {

const bool profileIndexer = [] {
    EntityStore::setIndexer(QStringLiteral("profile"), [](Entity &e) {
        e.search = textutil::fold(qs(e.body.value("name", std::string())));
        e.status = qs(e.body.value("type", std::string()));
    });
    return true;
}();

} // namespace

QString create(AppContext &ctx, const QString &email, const QString &password, const QString &name,
               const json &extra)
{
    if (!idByEmail(ctx, email).isEmpty())
        throw ApiError::conflict({QStringLiteral("Un compte existe déjà avec cette adresse e-mail."),
                                  QStringLiteral("An account already exists with this e-mail address.")},
                                 {{"field", "email"}, {"reason", "email_taken"}});
    const QString id = ids::uuid();
    const QString now = timeutil::nowIso();
    json body = {{"name", ss(name)},
                 {"role", "user"},
                 {"is_active", true},
                 {"is_verified", false},
                 {"active_profile_index", 0},
                 {"selected_themes", json::array()},
                 {"has_completed_onboarding", false},
                 {"oauth_providers", json::array()},
                 {"avatar", nullptr},
                 {"phone", nullptr},
                 {"last_login", nullptr},
                 {"_profile_order", json::array()}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body[it.key()] = it.value();
    ctx.db->exec(QStringLiteral("INSERT INTO users(id, email, password_hash, version, created_at, updated_at, body)"
                                " VALUES(?, ?, ?, 1, ?, ?, ?)"),
                 {id, email, password.isEmpty() ? QVariant() : QVariant(passwords::hash(password, ctx.config.pbkdf2Iterations)),
                  now, now, qs(dumpJson(body))});
    return id;
}

QString idByEmail(AppContext &ctx, const QString &email)
{
    return ctx.db->scalar(QStringLiteral("SELECT id FROM users WHERE email = ?"), {email}).toString();
}

json body(AppContext &ctx, const QString &userId)
{
    const QByteArray raw = ctx.db->scalar(QStringLiteral("SELECT body FROM users WHERE id = ?"), {userId})
                               .toByteArray();
    if (raw.isEmpty())
        throw ApiError::unauthorized("unknown_user");
    return json::parse(raw.constBegin(), raw.constEnd());
}

void saveBody(AppContext &ctx, const QString &userId, const json &b, bool bumpVersion)
{
    if (bumpVersion)
        ctx.db->exec(QStringLiteral("UPDATE users SET body = ?, version = version + 1, updated_at = ? WHERE id = ?"),
                     {qs(dumpJson(b)), timeutil::nowIso(), userId});
    else
        ctx.db->exec(QStringLiteral("UPDATE users SET body = ? WHERE id = ?"), {qs(dumpJson(b)), userId});
}

qint64 version(AppContext &ctx, const QString &userId)
{
    return ctx.db->scalar(QStringLiteral("SELECT version FROM users WHERE id = ?"), {userId}).toLongLong();
}

QStringList profileIds(AppContext &ctx, const QString &userId)
{
    QStringList out;
    for (const auto &id : body(ctx, userId).value("_profile_order", json::array()))
        out << qs(id.get<std::string>());
    return out;
}

QString activeProfileId(AppContext &ctx, const QString &userId)
{
    const json b = body(ctx, userId);
    const auto &order = b["_profile_order"];
    if (order.empty())
        return {};
    const size_t idx = std::min<size_t>(size_t(b.value("active_profile_index", 0)), order.size() - 1);
    return qs(order[idx].get<std::string>());
}

void requireProfile(AppContext &ctx, const Request &req, const QString &profileId, const std::string &field)
{
    if (!profileIds(ctx, req.userId).contains(profileId))
        throw ApiError::forbidden(field);
}

json toJson(AppContext &ctx, const QString &userId)
{
    QSqlQuery q = ctx.db->exec(QStringLiteral("SELECT email, version, created_at, updated_at, body FROM users WHERE id = ?"),
                               {userId});
    if (!q.next())
        throw ApiError::unauthorized("unknown_user");
    const QByteArray raw = q.value(4).toByteArray();
    const json b = json::parse(raw.constBegin(), raw.constEnd());
    json profiles = json::array();
    for (const auto &pid : b["_profile_order"])
        if (auto p = ctx.store->find(qs(pid.get<std::string>())))
            profiles.push_back(p->body);
    json out = {{"id", ss(userId)}, {"email", ss(q.value(0).toString())}};
    for (auto it = b.begin(); it != b.end(); ++it)
        if (!it.key().starts_with('_'))
            out[it.key()] = it.value();
    out["profiles"] = profiles;
    out["version"] = q.value(1).toLongLong();
    out["created_at"] = ss(q.value(2).toString());
    out["updated_at"] = ss(q.value(3).toString());
    return out;
}

QString addProfile(AppContext &ctx, const QString &userId, json profile)
{
    Entity e;
    e.id = profile.contains("id") ? qs(profile["id"].get<std::string>()) : ids::uuid();
    e.type = QStringLiteral("profile");
    e.userId = userId;
    profile["id"] = ss(e.id);
    e.body = std::move(profile);
    ctx.store->insert(e);
    json b = body(ctx, userId);
    b["_profile_order"].push_back(ss(e.id));
    saveBody(ctx, userId, b, false);
    return e.id;
}

} // namespace users
