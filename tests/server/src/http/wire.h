// The bytes of an HTTP/1.1 response head. Responses are written to the
// socket in one piece rather than through QHttpServerResponder, whose 6.4
// header list is a fixed initializer_list.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace wire {

QByteArray reasonPhrase(int status);
// contentLength < 0: no Content-Length header (204, 304).
QByteArray head(int status, const QList<QPair<QByteArray, QByteArray>> &headers, qint64 contentLength);

} // namespace wire
