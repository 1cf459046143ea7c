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
};

struct ChangesPage
{
    std::vector<Change> changes;
    qint64 lastSeq = 0;
    bool hasMore = false;
};

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
