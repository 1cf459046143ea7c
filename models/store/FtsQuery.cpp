#include "FtsQuery.h"

#include <QRegularExpression>
#include <QStringList>

namespace pitchside::store {

QString ftsQueryFromUserText(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\"]+"));
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    QStringList quoted;
    for (const QString &w : words) {
        QString word = w;
        // A leading '#' is part of how people write hashtags, not of the word.
        while (word.startsWith(u'#'))
            word.remove(0, 1);
        if (!word.isEmpty())
            quoted << u'"' + word + u'"';
    }
    if (quoted.isEmpty())
        return {};
    quoted.last() += u'*';
    return quoted.join(u' ');
}

} // namespace pitchside::store
