// One HTTP request, copied out of QHttpServerRequest (which Qt reuses for
// the next request on the connection) so handlers may outlive the callback.
#pragma once

#include "core/json.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QTcpSocket>
#include <QUrlQuery>
#include <optional>

enum class Lang { Fr, En };

struct Request {
    QByteArray method;                       // "GET", "POST"...
    QString path;                            // decoded, no query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers;   // names in lower case
    QByteArray body;
    QHostAddress remote;
    QString requestId;
    Lang lang = Lang::Fr;
    QHash<QString, QString> params;          // path parameters
    QString route;                           // "METHOD /pattern" once matched
    QString userId;                          // set by authentication
    QString sessionId;
    QPointer<QTcpSocket> socket;
    QElapsedTimer timer;

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    QString param(const QString &name) const { return params.value(name); }
    bool hasQuery(const QString &key) const { return query.hasQueryItem(key); }
    QString queryValue(const QString &key) const
    {
        return query.queryItemValue(key, QUrl::FullyDecoded);
    }

    // The body parsed as JSON (once); throws a 400 ApiError when it is not
    // valid UTF-8 JSON.
    const json &jsonBody();

private:
    std::optional<json> m_json;
};
