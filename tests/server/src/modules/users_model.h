// Users and their profiles (API.md §2). A profile is a synced entity of
// type "profile"; the user row keeps the account fields and profile order.
#pragma once

#include "core/json.h"

#include <QString>
#include <QStringList>

struct AppContext;
struct Request;

namespace users {

// Throws 409 when the e-mail is taken. An empty password makes an account
// that can only sign in through a provider.
QString create(AppContext &ctx, const QString &email, const QString &password, const QString &name,
               const json &extra = json::object());
QString idByEmail(AppContext &ctx, const QString &email);
json toJson(AppContext &ctx, const QString &userId);
qint64 version(AppContext &ctx, const QString &userId);
QStringList profileIds(AppContext &ctx, const QString &userId);
QString activeProfileId(AppContext &ctx, const QString &userId);
// 403 unless profileId is one of the user's profiles.
void requireProfile(AppContext &ctx, const Request &req, const QString &profileId, const std::string &field);
// Replaces the stored account fields (private keys start with '_').
void saveBody(AppContext &ctx, const QString &userId, const json &body, bool bumpVersion);
json body(AppContext &ctx, const QString &userId);
// Creates a profile entity for the user and appends it to the order.
QString addProfile(AppContext &ctx, const QString &userId, json profile);

} // namespace users
