#pragma once

#include "models/PostStatus.h"

#include <QColor>
#include <QString>

namespace pitchside::ui::Theme {

// Light and dark palettes over the Fusion style, one accent colour, and the
// status colours used everywhere (UX.md "Visual language").
enum class Mode { System, Light, Dark };

QString modeKey(Mode mode); // "system", "light", "dark"
Mode modeFromKey(const QString &key);

// Call once the QApplication exists (and again when the setting changes).
void apply(Mode mode);
bool isDark();

QColor accent();
QColor onAccent();   // text drawn on the accent
QColor accentText(); // accent-coloured text with ≥ 4.5:1 on the base and on accent tints of it
QColor focusRing();  // the outline of whatever has the keyboard focus
QColor mutedText();  // secondary text with ≥ 4.5:1 contrast on the window
QColor border();
QColor card();       // raised surfaces: cards, the navigation rail
QColor statusColor(PostStatus status);
QColor matchColor(); // matches on the calendar
QColor eventColor(); // events on the calendar
QColor warning();
QColor danger();
QColor success();

constexpr int spacing = 8; // the grid unit

} // namespace pitchside::ui::Theme
