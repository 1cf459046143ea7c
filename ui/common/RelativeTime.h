#pragma once

#include "models/Clock.h"

#include <QDateTime>
#include <QString>

namespace pitchside::ui::RelativeTime {

// "just now", "5 min ago", "yesterday at 14:05", "on 3 March" — in the
// application's language; absolute times belong in the tooltip.
QString describe(const QDateTime &when, const QDateTime &now = Clock::nowLocal());

} // namespace pitchside::ui::RelativeTime
