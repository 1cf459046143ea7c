#include "wire.h"

#include <QHash>

namespace wire {

QByteArray reasonPhrase(int status)
{
    static const QHash<int, QByteArray> phrases = {
        {200, "OK"}, {201, "Created"}, {202, "Accepted"}, {204, "No Content"},
        {302, "Found"}, {304, "Not Modified"}, {400, "Bad Request"}, {401, "Unauthorized"},
        {403, "Forbidden"}, {404, "Not Found"}, {405, "Method Not Allowed"}, {409, "Conflict"},
        {410, "Gone"}, {413, "Payload Too Large"}, {422, "Unprocessable Entity"},
        {429, "Too Many Requests"}, {500, "Internal Server Error"}, {503, "Service Unavailable"},
        {507, "Insufficient Storage"},
    };
    return phrases.value(status, "Unknown");
}

QByteArray head(int status, const QList<QPair<QByteArray, QByteArray>> &headers, qint64 contentLength)
{
    QByteArray out;
    out.reserve(512);
    out.append("HTTP/1.1 ").append(QByteArray::number(status)).append(' ').append(reasonPhrase(status));
    out.append("\r\n");
    for (const auto &h : headers)
        out.append(h.first).append(": ").append(h.second).append("\r\n");
    if (contentLength >= 0)
        out.append("Content-Length: ").append(QByteArray::number(contentLength)).append("\r\n");
    out.append("\r\n");
    return out;
}

} // namespace wire
