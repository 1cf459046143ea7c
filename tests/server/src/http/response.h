// What a handler returns. JSON answers are kept structured until the
// pipeline wraps them in the envelope (meta needs the request id).
#pragma once

#include "core/json.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <memory>

class ApiError;

struct Response {
    int status = 200;

    bool envelope = true;
    json data;                  // envelope data, unless rawData is set
    QByteArray rawData;         // pre-serialised data (the feed streams stored JSON)
    json pagination;            // null when absent
    json meta = json::object(); // merged into envelope meta

    QByteArray body;            // non-envelope answers (bytes, HTML)
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray etag;            // already quoted
    bool takenOver = false;     // the handler owns the socket now (SSE)
    // An error answer whose side effects must still be committed (a
    // detected refresh-token reuse revokes the session, then says 401).
    std::shared_ptr<ApiError> error;

    static Response ok(json data, int status = 200)
    {
        Response r;
        r.status = status;
        r.data = std::move(data);
        return r;
    }
    static Response created(json data) { return ok(std::move(data), 201); }
    static Response noContent()
    {
        Response r;
        r.status = 204;
        r.envelope = false;
        return r;
    }
    static Response raw(QByteArray bytes, QByteArray type, int status = 200)
    {
        Response r;
        r.status = status;
        r.envelope = false;
        r.body = std::move(bytes);
        r.contentType = std::move(type);
        return r;
    }
    static Response takeover()
    {
        Response r;
        r.takenOver = true;
        r.envelope = false;
        return r;
    }
    static Response failure(std::shared_ptr<ApiError> e)
    {
        Response r;
        r.error = std::move(e);
        return r;
    }
    Response &withVersionEtag(qint64 version)
    {
        etag = '"' + QByteArray::number(version) + '"';
        return *this;
    }
    Response &header(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
};
