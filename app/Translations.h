#pragma once

#include <QString>

namespace pitchside::app {

// Picks the interface language (command line, then preferences, then the
// system locale: French for French systems, English otherwise), sets the
// default QLocale accordingly and installs Pitchside's and Qt's translators.
// Returns the language code in use ("fr" or "en").
QString installTranslations(const QString &commandLine, const QString &preference);

} // namespace pitchside::app
