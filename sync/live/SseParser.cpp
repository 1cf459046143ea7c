#include "SseParser.h"

namespace pitchside::sync::live {

void SseParser::reset()
{
    m_buffer.clear();
    m_current = {};
    m_hasData = false;
}

QVector<SseParser::Event> SseParser::feed(const QByteArray &bytes)
{
    QVector<Event> out;
    m_buffer += bytes;
    qsizetype start = 0;
    for (;;) {
        qsizetype end = -1;
        qsizetype next = -1;
        for (qsizetype i = start; i < m_buffer.size(); ++i) {
            const char c = m_buffer.at(i);
            if (c == '\n') {
                end = i;
                next = i + 1;
                break;
            }
            if (c == '\r') {
                if (i + 1 >= m_buffer.size())
                    break; // a \r\n may be split across pieces: wait for more
                end = i;
                next = m_buffer.at(i + 1) == '\n' ? i + 2 : i + 1;
                break;
            }
        }
        if (end < 0)
            break;
        line(m_buffer.mid(start, end - start), out);
        start = next;
    }
    m_buffer.remove(0, start);
    return out;
}

void SseParser::line(const QByteArray &line, QVector<Event> &out)
{
    if (line.isEmpty()) {
        // A blank line dispatches the event, if it has data.
        if (m_hasData) {
            if (m_current.data.endsWith('\n'))
                m_current.data.chop(1);
            out.push_back(m_current);
        }
        const QByteArray id = m_current.id;
        m_current = {};
        m_current.id = id;
        m_hasData = false;
        return;
    }
    if (line.startsWith(':'))
        return; // a comment: keep-alive
    const qsizetype colon = line.indexOf(':');
    const QByteArray field = colon < 0 ? line : line.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
    if (value.startsWith(' '))
        value.remove(0, 1);
    if (field == "event") {
        m_current.name = value;
    } else if (field == "data") {
        m_current.data += value + '\n';
        m_hasData = true;
    } else if (field == "id") {
        m_current.id = value;
    } else if (field == "retry") {
        bool ok = false;
        const int ms = value.toInt(&ok);
        if (ok && ms >= 0)
            m_retryMs = ms;
    }
}

} // namespace pitchside::sync::live
