#include "Keychain.h"

#include "../Logging.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QPointer>

#include <qt6keychain/keychain.h>

namespace pitchside::sync::auth {

namespace {

Keychain::Result resultOf(QKeychain::Job *job)
{
    Keychain::Result r;
    r.error = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        r.status = Keychain::Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        r.status = Keychain::Status::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::OtherError:
        // Without a Secret Service QtKeychain reports OtherError (a D-Bus
        // failure) or AccessDenied (a locked collection): both mean there is
        // no secure storage we can use.
        r.status = Keychain::Status::Unavailable;
        break;
    default:
        r.status = Keychain::Status::Failed;
        break;
    }
    return r;
}

template <class Job>
void run(Job *job, QObject *context, Keychain::Done done, const char *what)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file instead of the keychain
    QPointer<QObject> guard(context);
    QElapsedTimer timer;
    timer.start();
    QObject::connect(job, &QKeychain::Job::finished, job, [job, guard, done = std::move(done), what, timer] {
        Keychain::Result r = resultOf(job);
        if constexpr (std::is_same_v<Job, QKeychain::ReadPasswordJob>) {
            if (r.status == Keychain::Status::Ok)
                r.data = job->binaryData();
        }
        if (r.status != Keychain::Status::Ok && r.status != Keychain::Status::NotFound)
            qCInfo(lcAuth) << "keychain" << what << "failed:" << r.error;
        qCDebug(lcAuth) << "keychain" << what << "took" << timer.elapsed() << "ms";
        if (guard)
            done(r);
    });
    job->start();
}

Keychain::Result wait(const std::function<void(Keychain::Done)> &start)
{
    QEventLoop loop;
    Keychain::Result result;
    start([&](const Keychain::Result &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

} // namespace

Keychain::Keychain(QString service, QObject *parent) : QObject(parent), m_service(std::move(service)) {}

void Keychain::read(const QString &key, QObject *context, Done done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    run(job, context, std::move(done), "read");
}

void Keychain::write(const QString &key, const QByteArray &data, QObject *context, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setBinaryData(data);
    run(job, context, std::move(done), "write");
}

void Keychain::remove(const QString &key, QObject *context, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    run(job, context, std::move(done), "delete");
}

Keychain::Result Keychain::readNow(const QString &key)
{
    return wait([&](Done d) { read(key, this, std::move(d)); });
}

Keychain::Result Keychain::writeNow(const QString &key, const QByteArray &data)
{
    return wait([&](Done d) { write(key, data, this, std::move(d)); });
}

Keychain::Result Keychain::removeNow(const QString &key)
{
    return wait([&](Done d) { remove(key, this, std::move(d)); });
}

} // namespace pitchside::sync::auth
