// Text helpers for search and caption rules.
#pragma once

#include <QString>
#include <QStringList>

namespace textutil {

// Lower case without diacritics, so "Équipe" matches "equipe".
QString fold(const QString &s);
// Number of Unicode code points (what the caption limits count).
int codePoints(const QString &s);
// "#word" tokens of a text, without the '#', in order of appearance.
QStringList hashtagsIn(const QString &text);
// Escapes % and _ for a LIKE pattern using '\' as the escape character.
QString likeEscape(const QString &s);
// First n code points of s, with an ellipsis when cut.
QString preview(const QString &s, int n);

} // namespace textutil
