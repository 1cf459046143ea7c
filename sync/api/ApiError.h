#pragma once

#include <QString>

#include <nlohmann/json.hpp>

namespace pitchside::sync::api {

// Why a request did not give a usable answer. Every failure of every
// request is one of these kinds, so callers switch on `kind` (and on
// `status`/`code` for Http) instead of reading Qt's or the server's texts.
struct ApiError
{
    enum class Kind {
        None,
        Network,        // no connection, refused, reset, DNS: the server was not reached or hung up
        Timeout,        // no progress within the transfer timeout
        Tls,            // the encrypted connection could not be set up (certificate, handshake)
        Http,           // the server answered with an error status (see status, code)
        Parse,          // the answer is not the JSON the contract promises (see jsonPath)
        SignInRequired, // the tokens were refused for good: the user must sign in again
        InsecureUrl,    // plain http to another computer: refused before sending
        Cancelled,      // the caller gave up (shutdown, sign-out)
    };

    Kind kind = Kind::None;
    int status = 0;        // HTTP status when an answer came
    QString code;          // the contract's error code: VALIDATION_ERROR, CONFLICT…
    QString message;       // the server's sentence (in the Accept-Language language), or the transport's
    QString reason;        // details.reason, or details.rule for BUSINESS_RULE
    QString field;         // details.field, or the first RFC 7807 errors[].field
    QString jsonPath;      // Parse: where the answer stopped making sense ("$.data.changes[3].seq")
    int retryAfterSeconds = -1; // Retry-After header (429, 503), -1 if absent
    int deadlineSeconds = 0;    // Timeout: the overall deadline that passed (0: no byte moved for too long)
    QString requestId;     // X-Request-Id, to quote in bug reports
    nlohmann::json details = nlohmann::json::object(); // error.details as sent

    bool ok() const { return kind == Kind::None; }
    explicit operator bool() const { return !ok(); }

    // Worth retrying later without any change: the network, a timeout, a
    // broken answer, 408, 429 and 5xx. 409 and the other 4xx are not.
    bool isTransient() const;
    // The server refused the change for good until someone changes it
    // (400, 403, 404 on create, 405, 413, 422).
    bool isPermanent() const;

    // One line for logs (no tokens, no bodies).
    QString summary() const;
    // Machine-readable reason stored with a parked change: "BUSINESS_RULE/caption_too_long".
    QString reasonCode() const;

    static ApiError parse(const QString &path, const QString &why);
    static QString kindName(Kind kind);
};

} // namespace pitchside::sync::api
