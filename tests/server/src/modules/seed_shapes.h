// --shape: the reference server answering as one of the seeds' backends
// does (API.md §1, issue "Sync against a hostile or broken server"), so that
// the client is tried against their shapes, not only ours. The data is the
// same; only what goes over the wire changes.
#pragma once

#include "core/json.h"

#include <QByteArray>
#include <QString>

struct AppContext;
struct Entity;
struct Request;

namespace shapes {

// A post as it leaves the server. Social Media Planner ("smp"): one
// `platform` ("both" for LinkedIn and Instagram; a set it cannot say stays
// `platforms`), `media: [{id, url, type}]` instead of `media_ids`, and no
// `version` (that backend locks by `updated_at`).
json presentPost(const AppContext &ctx, const json &post);
// The version a client holds of it: smp's is its updated_at in ms.
qint64 postVersion(const AppContext &ctx, const Entity &e);

// A post's request body in our form: smp's `platform` becomes `platforms`
// and its `updated_at` precondition is taken out (checkPostPrecondition).
json postInput(const AppContext &ctx, const json &body);
// PATCH/DELETE preconditions: If-Match (our version, or smp's updated_at
// in ms) and, for smp, `updated_at` in the body. A stale one is 409 with
// the current copy, presented.
void checkPostPrecondition(const AppContext &ctx, Request &req, const Entity &current);

// Rewrites a feed item (the stored JSON) in the shape, and its version.
void presentFeedItem(const AppContext &ctx, const QString &type, QByteArray &item, qint64 &version);

// Sign-in answers (login, register, refresh): ours, or smp's
// {user, session: {access_token, refresh_token, expires_at}}.
json signIn(const AppContext &ctx, json ours);

} // namespace shapes
