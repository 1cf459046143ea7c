#include "Application.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication qapp(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Pitchside"));
    QApplication::setOrganizationDomain(QStringLiteral("pitchside.app"));
    QApplication::setApplicationName(QStringLiteral("Pitchside"));
    QApplication::setApplicationDisplayName(QStringLiteral("Pitchside"));
    QApplication::setApplicationVersion(QStringLiteral(PITCHSIDE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("app.pitchside.Pitchside"));

    pitchside::app::Application app(qapp);
    return app.run();
}
