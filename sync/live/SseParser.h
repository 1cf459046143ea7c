#pragma once

#include <QByteArray>
#include <QVector>

namespace pitchside::sync::live {

// The text/event-stream format (WHATWG HTML, "Server-sent events"), fed in
// whatever pieces the network delivers.
class SseParser
{
public:
    struct Event
    {
        QByteArray name = "message";
        QByteArray data;
        QByteArray id;
    };

    // Returns the events completed by these bytes.
    QVector<Event> feed(const QByteArray &bytes);
    // The server's "retry:" advice in ms, -1 if none yet.
    int retryMs() const { return m_retryMs; }
    void reset();

private:
    void line(const QByteArray &line, QVector<Event> &out);

    QByteArray m_buffer;
    Event m_current;
    bool m_hasData = false;
    int m_retryMs = -1;
};

} // namespace pitchside::sync::live
