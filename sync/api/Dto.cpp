#include "Dto.h"

#include "Rfc3339.h"
#include "models/Clock.h"

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
    p.id = requiredUuid(j, "id");
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
    u.id = requiredUuid(j, "id");
    u.email = requiredString(j, "email");
    u.name = optionalString(j, "name");
    // Social Media Planner's sign-in answer has no profiles: none yet.
    u.profiles = optional(j, "profiles") ? requiredArray<Profile>(j, "profiles") : std::vector<Profile>{};
    u.activeProfileIndex = int(optionalInteger(j, "active_profile_index").value_or(0));
    u.version = optionalInteger(j, "version").value_or(0);
}

void from_json(const json &j, Session &s)
{
    if (const json *session = optional(j, "session")) {
        // Social Media Planner's shape: {user, session: {access_token,
        // refresh_token, expires_at}} — a date, not a lifetime.
        within("session", [&] {
            requireObject(*session);
            s.accessToken = requiredString(*session, "access_token");
            s.refreshToken = requiredString(*session, "refresh_token");
            const QString at = requiredString(*session, "expires_at");
            const std::optional<qint64> ms = parseRfc3339(at.toStdString());
            if (!ms)
                throw DtoError("expires_at", "must be an RFC 3339 time");
            s.expiresIn = qMax<qint64>(0, (*ms - Clock::nowMs()) / 1000);
        });
        s.refreshExpiresIn = 0;
        s.user = requiredObject<User>(j, "user");
        return;
    }
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
    c.id = requiredUuid(j, "id");
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
        try {
            within("changes[" + std::to_string(i) + "]", [&] { from_json(changes[i], c); });
        } catch (const DtoError &e) {
            // One entry that does not read is that entry's problem, not the
            // page's: kept with its reason (the Puller reports it, never
            // skips it silently), with what could be read of it.
            const json &raw = changes[i];
            c = Change{};
            c.unreadable = true;
            c.problemPath = e.path();
            c.problem = e.why();
            if (raw.is_object()) {
                if (const auto t = raw.find("type"); t != raw.end() && t->is_string())
                    c.type = toQString(*t);
                if (const auto id = raw.find("id"); id != raw.end() && id->is_string())
                    c.id = toQString(*id);
                if (const auto s = raw.find("seq"); s != raw.end() && s->is_number_integer())
                    c.seq = s->get<qint64>();
            }
        }
        p.changes.push_back(c);
    }
    p.lastSeq = requiredInteger(j, "last_seq");
    // A page-numbered backend says it in the envelope's pagination instead.
    p.hasMoreGiven = j.contains("has_more");
    p.hasMore = p.hasMoreGiven && requiredBool(j, "has_more");
}

ListPosition listPosition(const json &pagination, const json &meta)
{
    ListPosition pos;
    if (!pagination.is_null()) {
        return within("pagination", [&] {
            requireObject(pagination);
            const qint64 page = requiredInteger(pagination, "page");
            if (page < 1)
                throw DtoError("page", "must be 1 or more");
            const qint64 limit = requiredInteger(pagination, "limit");
            if (limit < 1)
                throw DtoError("limit", "must be 1 or more");
            pos.total = optionalInteger(pagination, "total").value_or(-1);
            if (pos.total < -1)
                throw DtoError("total", "must not be negative");
            std::optional<qint64> pages = optionalInteger(pagination, "total_pages");
            if (!pages)
                pages = optionalInteger(pagination, "pages");
            if (pagination.contains("has_next"))
                pos.hasMore = requiredBool(pagination, "has_next");
            else if (pages)
                pos.hasMore = page < *pages;
            else
                throw DtoError("has_next", "required (or total_pages)");
            pos.nextPage = pos.hasMore ? int(page + 1) : 0;
            return pos;
        });
    }
    if (meta.is_object() && meta.contains("has_more")) {
        return within("meta", [&] {
            pos.hasMore = requiredBool(meta, "has_more");
            pos.nextCursor = optionalString(meta, "next_cursor");
            pos.total = optionalInteger(meta, "total").value_or(-1);
            if (pos.hasMore && pos.nextCursor.isEmpty() && meta.contains("next_cursor"))
                throw DtoError("next_cursor", "must not be empty while has_more is true");
            return pos;
        });
    }
    throw DtoError("pagination", "required (or meta.has_more)");
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
