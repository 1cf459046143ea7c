// The floor of bench_startup: the least a Qt Widgets window costs to start
// and paint, with the same Qt libraries and the same probe as Pitchside.
//
//   bench_bare_window [--one-label]
//
// --one-label adds one line of text and a one-menu menu bar: what any
// window that shows words pays on top (the font database, fontconfig, the
// first glyphs). The benchmark prints it beside the floor, for scale.
#include "app/FirstPaintProbe.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>

int main(int argc, char *argv[])
{
    pitchside::app::FirstPaintProbe::mark("main");
    QApplication app(argc, argv);
    pitchside::app::FirstPaintProbe::mark("qapplication");
    QMainWindow window;
    window.resize(1280, 760);
    if (QApplication::arguments().contains(QStringLiteral("--one-label"))) {
        window.setCentralWidget(new QLabel(QStringLiteral("Calendrier")));
        window.menuBar()->addMenu(QStringLiteral("&Fichier"));
    }
    pitchside::app::FirstPaintProbe::watch(&window);
    window.show();
    return app.exec();
}
