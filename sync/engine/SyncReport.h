#pragma once

#include "../api/ApiError.h"

#include <QMetaType>
#include <QString>

namespace pitchside::sync {

// What one sync run came to.
struct SyncReport
{
    enum class Result {
        Ok,             // pushed what was due and pulled everything
        Offline,        // the server could not be reached (network, timeout, TLS)
        SignInRequired, // the tokens were refused for good
        Failed,         // the server or its answers failed; tried again later
        Cancelled,
    };

    Result result = Result::Ok;
    api::ApiError error;  // what stopped the run, if anything
    int pushed = 0;       // changes the server accepted
    int parked = 0;       // changes the server refused (they wait for the user)
    int conflicts = 0;    // new conflicts (push or pull)
    int retrying = 0;     // changes that failed this time (a broken answer, 5xx…) and wait for a retry
    api::ApiError retryError; // why the first of them failed
    int pulled = 0;       // remote changes applied
    int skippedItems = 0; // feed items we could not read (see the log)
    bool resynced = false; // a full resync happened (410)

    bool ok() const { return result == Result::Ok; }
};

// Where the sync stands, for the status strip.
struct SyncStatus
{
    enum class State {
        Stopped,        // not syncing (not started yet, or signed out)
        Idle,           // signed in, nothing running
        Syncing,
        Offline,        // the last attempt could not reach the server
        SignInRequired,
        Error,          // the last attempt failed for another reason (see message)
    };

    State state = State::Stopped;
    int done = 0;   // progress of the running sync
    int total = 0;  // 0: none shown; -1: unknown (busy indicator)
    qint64 lastSyncAtMs = 0;
    qint64 lastAttemptAtMs = 0; // the end of the last run, whatever it came to
    qint64 nextAttemptAtMs = 0; // after a failed run: when it tries again by itself (0: not planned)
    QString message; // the last problem, in words
    bool live = false; // the server's event stream is connected
};

} // namespace pitchside::sync

Q_DECLARE_METATYPE(pitchside::sync::SyncReport)
Q_DECLARE_METATYPE(pitchside::sync::SyncStatus)
