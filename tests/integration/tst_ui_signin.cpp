// The sign-in dialog, driven like a person would (offscreen): each failure
// says what happened in words, and a good password signs in.
#include "SyncFixture.h"
#include "ui/accounts/SignInDialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QFile>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace pitchside;
using namespace pitchside::test;

namespace {

// Something that answers HTTP, but is not a Pitchside server.
class WebPage : public QTcpServer
{
public:
    WebPage()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *s = nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [s] {
                s->readAll();
                const QByteArray body = "<html><body><h1>Welcome to my club!</h1></body></html>";
                s->write("HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nContent-Length: " +
                         QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                s->disconnectFromHost();
            });
        });
        listen(QHostAddress(QHostAddress::LocalHost));
    }
};

// An HTTPS server whose certificate nobody trusts (self-signed).
class UntrustedTls : public QSslServer
{
public:
    explicit UntrustedTls(const QString &dir)
    {
        const QString key = dir + QStringLiteral("/key.pem");
        const QString cert = dir + QStringLiteral("/cert.pem");
        m_made = QProcess::execute(
            QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
             QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
             QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        QFile k(key), c(cert);
        if (k.open(QIODevice::ReadOnly) && c.open(QIODevice::ReadOnly)) {
            config.setPrivateKey(QSslKey(&k, QSsl::Rsa));
            config.setLocalCertificate(QSslCertificate(&c));
        }
        setSslConfiguration(config);
        listen(QHostAddress(QHostAddress::LocalHost));
    }

    // Made, and valid now: refused for trust alone, not for a failed openssl
    // or dates. "Now" is the system's (faketime's, in CI's second run, for
    // openssl and the TLS stack alike), which is what certificates are
    // checked against — not the app's Clock.
    bool madeAndCurrent() const
    {
        const QSslCertificate cert = sslConfiguration().localCertificate();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        return m_made == 0 && !cert.isNull() && cert.effectiveDate() <= now && now < cert.expiryDate();
    }

private:
    int m_made = -1;
};

} // namespace

