#include "FirstPaintProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace pitchside::app {

namespace {

// Milliseconds since this process started, from /proc (Linux) — the same
// clock for the app and the bare window.
double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = stat.readAll().split(' ');
    if (fields.size() < 22)
        return -1;
    const double startTicks = fields.at(21).toDouble();
    timespec boot{};
    clock_gettime(CLOCK_BOOTTIME, &boot);
    const double nowMs = boot.tv_sec * 1000.0 + boot.tv_nsec / 1e6;
    return nowMs - startTicks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

} // namespace

void FirstPaintProbe::mark(const char *stage)
{
    if (requested())
        std::printf("stage %s %.1f\n", stage, msSinceProcessStart());
}

bool FirstPaintProbe::requested()
{
    return qEnvironmentVariableIsSet("PITCHSIDE_BENCH_FIRST_PAINT");
}

void FirstPaintProbe::watch(QWidget *window)
{
    window->installEventFilter(new FirstPaintProbe(window));
}

bool FirstPaintProbe::eventFilter(QObject *, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_done) {
        m_done = true;
        // The window's own paint comes first; its children paint in the same
        // pass, so report once this event-loop turn is over.
        QTimer::singleShot(0, this, [] {
            std::printf("first-paint %.1f %ld\n", msSinceProcessStart(), peakRssKb());
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    }
    return false;
}

} // namespace pitchside::app
