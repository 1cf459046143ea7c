// Real gzip framing (RFC 1952) with zlib; qCompress writes zlib framing
// with a Qt length prefix, which no HTTP client understands.
#pragma once

#include <QByteArray>

namespace gzip {

QByteArray compress(const QByteArray &data, int level);
bool acceptsGzip(const QByteArray &acceptEncoding);

} // namespace gzip
