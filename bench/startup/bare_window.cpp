// The floor of bench_startup: the least a Qt Widgets window costs to start
// and paint, with the same Qt libraries and the same probe as Pitchside.
#include "app/FirstPaintProbe.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1280, 760);
    pitchside::app::FirstPaintProbe::watch(&window);
    window.show();
    return app.exec();
}
