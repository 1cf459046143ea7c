#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace pitchside::app {

QString installTranslations(const QString &commandLine, const QString &preference)
{
    QString language = commandLine;
    if (language.isEmpty() && preference != u"system")
        language = preference;
    if (language.isEmpty())
        language = QLocale::system().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");

    // Keep the system's regional formats when they match the language.
    const QLocale system = QLocale::system();
    const QLocale::Language wanted = language == u"fr" ? QLocale::French : QLocale::English;
    QLocale::setDefault(system.language() == wanted
                            ? system
                            : QLocale(wanted, wanted == QLocale::French ? QLocale::France : QLocale::UnitedKingdom));

    auto *own = new QTranslator(qApp);
    if (own->load(QStringLiteral(":/i18n/pitchside_%1.qm").arg(language)))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(qApp);
    if (qt->load(QLocale::system().language() == wanted ? QLocale::system() : QLocale(wanted), QStringLiteral("qtbase"),
                 QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return language;
}

} // namespace pitchside::app
