#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace pitchside::sync::auth {

// The OS keychain (Secret Service, macOS Keychain, Windows Credential
// Manager) through QtKeychain, as small asynchronous jobs. Nothing is ever
// written anywhere else: without a keychain, callers keep tokens in memory
// only and tell the user ("no secure storage available").
class Keychain : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Ok,
        NotFound,    // no entry under this key
        Unavailable, // no keychain service, or it is locked or refused us
        Failed,      // the keychain answered with an error
    };
    struct Result
    {
        Status status = Status::Failed;
        QByteArray data;
        QString error; // QtKeychain's text, for the log
    };
    using Done = std::function<void(const Result &)>;

    explicit Keychain(QString service = QStringLiteral("Pitchside"), QObject *parent = nullptr);

    QString service() const { return m_service; }

    // `done` runs on this object's thread, unless `context` is gone.
    void read(const QString &key, QObject *context, Done done);
    void write(const QString &key, const QByteArray &data, QObject *context, Done done);
    void remove(const QString &key, QObject *context, Done done);

    // Blocking forms for the command line (they spin a local event loop).
    Result readNow(const QString &key);
    Result writeNow(const QString &key, const QByteArray &data);
    Result removeNow(const QString &key);

private:
    QString m_service;
};

} // namespace pitchside::sync::auth
