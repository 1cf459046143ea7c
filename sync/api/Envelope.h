#pragma once

#include "ApiError.h"

#include <QByteArray>

#include <nlohmann/json.hpp>

namespace pitchside::sync::api {

// A request's outcome: the envelope's data and meta, or an error.
struct ApiResponse
{
    int status = 0;
    nlohmann::json data;            // `data` of the success envelope (null for 204/304)
    nlohmann::json meta = nlohmann::json::object();
    nlohmann::json pagination;      // the envelope's `pagination` (page-numbered lists), null when absent
    QByteArray etag;
    QByteArray rawBody;             // for raw requests (media bytes), the body as received
    ApiError error;

    bool ok() const { return error.ok(); }
    bool notModified() const { return status == 304; }
};

// Turns an HTTP answer (status, body) into an ApiResponse. Accepts the
// Pitchside envelope ({success, data, meta} / {success:false, error:{code,
// message, details}}) and the RFC 7807 style ({error:{type, title, status,
// detail, errors[]}}) of API.md §1. Anything else is a Parse error whose
// jsonPath says where the answer stopped being what the contract promises
// (for broken JSON: the innermost value being read when it broke).
ApiResponse parseAnswer(int status, const QByteArray &body);

// The JSON path at which `text` stops being valid JSON ("$.data.changes[3]"),
// or "$" when it is valid or empty.
QString jsonPathOfSyntaxError(const QByteArray &text, QString *why = nullptr);

// "Retry-After" in seconds (delta-seconds or HTTP date); -1 if absent or unreadable.
int parseRetryAfter(const QByteArray &value);

} // namespace pitchside::sync::api
