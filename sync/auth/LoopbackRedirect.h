#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace pitchside::sync::auth {

// The app's end of an OAuth redirect (RFC 8252 §7.3): a listener on
// 127.0.0.1 only, on a port the system picks, waiting for the browser to come
// back to http://127.0.0.1:<port>/callback. It makes the flow's `state` and
// its PKCE pair (RFC 7636, S256), takes exactly one callback whose state
// matches (others are answered and ignored), answers the browser "you can
// close this tab", then closes. Nothing of the code or the verifier is logged.
class LoopbackRedirect : public QObject
{
    Q_OBJECT
public:
    explicit LoopbackRedirect(QObject *parent = nullptr);
    ~LoopbackRedirect() override;

    // Listens; false when no port could be opened. `waitMs`: how long the
    // browser has to come back (5 minutes for people).
    bool listen(int waitMs = 5 * 60 * 1000);
    void close();
    bool isListening() const;

    QUrl redirectUri() const;      // http://127.0.0.1:<port>/callback
    QString state() const { return m_state; }
    QString codeVerifier() const { return m_verifier; }
    QString codeChallenge() const; // base64url(SHA-256(verifier)), no padding

    // The browser pages' words (the app's language).
    void setPages(QString doneTitle, QString doneText, QString ignoredText);

    // RFC 7636 §4.1: 43–128 characters of [A-Za-z0-9-._~]; here 43, from
    // 32 bytes of the system's random source.
    static QString makeVerifier();
    static QString challengeOf(const QString &verifier);

Q_SIGNALS:
    void codeReceived(const QString &code);
    // A social account connection's return: result=connected&account_id=…
    void accountConnected(const QString &accountId);
    void denied(const QString &error); // the provider or the user said no (error=…)
    void timedOut();

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);
    void answer(QTcpSocket *socket, int status, const QString &title, const QString &text);

    QTcpServer *m_server = nullptr;
    QTimer m_timeout;
    QString m_state;
    QString m_verifier;
    QString m_doneTitle, m_doneText, m_ignoredText;
    bool m_finished = false;
};

} // namespace pitchside::sync::auth
