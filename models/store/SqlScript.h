#pragma once

#include <QString>
#include <QStringList>

namespace pitchside::store {

// Splits an SQL script into single statements for QSqlQuery, which runs one
// statement per exec(). Knows comments, string literals and the BEGIN…END
// bodies of triggers, which contain semicolons of their own.
QStringList splitSqlScript(const QString &script);

} // namespace pitchside::store
