#include "request.h"

#include "http/api_error.h"

#include <QStringDecoder>

const json &Request::jsonBody()
{
    if (m_json)
        return *m_json;
    if (body.trimmed().isEmpty())
        throw ApiError::validation("", "required");
    // nlohmann only checks UTF-8 inside strings; check the whole body so a
    // stray byte anywhere is reported as an encoding error.
    QStringDecoder decoder(QStringDecoder::Utf8);
    (void)QString(decoder(body));
    if (decoder.hasError())
        throw ApiError::validation("", "format", {{"encoding", "utf-8"}});
    try {
        m_json = json::parse(body.constBegin(), body.constEnd());
    } catch (const json::parse_error &e) {
        throw ApiError::validation("", "format", {{"position", e.byte}});
    }
    return *m_json;
}
