// Test harness for pitchside-server: starts a fresh server process on port
// 0 in a temporary directory, reads the base URL from its first stdout
// line, and talks real HTTP to it (QNetworkAccessManager, or a raw socket
// where the bytes on the wire matter).
#pragma once

#include <QByteArray>
#include <QHash>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>
#include <nlohmann/json.hpp>

using json = nlohmann::ordered_json;

class TestServer {
public:
    // Extra arguments are appended to --port 0 --data-dir <tmp>.
    explicit TestServer(const QStringList &args = {}, const QString &dataDir = {});
    ~TestServer();

    bool start(int timeoutMs = 60000);
    void stop();            // SIGTERM, waits for a clean exit
    void kill();            // SIGKILL
    int exitCode() const { return m_process.exitCode(); }
    QProcess::ExitStatus exitStatus() const { return m_process.exitStatus(); }

    QString url() const { return m_url; }
    QString dataDir() const { return m_dir; }
    QStringList stdoutLines() const { return m_lines; }
    QByteArray stderrText();
    QString databasePath() const;

    static QString binary();

private:
    QStringList m_args;
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_dir;
    QProcess m_process;
    QString m_url;
    QStringList m_lines;
};

struct Reply {
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;   // lower-case names
    int networkError = 0;
    json doc() const;
    json data() const { return doc().value("data", json()); }
    std::string code() const;                 // error.code
    std::string rule() const;                 // error.details.rule
    QByteArray header(const QByteArray &lower) const { return headers.value(lower); }
};

class Http {
public:
    explicit Http(const QString &baseUrl) : m_base(baseUrl) {}

    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }

    Reply request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                  const QHash<QByteArray, QByteArray> &headers = {}, int timeoutMs = 30000);
    Reply get(const QString &path, const QHash<QByteArray, QByteArray> &headers = {});
    Reply post(const QString &path, const json &body, const QHash<QByteArray, QByteArray> &headers = {});
    Reply put(const QString &path, const json &body, const QHash<QByteArray, QByteArray> &headers = {});
    Reply patch(const QString &path, const json &body, const QHash<QByteArray, QByteArray> &headers = {});
    Reply del(const QString &path, const QHash<QByteArray, QByteArray> &headers = {});

    // Registers a user (unique e-mail) and keeps its access token.
    json signUp(const QString &name = QStringLiteral("Test"), QString *email = nullptr);
    json signIn(const QString &email, const QString &password);

    // Sends bytes on a new TCP connection and returns all bytes read until
    // the server closes it or the timeout passes (*closed tells which).
    QByteArray raw(const QByteArray &requestBytes, int timeoutMs, bool *closed);
    QByteArray rawRequest(const QByteArray &method, const QString &path, const QByteArray &body, int timeoutMs,
                          bool *closed, const QHash<QByteArray, QByteArray> &headers = {});

private:
    QNetworkAccessManager m_nam;
    QString m_base;
    QString m_token;
};

QByteArray gunzip(const QByteArray &data);
QByteArray ifMatch(qint64 version);
// Runs the event loop for ms milliseconds.
void pump(int ms);
