#include "Dto.h"

namespace pitchside::sync::api::dto {

QString User::activeProfileId() const
{
    if (profiles.empty())
        return {};
    const std::size_t index = std::min<std::size_t>(std::size_t(qMax(0, activeProfileIndex)), profiles.size() - 1);
    return profiles.at(index).id;
}

void from_json(const json &j, Profile &p)
{
    p.id = requiredString(j, "id");
    p.type = requiredString(j, "type");
    p.name = requiredString(j, "name");
    p.logo = optionalString(j, "logo");
    p.clubId = optionalString(j, "club_id");
    p.numero = optionalString(j, "numero");
    p.isActive = optionalBool(j, "is_active", true);
    p.version = optionalInteger(j, "version").value_or(0);
}

void from_json(const json &j, User &u)
{
    u.id = requiredString(j, "id");
    u.email = requiredString(j, "email");
    u.name = optionalString(j, "name");
    u.profiles = requiredArray<Profile>(j, "profiles");
    u.activeProfileIndex = int(optionalInteger(j, "active_profile_index").value_or(0));
    u.version = optionalInteger(j, "version").value_or(0);
}

void from_json(const json &j, Session &s)
{
    s.accessToken = requiredString(j, "access_token");
    s.refreshToken = requiredString(j, "refresh_token");
    s.expiresIn = requiredInteger(j, "expires_in");
    s.refreshExpiresIn = optionalInteger(j, "refresh_expires_in").value_or(0);
    s.user = requiredObject<User>(j, "user");
}

void from_json(const json &j, Change &c)
{
    c.seq = requiredInteger(j, "seq");
    c.type = requiredString(j, "type");
    c.id = requiredString(j, "id");
    const QString op = requiredString(j, "op");
    if (op == u"delete")
        c.deleted = true;
    else if (op == u"upsert")
        c.deleted = false;
    else
        throw DtoError("op", "must be upsert or delete");
    c.version = requiredInteger(j, "version");
    c.item = nullptr;
    if (!c.deleted) {
        const json &item = required(j, "item");
        if (!item.is_object())
            throw DtoError("item", "must be an object");
        c.item = &item;
    }
}

void from_json(const json &j, ChangesPage &p)
{
    requireObject(j);
    const json &changes = required(j, "changes");
    if (!changes.is_array())
        throw DtoError("changes", "must be an array");
    p.changes.clear();
    p.changes.reserve(changes.size());
    for (std::size_t i = 0; i < changes.size(); ++i) {
        Change c;
        within("changes[" + std::to_string(i) + "]", [&] { from_json(changes[i], c); });
        p.changes.push_back(c);
    }
    p.lastSeq = requiredInteger(j, "last_seq");
    p.hasMore = requiredBool(j, "has_more");
}

void to_json(json &j, const LoginRequest &r)
{
    j = json{{"email", r.email.toStdString()}, {"password", r.password.toStdString()}};
}

void to_json(json &j, const RefreshRequest &r)
{
    j = json{{"refresh_token", r.refreshToken.toStdString()}};
}

qint64 lastSeqOfChangeEvent(const QByteArray &data)
{
    const json j = json::parse(data.constBegin(), data.constEnd(), nullptr, false);
    if (!j.is_object())
        return -1;
    const auto it = j.find("last_seq");
    return it != j.end() && it->is_number_integer() ? it->get<qint64>() : -1;
}

} // namespace pitchside::sync::api::dto
