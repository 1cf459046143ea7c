#pragma once

// The reference server as a child process, and a plain HTTP client for it
// (the "other device" of the tests: it never uses the app's code).
#include <QProcess>
#include <QString>
#include <QUrl>

#include <nlohmann/json.hpp>

#include <memory>

class QNetworkAccessManager;

namespace pitchside::test {

using json = nlohmann::json;

struct HttpResult
{
    int status = 0;
    json body;          // the parsed answer (whole envelope)
    QByteArray raw;
    QByteArray etag;
    json data() const { return body.is_object() && body.contains("data") ? body.at("data") : json(); }
};

// Synchronous requests to the server, outside the app's code.
class Http
{
public:
    explicit Http(QUrl base);
    ~Http();
    HttpResult request(const QByteArray &method, const QString &path, const json &body = json(),
                       const QString &token = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    // The same with a body of bytes (an upload's chunk).
    HttpResult requestBytes(const QByteArray &method, const QString &path, const QByteArray &body,
                            const QByteArray &contentType, const QString &token = {});

private:
    HttpResult send(const QByteArray &method, const QString &path, const QByteArray &payload,
                    const QByteArray &contentType, const QString &token,
                    const QList<QPair<QByteArray, QByteArray>> &headers);

    QUrl m_base;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

class TestServer
{
public:
    struct Options
    {
        QString seed;              // "", "demo", "bench:N"
        int accessTtl = 900;       // seconds
        QStringList extraArgs;
        bool testMode = true;      // false: no /api/test routes, consent pages ask
    };

    ~TestServer();

    // Starts pitchside-server (PITCHSIDE_SERVER, compiled in) in test mode
    // on 127.0.0.1 with a free port and a fresh database in `dataDir`.
    bool start(const QString &dataDir) { return start(dataDir, Options()); }
    bool start(const QString &dataDir, const Options &options);
    void stop();            // SIGTERM, wait
    bool restart();         // same data directory, same port
    QUrl url() const { return m_url; }
    quint16 port() const { return quint16(m_url.port()); }

    Http &http() { return *m_http; }

    // Fault injection (/api/test/…).
    void reset();
    void errors(double rate, int status = 0, const QString &match = {});
    void drops(double rate, bool afterWrite = false, const QString &match = {});
    void latency(int ms, int jitterMs = 0);
    void rateLimit(int count, int retryAfter, const QString &match = {});
    void corrupt(const QString &match, const QString &mode, int count = 1);
    void expireAccessTokens();
    qint64 compactFeed();
    json requestCounts();
    int openStreams();
    // The last lines the server wrote (its log), for a failing test to show.
    QByteArray logTail() const { return m_logTail; }

private:
    bool launch(quint16 port);
    void keepLog(const QByteArray &bytes);

    QString m_dataDir;
    Options m_options;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_logTail; // bounded: a long run's log would otherwise pile up in the pipe's buffer
    QUrl m_url;
    std::unique_ptr<Http> m_http;
};

} // namespace pitchside::test
