#include "LoopbackRedirect.h"

#include "../Logging.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

namespace pitchside::sync::auth {

namespace {

constexpr int kMaxRequestBytes = 16 * 1024; // a request line and headers, no body
constexpr int kConnectionMs = 10000;        // a connection that sends nothing useful is dropped

QString base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray randomBytes(int n)
{
    QByteArray bytes(n, Qt::Uninitialized);
    // QRandomGenerator::system() reads the operating system's CSPRNG.
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), n / 4);
    return bytes;
}

} // namespace

LoopbackRedirect::LoopbackRedirect(QObject *parent) : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_finished)
            return;
        m_finished = true;
        close();
        Q_EMIT timedOut();
    });
}

LoopbackRedirect::~LoopbackRedirect() = default;

QString LoopbackRedirect::makeVerifier()
{
    return base64Url(randomBytes(32));
}

QString LoopbackRedirect::challengeOf(const QString &verifier)
{
    return base64Url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256));
}

QString LoopbackRedirect::codeChallenge() const
{
    return challengeOf(m_verifier);
}

void LoopbackRedirect::setPages(QString doneTitle, QString doneText, QString ignoredText)
{
    m_doneTitle = std::move(doneTitle);
    m_doneText = std::move(doneText);
    m_ignoredText = std::move(ignoredText);
}

bool LoopbackRedirect::listen(int waitMs)
{
    close();
    m_finished = false;
    m_state = base64Url(randomBytes(24));
    m_verifier = makeVerifier();
    m_server = new QTcpServer(this);
    // Loopback only, never all interfaces: nobody else on the stadium's
    // Wi-Fi may knock on this port.
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        qCWarning(lcAuth) << "cannot listen on 127.0.0.1 for the browser's return:" << m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return false;
    }
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackRedirect::onConnection);
    m_timeout.start(waitMs);
    return true;
}

void LoopbackRedirect::close()
{
    m_timeout.stop();
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
}

bool LoopbackRedirect::isListening() const
{
    return m_server && m_server->isListening();
}

QUrl LoopbackRedirect::redirectUri() const
{
    if (!isListening())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server->serverPort());
    url.setPath(QStringLiteral("/callback"));
    return url;
}

void LoopbackRedirect::onConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        socket->setParent(this); // outlives the listener, which closes once answered
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(kConnectionMs, socket, [guard] {
            if (guard)
                guard->abort();
        });
    }
}

void LoopbackRedirect::onReadable(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("request").toByteArray() + socket->readAll();
    if (buffer.size() > kMaxRequestBytes) {
        socket->abort();
        return;
    }
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        socket->setProperty("request", buffer);
        return;
    }
    socket->setProperty("request", QByteArray());
    const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || requestLine[0] != "GET") {
        answer(socket, 405, m_doneTitle, m_ignoredText);
        return;
    }
    const QUrl target = QUrl::fromEncoded("http://127.0.0.1" + requestLine[1], QUrl::StrictMode);
    if (!target.isValid() || target.path() != u"/callback") {
        answer(socket, 404, m_doneTitle, m_ignoredText);
        return;
    }
    const QUrlQuery query(target);
    const QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    if (m_finished || state.isEmpty() || state != m_state) {
        // Not this flow's answer (a stale tab, another site): said, ignored.
        qCInfo(lcAuth) << "ignored a browser return that does not carry this sign-in's state";
        answer(socket, 400, m_doneTitle, m_ignoredText);
        return;
    }
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    const QString result = query.queryItemValue(QStringLiteral("result"), QUrl::FullyDecoded);
    const QString accountId = query.queryItemValue(QStringLiteral("account_id"), QUrl::FullyDecoded);
    m_finished = true;
    answer(socket, 200, m_doneTitle, m_doneText);
    close(); // exactly one callback: the next browser to come finds nothing
    if (error.isEmpty() && result == u"connected" && !accountId.isEmpty())
        Q_EMIT accountConnected(accountId.left(100));
    else if (!code.isEmpty() && error.isEmpty())
        Q_EMIT codeReceived(code);
    else
        Q_EMIT denied(error.isEmpty() ? QStringLiteral("no_code") : error.left(100));
}

void LoopbackRedirect::answer(QTcpSocket *socket, int status, const QString &title, const QString &text)
{
    static const QHash<int, QByteArray> reasons = {
        {200, "OK"}, {400, "Bad Request"}, {404, "Not Found"}, {405, "Method Not Allowed"}};
    const QByteArray html = "<!doctype html><html><head><meta charset=\"utf-8\"><title>"
                            + title.toHtmlEscaped().toUtf8()
                            + "</title></head><body style=\"font-family:sans-serif;margin:3em\"><h1>"
                            + title.toHtmlEscaped().toUtf8() + "</h1><p>" + text.toHtmlEscaped().toUtf8()
                            + "</p></body></html>";
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasons.value(status) + "\r\n";
    out += "Content-Type: text/html; charset=utf-8\r\n";
    out += "Cache-Control: no-store\r\n";
    out += "Referrer-Policy: no-referrer\r\n"; // the code stays out of any next page's Referer
    out += "Connection: close\r\n";
    out += "Content-Length: " + QByteArray::number(html.size()) + "\r\n\r\n";
    out += html;
    socket->write(out);
    socket->disconnectFromHost();
}

} // namespace pitchside::sync::auth
