#pragma once

// Helpers shared by the calendar and editor widget tests: the language
// switch (as app/Translations.cpp installs it), synthetic drag and drop, and
// where screenshots go.
#include <QPoint>
#include <QString>

class QMimeData;
class QWidget;

namespace uitest {

// Removes every translator, then installs the app's for `language` ("fr", "en").
void useLanguage(const QString &language);

// Delivers a drag enter, a move and a drop of `mime` at `pos` (target's
// coordinates) the way Qt delivers them at the end of a real drag.
// Returns whether the drop was accepted.
bool drop(QWidget *target, const QPoint &pos, const QMimeData &mime);

// PITCHSIDE_SCREENSHOT_DIR when set (docs/screenshots), else empty: tests
// then still render every view, to a temporary folder.
QString screenshotDir();
bool saveShot(QWidget *widget, const QString &dir, const QString &name);

} // namespace uitest
