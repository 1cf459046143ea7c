#include "bench_support.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcessEnvironment>
#include <cstdio>

BenchServer::BenchServer(const QStringList &args) : m_args(args) {}

BenchServer::~BenchServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(15000))
            m_process.kill();
    }
}

bool BenchServer::start(int timeoutMs)
{
    QStringList args = {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"), m_dir.path()};
    args << m_args;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.info=false"));
    m_process.setProcessEnvironment(env);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer t;
    t.start();
    m_process.start(QStringLiteral(PITCHSIDE_SERVER_BINARY), args);
    QByteArray out;
    while (t.elapsed() < timeoutMs && !out.contains('\n')) {
        m_process.waitForReadyRead(100);
        out += m_process.readAllStandardOutput();
        if (m_process.state() == QProcess::NotRunning) {
            std::fprintf(stderr, "server exited: %s\n", m_process.readAllStandardError().constData());
            return false;
        }
    }
    m_startMs = t.elapsed();
    m_url = QString::fromUtf8(out.left(out.indexOf('\n'))).trimmed();
    return m_url.startsWith(QLatin1String("http://"));
}

BlockingReply blockingRequest(QNetworkAccessManager &nam, const QByteArray &method, const QString &url,
                              const QByteArray &body, const QHash<QByteArray, QByteArray> &headers)
{
    QNetworkRequest req{QUrl(url)};
    req.setTransferTimeout(120000);
    if (!body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (auto it = headers.constBegin(); it != headers.constEnd(); ++it)
        req.setRawHeader(it.key(), it.value());
    QNetworkReply *reply = nam.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    BlockingReply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    reply->deleteLater();
    return r;
}

static QString tokenOf(const BlockingReply &r)
{
    const auto j = r.json();
    if (!j.is_object() || !j.contains("data") || !j["data"].contains("access_token"))
        return {};
    return QString::fromStdString(j["data"]["access_token"].get<std::string>());
}

QString signIn(QNetworkAccessManager &nam, const QString &baseUrl, const QString &email, const QString &password)
{
    const nlohmann::json body = {{"email", email.toStdString()}, {"password", password.toStdString()}};
    return tokenOf(blockingRequest(nam, "POST", baseUrl + QStringLiteral("/api/auth/login"),
                                   QByteArray::fromStdString(body.dump()), {}));
}

QString registerUser(QNetworkAccessManager &nam, const QString &baseUrl, const QString &email, const QString &password)
{
    const nlohmann::json body = {{"email", email.toStdString()}, {"password", password.toStdString()}, {"name", "Charge"}};
    return tokenOf(blockingRequest(nam, "POST", baseUrl + QStringLiteral("/api/auth/register"),
                                   QByteArray::fromStdString(body.dump()), {}));
}

QString option(const QStringList &args, const QString &name, const QString &fallback)
{
    const int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
}
