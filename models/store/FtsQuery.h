#pragma once

#include <QString>

namespace pitchside::store {

// Turns what a person typed into a safe FTS5 query: every word quoted (so
// FTS5 operators and punctuation in the text are not syntax), words AND-ed,
// the last one a prefix so results appear while typing. Empty if no word.
QString ftsQueryFromUserText(const QString &text);

} // namespace pitchside::store
