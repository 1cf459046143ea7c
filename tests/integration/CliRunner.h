#pragma once

// Runs pitchside-cli as a separate process, as a script would.
#include <QProcess>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace pitchside::test {

struct CliResult
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
    QString line() const { return QString::fromUtf8(out).trimmed(); }
    nlohmann::json json() const
    {
        const auto j = nlohmann::json::parse(out.constBegin(), out.constEnd(), nullptr, false);
        return j.is_discarded() ? nlohmann::json() : j;
    }
};

class CliRunner
{
public:
    explicit CliRunner(QString dataDir) : m_dataDir(std::move(dataDir)) {}

    CliResult run(const QStringList &args, const QByteArray &input = {}, const QStringList &env = {}) const
    {
        QProcess p;
        start(p, args, env);
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(120000);
        return {p.exitCode(), p.exitStatus() == QProcess::CrashExit, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }

    // Starts without waiting (the crash test kills it).
    void start(QProcess &p, const QStringList &args, const QStringList &env = {}) const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const QString &kv : env)
            e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(PITCHSIDE_CLI), QStringList{QStringLiteral("--data-dir"), m_dataDir} + args);
        p.waitForStarted(10000);
    }

private:
    QString m_dataDir;
};

} // namespace pitchside::test
