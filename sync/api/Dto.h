#pragma once

// The contract's protocol objects (API.md §2–3) as Qt-typed structs, read
// with nlohmann_json from_json (required fields checked, unknown ignored).
// Synced entities (posts, media…) are not here: the entity registry maps
// their JSON straight to store rows (sync/entities).
#include "JsonRead.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace pitchside::sync::api::dto {

struct Profile
{
    QString id;
    QString type; // equipe, club, district, ligue, sponsor
    QString name;
    QString logo;
    QString clubId;
    QString numero;
    bool isActive = true;
    qint64 version = 0;
};

struct User
{
    QString id;
    QString email;
    QString name;
    std::vector<Profile> profiles;
    int activeProfileIndex = 0;
    qint64 version = 0;

    QString activeProfileId() const;
};

// The answer of login, register, refresh and oauth/complete.
struct Session
{
    QString accessToken;
    QString refreshToken;
    qint64 expiresIn = 0;        // seconds
    qint64 refreshExpiresIn = 0; // seconds, 0 when the server does not say
    User user;
};

// One entry of the changes feed. `item` points into the parsed page, which
// must outlive the Change (the engine keeps the page while applying it);
// copying 100 000 items would double a full sync's cost.
struct Change
{
    qint64 seq = 0;
    QString type;
    QString id;
    bool deleted = false;
    qint64 version = 0;
    const json *item = nullptr; // null for deletes
    // The entry itself does not read (an id that is not a UUID, an op we do
    // not know): `problemPath`/`problem` say why; type and id are what
    // could be read, for the report (never trusted as a key or a path).
    bool unreadable = false;
    std::string problemPath;
    std::string problem;
};

struct ChangesPage
{
    std::vector<Change> changes;
    qint64 lastSeq = 0;
    bool hasMore = false;
    bool hasMoreGiven = false; // false: the answer's pagination says it (ListPosition)
};

// Where a list answer stands, in either style the seeds use (API.md §1):
// page-numbered, `pagination {page, limit, total, total_pages | pages,
// has_next?}` (Artywiz, at most 50 a page), or keyset, `meta {has_more,
// next_cursor, total?}` (Social Media Planner).
struct ListPosition
{
    bool hasMore = false;
    int nextPage = 0;   // page-numbered: the page to ask for next (0: none)
    QString nextCursor; // keyset: the cursor to send next
    qint64 total = -1;  // -1 when the server does not say
};

// From an answer's `pagination` (null when absent) and `meta`; throws a
// DtoError (path from the envelope: "pagination.page") when neither says
// where the list stands, or says it wrongly.
ListPosition listPosition(const json &pagination, const json &meta);

struct LoginRequest
{
    QString email;
    QString password;
};

struct RefreshRequest
{
    QString refreshToken;
};

void from_json(const json &j, Profile &p);
void from_json(const json &j, User &u);
void from_json(const json &j, Session &s);
void from_json(const json &j, Change &c);
void from_json(const json &j, ChangesPage &p);
void to_json(json &j, const LoginRequest &r);
void to_json(json &j, const RefreshRequest &r);

// The `last_seq` of an SSE `change` event; -1 when the data is not one.
qint64 lastSeqOfChangeEvent(const QByteArray &data);

} // namespace pitchside::sync::api::dto
