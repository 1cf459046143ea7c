#include "SqlScript.h"


namespace pitchside::store {

QStringList splitSqlScript(const QString &script)
{
    QStringList statements;
    QString current;
    bool inString = false;
    bool inTrigger = false;
    const qsizetype n = script.size();

    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        if (!inString && c == u'-' && i + 1 < n && script.at(i + 1) == u'-') {
            while (i < n && script.at(i) != u'\n')
                ++i;
            current += u'\n';
            continue;
        }
        if (c == u'\'')
            inString = !inString;
        current += c;
        if (inString || c != u';')
            continue;

        const QString simplified = current.simplified();
        if (!inTrigger && simplified.startsWith(u"CREATE TRIGGER", Qt::CaseInsensitive))
            inTrigger = true;
        if (inTrigger && !simplified.endsWith(u"END;", Qt::CaseInsensitive))
            continue; // a semicolon inside the trigger body
        inTrigger = false;
        const QString statement = current.trimmed();
        if (statement != u";")
            statements << statement;
        current.clear();
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

} // namespace pitchside::store
