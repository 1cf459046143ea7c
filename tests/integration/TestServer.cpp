#include "TestServer.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace pitchside::test {

Http::Http(QUrl base) : m_base(std::move(base)), m_network(std::make_unique<QNetworkAccessManager>()) {}

Http::~Http() = default;

HttpResult Http::request(const QByteArray &method, const QString &path, const json &body, const QString &token,
                         const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return send(method, path, body.is_null() ? QByteArray() : QByteArray::fromStdString(body.dump()),
                "application/json", token, headers);
}

HttpResult Http::requestBytes(const QByteArray &method, const QString &path, const QByteArray &body,
                              const QByteArray &contentType, const QString &token)
{
    return send(method, path, body, contentType, token, {});
}

HttpResult Http::send(const QByteArray &method, const QString &path, const QByteArray &payload,
                      const QByteArray &contentType, const QString &token,
                      const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QUrl url = m_base;
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    url.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest req(url);
    req.setTransferTimeout(30000);
    req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    req.setRawHeader("Accept-Language", "en");
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    for (const auto &h : headers)
        req.setRawHeader(h.first, h.second);
    QNetworkReply *reply = m_network->sendCustomRequest(req, method, payload);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.raw = reply->readAll();
    r.etag = reply->rawHeader("ETag");
    r.body = json::parse(r.raw.constBegin(), r.raw.constEnd(), nullptr, false);
    if (r.body.is_discarded())
        r.body = json();
    reply->deleteLater();
    return r;
}

TestServer::~TestServer()
{
    stop();
}

bool TestServer::start(const QString &dataDir, const Options &options)
{
    m_dataDir = dataDir;
    m_options = options;
    return launch(0);
}

bool TestServer::launch(quint16 port)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setReadChannel(QProcess::StandardOutput);
    QStringList args{QStringLiteral("--port"), QString::number(port), QStringLiteral("--data-dir"), m_dataDir,
                     QStringLiteral("--rate-limit"), QStringLiteral("1000000"),
                     QStringLiteral("--pbkdf2-iterations"), QStringLiteral("1000"), QStringLiteral("--publish-interval"),
                     QStringLiteral("0"), QStringLiteral("--access-ttl"), QString::number(m_options.accessTtl)};
    if (m_options.testMode)
        args << QStringLiteral("--test-mode");
    if (!m_options.seed.isEmpty() && port == 0)
        args << QStringLiteral("--seed") << m_options.seed;
    args << m_options.extraArgs;
    const QString program = qEnvironmentVariable("PITCHSIDE_SERVER", QStringLiteral(PITCHSIDE_SERVER));
    m_process->start(program, args);
    if (!m_process->waitForStarted(10000))
        return false;
    QElapsedTimer timer;
    timer.start();
    while (!m_process->canReadLine() && timer.elapsed() < 120000) {
        if (!m_process->waitForReadyRead(500) && m_process->state() != QProcess::Running) {
            qWarning().noquote() << "pitchside-server exited:" << m_process->readAllStandardError();
            return false;
        }
    }
    const QString line = QString::fromUtf8(m_process->readLine()).trimmed();
    m_url = QUrl(line);
    if (!m_url.isValid() || m_url.port() <= 0) {
        qWarning() << "unexpected first line from pitchside-server:" << line;
        return false;
    }
    m_http = std::make_unique<Http>(m_url);
    // Read what the server writes from now on as it comes, keeping only the end.
    QProcess *process = m_process.get();
    QObject::connect(process, &QProcess::readyReadStandardError, process,
                     [this, process] { keepLog(process->readAllStandardError()); });
    QObject::connect(process, &QProcess::readyReadStandardOutput, process,
                     [this, process] { keepLog(process->readAllStandardOutput()); });
    keepLog(process->readAllStandardError() + process->readAllStandardOutput());
    return true;
}

void TestServer::keepLog(const QByteArray &bytes)
{
    constexpr qsizetype kKeep = 64 * 1024;
    m_logTail += bytes;
    if (m_logTail.size() > kKeep)
        m_logTail = m_logTail.right(kKeep);
}

void TestServer::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(10000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

bool TestServer::restart()
{
    stop();
    // The port may stay busy a moment after the old process ends.
    for (int i = 0; i < 50; ++i) {
        if (launch(port()))
            return true;
        QEventLoop loop;
        QTimer::singleShot(200, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return false;
}

void TestServer::reset()
{
    m_http->request("POST", QStringLiteral("/api/test/reset-faults"), json::object());
}

void TestServer::errors(double rate, int status, const QString &match)
{
    json b = {{"rate", rate}, {"status", status}, {"retry_after", 0}};
    if (!match.isEmpty())
        b["match"] = match.toStdString();
    m_http->request("PUT", QStringLiteral("/api/test/faults/errors"), b);
}

void TestServer::drops(double rate, bool afterWrite, const QString &match)
{
    json b = {{"rate", rate}, {"mode", afterWrite ? "after_write" : "before"}};
    if (!match.isEmpty())
        b["match"] = match.toStdString();
    m_http->request("PUT", QStringLiteral("/api/test/faults/drops"), b);
}

void TestServer::latency(int ms, int jitterMs)
{
    m_http->request("PUT", QStringLiteral("/api/test/faults/latency"), {{"ms", ms}, {"jitter_ms", jitterMs}});
}

void TestServer::rateLimit(int count, int retryAfter, const QString &match)
{
    json b = {{"count", count}, {"retry_after", retryAfter}};
    if (!match.isEmpty())
        b["match"] = match.toStdString();
    m_http->request("POST", QStringLiteral("/api/test/faults/rate-limit"), b);
}

void TestServer::corrupt(const QString &match, const QString &mode, int count)
{
    m_http->request("POST", QStringLiteral("/api/test/faults/corrupt"),
                    {{"match", match.toStdString()}, {"mode", mode.toStdString()}, {"count", count}});
}

void TestServer::expireAccessTokens()
{
    m_http->request("POST", QStringLiteral("/api/test/tokens/expire"), json::object());
}

qint64 TestServer::compactFeed()
{
    return m_http->request("POST", QStringLiteral("/api/test/feed/compact"), json::object())
        .data()
        .value("horizon", qint64(-1));
}

json TestServer::requestCounts()
{
    return m_http->request("GET", QStringLiteral("/api/test/requests")).data();
}

int TestServer::openStreams()
{
    return m_http->request("GET", QStringLiteral("/api/test/streams")).data().value("open", -1);
}

} // namespace pitchside::test
