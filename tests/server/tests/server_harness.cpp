#include "server_harness.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUuid>
#include <zlib.h>

#ifndef PITCHSIDE_SERVER_BINARY
#error "PITCHSIDE_SERVER_BINARY must point at the pitchside-server executable"
#endif

TestServer::TestServer(const QStringList &args, const QString &dataDir) : m_args(args)
{
    if (dataDir.isEmpty()) {
        m_tmp = std::make_unique<QTemporaryDir>();
        m_dir = m_tmp->path();
    } else {
        m_dir = dataDir;
    }
}

TestServer::~TestServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString TestServer::binary() { return QStringLiteral(PITCHSIDE_SERVER_BINARY); }

QString TestServer::databasePath() const { return m_dir + QStringLiteral("/pitchside-server.sqlite"); }

bool TestServer::start(int timeoutMs)
{
    m_lines.clear();
    m_url.clear();
    QStringList args = {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"), m_dir};
    if (!m_args.contains(QStringLiteral("--pbkdf2-iterations")))
        args << QStringLiteral("--pbkdf2-iterations") << QStringLiteral("1000");
    args << m_args;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    m_process.setProcessEnvironment(env);
    m_process.start(binary(), args);
    if (!m_process.waitForStarted(10000))
        return false;
    QElapsedTimer t;
    t.start();
    QByteArray buffer;
    while (t.elapsed() < timeoutMs) {
        m_process.waitForReadyRead(100);
        buffer += m_process.readAllStandardOutput();
        if (buffer.contains('\n'))
            break;
        if (m_process.state() == QProcess::NotRunning)
            return false;
    }
    const int nl = buffer.indexOf('\n');
    if (nl < 0)
        return false;
    m_url = QString::fromUtf8(buffer.left(nl)).trimmed();
    // Lines after the URL (sign-in details) arrive right behind it.
    QElapsedTimer more;
    more.start();
    while (more.elapsed() < 300) {
        m_process.waitForReadyRead(50);
        buffer += m_process.readAllStandardOutput();
    }
    m_lines = QString::fromUtf8(buffer).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return m_url.startsWith(QLatin1String("http://"));
}

void TestServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    m_process.waitForFinished(15000);
}

void TestServer::kill()
{
    m_process.kill();
    m_process.waitForFinished(5000);
}

QByteArray TestServer::stderrText() { return m_process.readAllStandardError(); }

json Reply::doc() const
{
    return nlohmann::ordered_json::parse(body.constBegin(), body.constEnd(), nullptr, false);
}

std::string Reply::code() const
{
    const auto j = doc();
    if (!j.is_object() || !j.contains("error") || !j["error"].is_object())
        return {};
    return j["error"].value("code", std::string());
}

std::string Reply::rule() const
{
    const auto j = doc();
    if (!j.is_object() || !j.contains("error") || !j["error"].contains("details"))
        return {};
    return j["error"]["details"].value("rule", std::string());
}

Reply Http::request(const QByteArray &method, const QString &path, const QByteArray &body,
                    const QHash<QByteArray, QByteArray> &headers, int timeoutMs)
{
    QNetworkRequest req(QUrl(m_base + path));
    req.setTransferTimeout(timeoutMs);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH")
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    for (auto it = headers.constBegin(); it != headers.constEnd(); ++it)
        req.setRawHeader(it.key(), it.value());
    QNetworkReply *reply = m_nam.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.networkError = int(reply->error());
    for (const auto &h : reply->rawHeaderPairs())
        r.headers.insert(h.first.toLower(), h.second);
    reply->deleteLater();
    return r;
}

Reply Http::get(const QString &path, const QHash<QByteArray, QByteArray> &headers)
{
    return request("GET", path, {}, headers);
}

static QByteArray dump(const json &j) { return QByteArray::fromStdString(j.dump()); }

Reply Http::post(const QString &path, const json &body, const QHash<QByteArray, QByteArray> &headers)
{
    return request("POST", path, body.is_null() ? QByteArray() : dump(body), headers);
}

Reply Http::put(const QString &path, const json &body, const QHash<QByteArray, QByteArray> &headers)
{
    return request("PUT", path, dump(body), headers);
}

Reply Http::patch(const QString &path, const json &body, const QHash<QByteArray, QByteArray> &headers)
{
    return request("PATCH", path, dump(body), headers);
}

Reply Http::del(const QString &path, const QHash<QByteArray, QByteArray> &headers)
{
    return request("DELETE", path, {}, headers);
}

json Http::signUp(const QString &name, QString *email)
{
    const QString mail = QStringLiteral("user-%1@example.fr").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    if (email)
        *email = mail;
    const Reply r = post(QStringLiteral("/api/auth/register"),
                         {{"email", mail.toStdString()}, {"password", "Motdepasse2026"}, {"name", name.toStdString()}});
    const json d = r.data();
    if (d.is_object() && d.contains("access_token"))
        m_token = QString::fromStdString(d["access_token"].get<std::string>());
    return d;
}

json Http::signIn(const QString &email, const QString &password)
{
    const Reply r = post(QStringLiteral("/api/auth/login"),
                         {{"email", email.toStdString()}, {"password", password.toStdString()}});
    const json d = r.data();
    if (d.is_object() && d.contains("access_token"))
        m_token = QString::fromStdString(d["access_token"].get<std::string>());
    return d;
}

QByteArray Http::raw(const QByteArray &requestBytes, int timeoutMs, bool *closed)
{
    const QUrl u(m_base);
    QTcpSocket socket;
    socket.connectToHost(u.host(), quint16(u.port()));
    *closed = false;
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(requestBytes);
    QByteArray out;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        if (socket.waitForReadyRead(50))
            out += socket.readAll();
        if (socket.state() == QAbstractSocket::UnconnectedState) {
            out += socket.readAll();
            *closed = true;
            break;
        }
    }
    return out;
}

QByteArray Http::rawRequest(const QByteArray &method, const QString &path, const QByteArray &body, int timeoutMs,
                            bool *closed, const QHash<QByteArray, QByteArray> &headers)
{
    const QUrl u(m_base);
    QByteArray req = method + ' ' + path.toUtf8() + " HTTP/1.1\r\nHost: " + u.host().toLatin1() + ':'
        + QByteArray::number(u.port()) + "\r\n";
    if (!m_token.isEmpty())
        req += "Authorization: Bearer " + m_token.toLatin1() + "\r\n";
    for (auto it = headers.constBegin(); it != headers.constEnd(); ++it)
        req += it.key() + ": " + it.value() + "\r\n";
    req += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return raw(req, timeoutMs, closed);
}

QByteArray gunzip(const QByteArray &data)
{
    z_stream zs{};
    if (inflateInit2(&zs, 15 + 16) != Z_OK)
        return {};
    QByteArray out;
    char buf[65536];
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    int rc = Z_OK;
    while (rc == Z_OK) {
        zs.next_out = reinterpret_cast<Bytef *>(buf);
        zs.avail_out = sizeof buf;
        rc = inflate(&zs, Z_NO_FLUSH);
        out.append(buf, int(sizeof buf - zs.avail_out));
    }
    inflateEnd(&zs);
    return rc == Z_STREAM_END ? out : QByteArray();
}

QByteArray ifMatch(qint64 version) { return '"' + QByteArray::number(version) + '"'; }

void pump(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}
