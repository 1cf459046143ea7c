#pragma once

#include "CsvReader.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>

namespace pitchside::store {
class ContactRepository;
}

namespace pitchside::campaigns {

// Importing contacts from a CSV file, in three steps the wizard shows:
// read the file (format guessed, columns guessed from the header), check
// every line (what would be imported, and why each other line would not),
// then write them all in one transaction — or nothing, on Cancel or a crash.
enum class ContactColumn { Ignore, FirstName, LastName, FullName, Phone };

QString contactColumnText(ContactColumn column);
// The field a header names ("Prénom", "Téléphone", "Mobile"…), Ignore when unknown.
ContactColumn guessContactColumn(const QString &header);

struct CsvFile
{
    CsvFormat format;
    QStringList header;
    QVector<CsvReader::Record> records; // after the header
    QString error;                      // set: nothing could be read (the reason, for people)
};

// Reads and splits the whole file (it is held in memory: at most kMaxBytes).
inline constexpr qint64 kMaxCsvBytes = 64LL * 1024 * 1024;
CsvFile readCsvFile(const QString &path);
CsvFile readCsvBytes(const QByteArray &bytes);

struct ImportRow
{
    int line = 0;
    QString firstName;
    QString lastName;
    QString e164;
    QString countryCode;
    QString national;
};

struct ImportIssue
{
    enum class Kind { Broken, InvalidNumber, DuplicateInFile, AlreadyContact };
    int line = 0;
    Kind kind = Kind::Broken;
    QString reason; // for people: "Too short for a phone number", "Same number as line 12"
};

struct ImportCheck
{
    QVector<ImportRow> rows;      // to import
    QVector<ImportIssue> issues;  // lines that will not be, in line order
    int count(ImportIssue::Kind kind) const;
};

// Checks every record against the mapping (one entry per column); `known`:
// the numbers already among the contacts.
ImportCheck checkImport(const CsvFile &file, const QVector<ContactColumn> &mapping, const QSet<QString> &known,
                        const QString &defaultRegion = QStringLiteral("FR"));

// Writes the rows as new contacts in `categoryIds`, each with its outbox
// entry, in one transaction. `progress(done, total)` is called now and then;
// `cancel` set: everything is rolled back. Returns how many were written
// (0 when cancelled or refused; `error` says why).
int writeImport(store::ContactRepository &contacts, const QVector<ImportRow> &rows, const QStringList &categoryIds,
                const std::function<void(int, int)> &progress, const std::atomic_bool *cancel, QString *error);

} // namespace pitchside::campaigns
