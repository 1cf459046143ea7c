#include "models/PrivateFiles.h"
#include "Application.h"
#include "FirstPaintProbe.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    pitchside::app::FirstPaintProbe::mark("main");
    pitchside::PrivateFiles::restrictNewFiles(); // before anything is written
    QApplication qapp(argc, argv);
    pitchside::app::FirstPaintProbe::mark("qapplication");
    QApplication::setOrganizationName(QStringLiteral("Pitchside"));
    QApplication::setOrganizationDomain(QStringLiteral("pitchside.app"));
    QApplication::setApplicationName(QStringLiteral("Pitchside"));
    QApplication::setApplicationDisplayName(QStringLiteral("Pitchside"));
    QApplication::setApplicationVersion(QStringLiteral(PITCHSIDE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("app.pitchside.Pitchside"));

    pitchside::app::Application app(qapp);
    return app.run();
}
