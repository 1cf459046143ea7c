// The body shared by register, login, refresh and provider sign-in.
#pragma once

#include "core/json.h"

#include <QString>

struct AppContext;
struct TokenPair;

json signInBody(AppContext &ctx, const QString &userId, const TokenPair &tokens);
