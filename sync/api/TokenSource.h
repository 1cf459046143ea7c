#pragma once

#include "ApiError.h"

#include <QString>

#include <functional>

class QObject;

namespace pitchside::sync::api {

// Where the API client gets its bearer token, and whom it asks for a new
// one when the server refuses it (401). Implemented by auth::TokenStore;
// kept abstract so that sync/api knows nothing of keychains.
class TokenSource
{
public:
    enum class RefreshOutcome {
        Refreshed, // a new access token is ready: replay the request
        Rejected,  // the refresh token is dead: the user must sign in again
        Failed,    // the refresh could not be done now (network…): `error` says why
    };
    using RefreshDone = std::function<void(RefreshOutcome, const ApiError &error)>;

    virtual ~TokenSource() = default;

    // Thread-safe. Empty when signed out.
    virtual QString accessToken() const = 0;
    // Thread-safe. `rejected` is the token the server refused: if it has
    // already been replaced, `done` is called at once with Refreshed. Only
    // one refresh is ever in flight; every caller waiting meanwhile is
    // answered when it ends. `done` runs on `context`'s thread.
    virtual void refreshAfterRejection(const QString &rejected, QObject *context, RefreshDone done) = 0;
};

} // namespace pitchside::sync::api
