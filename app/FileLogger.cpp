#include "FileLogger.h"

#include "models/PrivateFiles.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QRegularExpression>

#include <cstdio>

namespace pitchside::app::FileLogger {

namespace {

constexpr qint64 kMaxBytes = 1024 * 1024;
constexpr int kKeep = 5;

QMutex g_mutex;
QFile *g_file = nullptr;
QString g_path;
QtMessageHandler g_previous = nullptr;

void rotate()
{
    g_file->close();
    QFile::remove(g_path + QStringLiteral(".%1").arg(kKeep));
    for (int i = kKeep - 1; i >= 1; --i)
        QFile::rename(g_path + QStringLiteral(".%1").arg(i), g_path + QStringLiteral(".%1").arg(i + 1));
    QFile::rename(g_path, g_path + QStringLiteral(".1"));
    g_file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString clean = redact(message);
    {
        QMutexLocker lock(&g_mutex);
        if (g_file && g_file->isOpen()) {
            // When the line was written, to be read beside the server's and
            // the system's logs: the system clock, not the Clock a test sets.
            const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' ' +
                                    levelName(type) + ' ' + (context.category ? context.category : "default") +
                                    ": " + clean.toUtf8() + '\n';
            g_file->write(line);
            g_file->flush();
            if (g_file->size() > kMaxBytes)
                rotate();
        }
    }
    if (g_previous)
        g_previous(type, context, clean);
}

} // namespace

QString redact(const QString &message)
{
    // Bearer tokens, JWTs, and "password"/"token" JSON or form values.
    static const QRegularExpression bearer(QStringLiteral("(Bearer\\s+)[A-Za-z0-9._~+/=-]+"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression jwt(QStringLiteral("eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*"));
    static const QRegularExpression field(
        QStringLiteral("(\"?(?:password|access_token|refresh_token|token|secret|code_verifier)\"?\\s*[:=]\\s*\"?)"
                       "[^\"&,\\s}]+"),
        QRegularExpression::CaseInsensitiveOption);
    QString out = message;
    out.replace(bearer, QStringLiteral("\\1[redacted]"));
    out.replace(jwt, QStringLiteral("[redacted-jwt]"));
    out.replace(field, QStringLiteral("\\1[redacted]"));
    return out;
}

bool install(const QString &directory)
{
    if (!PrivateFiles::makeDir(directory))
        return false;
    auto *file = new QFile(QDir(directory).filePath(QStringLiteral("pitchside.log")));
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        delete file;
        return false;
    }
    file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QMutexLocker lock(&g_mutex);
    g_file = file;
    g_path = file->fileName();
    g_previous = qInstallMessageHandler(handler);
    return true;
}

QString currentFile()
{
    return g_path;
}

} // namespace pitchside::app::FileLogger
