// An ApiClient destroyed with requests in flight aborts them without calling
// their callbacks: its owner, whose members the callbacks use, is going away
// (a crash seen when the app quit while thumbnails were downloading). A
// local socket that accepts and never answers keeps the request in flight.
#include "sync/api/ApiClient.h"

#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace pitchside::sync::api;

namespace {

// Owns its client as a member declared before what its callbacks touch, so
// the members go first when it is destroyed, as in VariantDownloader.
class Owner : public QObject
{
public:
    explicit Owner(const QUrl &url) : m_api(ApiConfig{url}) {}

    void fetch(bool *called)
    {
        ApiRequest r;
        r.path = QStringLiteral("/api/media/a/content");
        r.authenticated = false;
        m_inflight.insert(r.path);
        m_api.send(r, this, [this, called, path = r.path](const ApiResponse &) {
            *called = true;
            m_inflight.remove(path);
        });
    }
    int inflight() const { return m_inflight.size(); }

private:
    ApiClient m_api;
    QSet<QString> m_inflight;
};

} // namespace

class TstApiClientLifetime : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void destroyedWithRequestsInFlight()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> accepted;
        connect(&silent, &QTcpServer::newConnection, this, [&] { accepted << silent.nextPendingConnection(); });

        bool called = false;
        auto owner = std::make_unique<Owner>(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())));
        owner->fetch(&called);
        owner->fetch(&called);
        QTRY_VERIFY(!accepted.isEmpty()); // the request reached the socket: it is in flight
        QCOMPARE(owner->inflight(), 1);
        owner.reset();
        QVERIFY(!called);
        QTest::qWait(50); // nothing queued runs afterwards either
        QVERIFY(!called);
    }

    void abortAllStillAnswers()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        ApiClient api(ApiConfig{QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()))});
        ApiRequest r;
        r.path = QStringLiteral("/api/ping");
        r.authenticated = false;
        ApiError::Kind kind = ApiError::Kind::None;
        api.send(r, this, [&](const ApiResponse &answer) { kind = answer.error.kind; });
        QTRY_VERIFY(silent.hasPendingConnections() || kind != ApiError::Kind::None);
        api.abortAll();
        QTRY_COMPARE(kind, ApiError::Kind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TstApiClientLifetime)
#include "tst_api_client_lifetime.moc"
