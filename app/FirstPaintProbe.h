#pragma once

#include <QObject>

class QWidget;

namespace pitchside::app {

// For the start-up benchmark (bench/startup): when the environment has
// PITCHSIDE_BENCH_FIRST_PAINT, prints "first-paint <ms since process start>
// <peak RSS kB>" once the window has painted, and quits. Shared with the
// bare reference window the benchmark compares against.
class FirstPaintProbe : public QObject
{
    Q_OBJECT
public:
    static bool requested();
    static void watch(QWidget *window);
    // When requested, prints "stage <name> <ms since process start>": where
    // the start-up time goes, for the benchmark's breakdown.
    static void mark(const char *stage);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
    bool m_done = false;
};

} // namespace pitchside::app
