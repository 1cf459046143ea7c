#pragma once

#include <QLoggingCategory>

// One category per folder of sync/. Never log tokens, passwords or bodies.
Q_DECLARE_LOGGING_CATEGORY(lcSync)    // sync/ and sync/engine: push, pull, conflicts
Q_DECLARE_LOGGING_CATEGORY(lcNetwork) // sync/api: requests and their outcome
Q_DECLARE_LOGGING_CATEGORY(lcAuth)    // sync/auth: sign-in, refresh, keychain
Q_DECLARE_LOGGING_CATEGORY(lcLive)    // sync/live: the event stream
Q_DECLARE_LOGGING_CATEGORY(lcEntities) // sync/entities: items the feed brought that we could not read
