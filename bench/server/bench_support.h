// Shared by the server benchmarks: start pitchside-server on port 0 in a
// temporary directory (first stdout line = base URL) and make blocking
// HTTP calls with QNetworkAccessManager.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <nlohmann/json.hpp>

class BenchServer {
public:
    explicit BenchServer(const QStringList &args);
    ~BenchServer();
    // Returns false (and prints why) when the server does not come up.
    bool start(int timeoutMs);
    QString url() const { return m_url; }
    QString dataDir() const { return m_dir.path(); }
    qint64 startMs() const { return m_startMs; }

private:
    QStringList m_args;
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_url;
    qint64 m_startMs = 0;
};

struct BlockingReply {
    int status = 0;
    QByteArray body;
    nlohmann::json json() const
    {
        return nlohmann::json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    }
};

BlockingReply blockingRequest(QNetworkAccessManager &nam, const QByteArray &method, const QString &url,
                              const QByteArray &body, const QHash<QByteArray, QByteArray> &headers);
// Signs in (or registers) and returns the access token, or an empty string.
QString signIn(QNetworkAccessManager &nam, const QString &baseUrl, const QString &email, const QString &password);
QString registerUser(QNetworkAccessManager &nam, const QString &baseUrl, const QString &email, const QString &password);
// Value of an option "--name value" in the arguments, or fallback.
QString option(const QStringList &args, const QString &name, const QString &fallback);
