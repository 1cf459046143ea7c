// Publications (API.md §4, seed [A] §4.2). With no network the server
// plays the platform: publishing assigns the platform's post id and URL.
#pragma once

#include "core/json.h"

#include <QString>

struct AppContext;
struct Entity;

namespace publications {

// Marks a publication published now (platform id, URL, fresh metrics) and
// the document it came from as "publie".
void publish(AppContext &ctx, Entity &e);
QString postUrl(const QString &platform, const QString &accountId, const QString &platformPostId);

} // namespace publications