class TstUiSignIn : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestServer m_server;
    std::unique_ptr<RemoteUser> m_user;

    // Fills the form, clicks Sign in, waits for the outcome; returns the
    // error shown (empty when signed in).
    QString attempt(ui::SignInDialog &dialog, const QString &server, const QString &email, const QString &password,
                    bool *signedIn = nullptr)
    {
        auto edits = dialog.findChildren<QLineEdit *>();
        QLineEdit *serverEdit = edits.at(0);
        QLineEdit *emailEdit = edits.at(1);
        QLineEdit *passwordEdit = edits.at(2);
        serverEdit->clear();
        QTest::keyClicks(serverEdit, server);
        emailEdit->clear();
        QTest::keyClicks(emailEdit, email);
        passwordEdit->clear();
        QTest::keyClicks(passwordEdit, password);
        QSignalSpy done(&dialog, &ui::SignInDialog::signedIn);
        QPushButton *submit = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
            if (b->text() == ui::SignInDialog::tr("Sign in"))
                submit = b;
        }
        if (!submit)
            return QStringLiteral("no Sign in button");
        QTest::mouseClick(submit, Qt::LeftButton);
        waitFor([&] { return !dialog.errorText().isEmpty() || done.count() > 0; }, 30000);
        if (signedIn)
            *signedIn = done.count() > 0;
        return dialog.errorText();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start(m_dir.filePath(QStringLiteral("server"))));
        m_user = std::make_unique<RemoteUser>(m_server, QStringLiteral("ui@club.test"));
        QVERIFY(m_user->registerUser());
    }

    void cleanupTestCase() { m_server.stop(); }

    void errorsInWords_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("expected");
        QTcpServer probe;
        probe.listen(QHostAddress(QHostAddress::LocalHost));
        const QString closed = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
        probe.close();
        QTest::newRow("wrong password") << m_server.url().toString() << QStringLiteral("nope nope nope")
                                        << QStringLiteral("password is not right");
        QTest::newRow("unreachable") << closed << QStringLiteral("whatever1234") << QStringLiteral("cannot reach");
        QTest::newRow("not encrypted") << QStringLiteral("http://pitchside.example.org")
                                       << QStringLiteral("whatever1234") << QStringLiteral("not encrypted");
        QTest::newRow("not a pitchside path") << m_server.url().toString() + QStringLiteral("/nothing-here")
                                              << QStringLiteral("whatever1234") << QStringLiteral("not a Pitchside server");
    }

    void errorsInWords()
    {
        QFETCH(QString, server);
        QFETCH(QString, password);
        QFETCH(QString, expected);
        ui::SignInDialog dialog;
        dialog.show();
        const QString error = attempt(dialog, server, m_user->email(), password);
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(dialog.isVisible()); // the user can correct and try again
    }

    void notAPitchsideServer()
    {
        WebPage page;
        ui::SignInDialog dialog;
        dialog.show();
        const QString error =
            attempt(dialog, QStringLiteral("http://127.0.0.1:%1").arg(page.serverPort()), m_user->email(),
                    QStringLiteral("whatever1234"));
        QVERIFY2(error.contains(QStringLiteral("not a Pitchside server")), qPrintable(error));
    }

    void untrustedCertificate()
    {
        UntrustedTls tls(m_dir.path());
        QVERIFY(tls.isListening());
        QVERIFY(tls.madeAndCurrent());
        ui::SignInDialog dialog;
        dialog.show();
        const QString error = attempt(dialog, QStringLiteral("https://127.0.0.1:%1").arg(tls.serverPort()),
                                      m_user->email(), QStringLiteral("whatever1234"));
        QVERIFY2(error.contains(QStringLiteral("secure connection")), qPrintable(error));
    }

    void signsIn()
    {
        ui::SignInDialog dialog;
        dialog.show();
        bool signedIn = false;
        const QString error = attempt(dialog, m_server.url().toString(), m_user->email(), m_user->password(), &signedIn);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(signedIn);
        QVERIFY(dialog.result().ok());
        QCOMPARE(dialog.result().session.user.email, m_user->email());
        QVERIFY(!dialog.isVisible());
    }

    // Issue 11, defect 10: an error squashed the fields instead of growing
    // the dialog.
    void anErrorGrowsTheDialog()
    {
        ui::SignInDialog dialog;
        dialog.resize(480, dialog.sizeHint().height());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const int before = dialog.height();
        const QString error = attempt(dialog, m_server.url().toString(), m_user->email(), QStringLiteral("nope nope"));
        QVERIFY(!error.isEmpty());
        QCoreApplication::processEvents();
        QVERIFY2(dialog.height() > before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(dialog.height())));
        for (QLineEdit *e : dialog.findChildren<QLineEdit *>())
            QVERIFY2(e->height() >= e->minimumHeight() && e->height() >= e->sizeHint().height(),
                     qPrintable(QStringLiteral("%1: %2 high").arg(e->accessibleName()).arg(e->height())));
        auto *shown = dialog.findChild<QLabel *>(QStringLiteral("SignInError"));
        QVERIFY(shown);
        QVERIFY(shown->height() >= shown->heightForWidth(shown->width()));
    }

    // Issue 11, defect 5: the server field is explained before it is wrong,
    // and the first run welcomes with "Work without an account".
    void serverFieldSaysWhatToWrite()
    {
        ui::SignInDialog dialog;
        dialog.show();
        auto *hint = dialog.findChild<QLabel *>(QStringLiteral("SignInServerHint"));
        QVERIFY(hint);
        QVERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(QStringLiteral("https://api.monclub.fr")));
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("WorkWithoutAccount")) == nullptr);
    }

    void welcomeOffersToWorkWithoutAnAccount()
    {
        ui::SignInDialog dialog;
        dialog.setWelcome(true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *title = dialog.findChild<QLabel *>(QStringLiteral("SignInTitle"));
        QVERIFY(title);
        QCOMPARE(title->text(), ui::SignInDialog::tr("Welcome to Pitchside"));
        auto *offline = dialog.findChild<QPushButton *>(QStringLiteral("WorkWithoutAccount"));
        QVERIFY(offline);
        QVERIFY(offline->isVisible() && offline->isEnabled());
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QTest::mouseClick(offline, Qt::LeftButton);
        QCOMPARE(rejected.count(), 1);
        QVERIFY(!dialog.isVisible());
    }

    // Issue 13: "Continue with Google / Meta / LinkedIn" in the dialog. The
    // browser is an HTTP client that follows the redirects.
    void signsInWithAProvider()
    {
        ui::SignInDialog dialog;
        QNetworkAccessManager browser;
        int opened = 0;
        dialog.setBrowserOpener([&](const QUrl &url) {
            ++opened;
            QNetworkReply *reply = browser.get(QNetworkRequest(url));
            connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
            return true;
        });
        dialog.show();
        auto *server = dialog.findChildren<QLineEdit *>().at(0);
        server->clear();
        QTest::keyClicks(server, m_server.url().toString());
        QSignalSpy done(&dialog, &ui::SignInDialog::signedIn);
        QPushButton *google = dialog.providerButton(QStringLiteral("google"));
        QVERIFY(google && google->isEnabled());
        QVERIFY(!google->icon().isNull());
        QTest::mouseClick(google, Qt::LeftButton);
        QVERIFY(waitFor([&] { return done.count() > 0 || !dialog.errorText().isEmpty(); }, 30000));
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QCOMPARE(opened, 1);
        QCOMPARE(dialog.result().session.user.email, QStringLiteral("google.demo@pitchside.test"));
        QCOMPARE(dialog.result().server, m_server.url());
    }

    void waitingForTheBrowserCanBeStopped()
    {
        ui::SignInDialog dialog;
        dialog.setWelcome(true);
        dialog.setBrowserOpener([](const QUrl &) { return true; }); // a browser nobody uses
        dialog.show();
        auto *server = dialog.findChildren<QLineEdit *>().at(0);
        server->clear();
        QTest::keyClicks(server, m_server.url().toString());
        QTest::mouseClick(dialog.providerButton(QStringLiteral("meta")), Qt::LeftButton);
        QVERIFY(waitFor([&] { return !dialog.statusText().isEmpty(); }));
        QVERIFY2(dialog.statusText().contains(QStringLiteral("Meta")), qPrintable(dialog.statusText()));
        QPushButton *stop = dialog.findChild<QPushButton *>(QStringLiteral("WorkWithoutAccount"));
        QVERIFY(stop);
        QCOMPARE(stop->text(), ui::SignInDialog::tr("Stop waiting"));
        QVERIFY(!dialog.providerButton(QStringLiteral("google"))->isEnabled());
        const QString file = QString::fromLocal8Bit(qgetenv("PITCHSIDE_SCREENSHOT_DIR"));
        if (!file.isEmpty())
            QVERIFY(dialog.grab().save(file + QStringLiteral("/signin-provider-waiting.png")));
        QTest::mouseClick(stop, Qt::LeftButton);
        // Stopped, not closed: the dialog is back as it was.
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.statusText().isEmpty());
        QVERIFY(dialog.errorText().isEmpty());
        QCOMPARE(stop->text(), ui::SignInDialog::tr("Work without an account"));
        QVERIFY(dialog.providerButton(QStringLiteral("google"))->isEnabled());
        QVERIFY(!dialog.providerSignIn().isRunning());
    }

    void picture()
    {
        // For people to look at (docs/screenshots is the lead's; this is ours).
        ui::SignInDialog dialog;
        dialog.show();
        attempt(dialog, m_server.url().toString(), m_user->email(), QStringLiteral("nope nope nope"));
        const QString file = QString::fromLocal8Bit(qgetenv("PITCHSIDE_SCREENSHOT_DIR"));
        if (!file.isEmpty())
            QVERIFY(dialog.grab().save(file + QStringLiteral("/signin-dialog.png")));
        ui::SignInDialog welcome;
        welcome.setWelcome(true);
        welcome.show();
        QVERIFY(QTest::qWaitForWindowExposed(&welcome));
        if (!file.isEmpty())
            QVERIFY(welcome.grab().save(file + QStringLiteral("/signin-welcome.png")));
    }
};

QTEST_MAIN(TstUiSignIn)
#include "tst_ui_signin.moc"
