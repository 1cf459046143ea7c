#include "ContactImport.h"

#include "../Contact.h"
#include "../store/ContactRepository.h"
#include "PhoneNumbers.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

namespace pitchside::campaigns {

namespace {

// "Téléphone portable" → "telephone portable".
QString folded(const QString &text)
{
    QString out;
    const QString decomposed = text.normalized(QString::NormalizationForm_D).toCaseFolded();
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out += (c == u'_' || c == u'-' || c == u'.') ? QChar(u' ') : c;
    }
    return out.simplified();
}

} // namespace

QString contactColumnText(ContactColumn column)
{
    switch (column) {
    case ContactColumn::Ignore:
        return QCoreApplication::translate("Campaigns", "Do not import");
    case ContactColumn::FirstName:
        return QCoreApplication::translate("Campaigns", "First name");
    case ContactColumn::LastName:
        return QCoreApplication::translate("Campaigns", "Last name");
    case ContactColumn::FullName:
        return QCoreApplication::translate("Campaigns", "Full name");
    case ContactColumn::Phone:
        return QCoreApplication::translate("Campaigns", "Phone number");
    }
    return {};
}

ContactColumn guessContactColumn(const QString &header)
{
    const QString h = folded(header);
    static const QHash<QString, ContactColumn> known = {
        {QStringLiteral("prenom"), ContactColumn::FirstName},
        {QStringLiteral("first name"), ContactColumn::FirstName},
        {QStringLiteral("firstname"), ContactColumn::FirstName},
        {QStringLiteral("given name"), ContactColumn::FirstName},
        {QStringLiteral("nom"), ContactColumn::LastName},
        {QStringLiteral("nom de famille"), ContactColumn::LastName},
        {QStringLiteral("last name"), ContactColumn::LastName},
        {QStringLiteral("lastname"), ContactColumn::LastName},
        {QStringLiteral("surname"), ContactColumn::LastName},
        {QStringLiteral("family name"), ContactColumn::LastName},
        {QStringLiteral("nom complet"), ContactColumn::FullName},
        {QStringLiteral("name"), ContactColumn::FullName},
        {QStringLiteral("full name"), ContactColumn::FullName},
        {QStringLiteral("contact"), ContactColumn::FullName},
    };
    if (const auto it = known.constFind(h); it != known.constEnd())
        return *it;
    for (const char *phone : {"tel", "telephone", "phone", "mobile", "portable", "numero", "whatsapp", "gsm",
                              "full number", "phone number", "cell"}) {
        if (h == QLatin1String(phone) || h.startsWith(QLatin1String(phone) + QLatin1Char(' '))
            || h.endsWith(QLatin1Char(' ') + QLatin1String(phone)))
            return ContactColumn::Phone;
    }
    return ContactColumn::Ignore;
}

CsvFile readCsvBytes(const QByteArray &bytes)
{
    CsvFile file;
    file.format = detectCsvFormat(bytes.left(64 * 1024));
    const QString text = decodeCsv(bytes, file.format);
    CsvReader reader(text, file.format.delimiter);
    CsvReader::Record record;
    if (!reader.next(&record)) {
        file.error = QCoreApplication::translate("Campaigns", "The file is empty.");
        return file;
    }
    file.header = record.fields;
    for (QString &h : file.header)
        h = h.trimmed();
    while (reader.next(&record))
        file.records.push_back(record);
    return file;
}

CsvFile readCsvFile(const QString &path)
{
    QFile f(path);
    CsvFile file;
    if (!f.open(QIODevice::ReadOnly)) {
        file.error = QCoreApplication::translate("Campaigns", "The file cannot be opened: %1").arg(f.errorString());
        return file;
    }
    if (f.size() > kMaxCsvBytes) {
        file.error = QCoreApplication::translate("Campaigns", "The file is too large (%1 MB; at most %2 MB).")
                         .arg(f.size() / (1024 * 1024))
                         .arg(kMaxCsvBytes / (1024 * 1024));
        return file;
    }
    const QByteArray bytes = f.readAll();
    if (bytes.contains('\0') && detectCsvFormat(bytes.left(4)).encoding != CsvFormat::Encoding::Utf16) {
        file.error = QCoreApplication::translate("Campaigns", "This is not a text file (a spreadsheet? Save it as CSV first).");
        return file;
    }
    return readCsvBytes(bytes);
}

int ImportCheck::count(ImportIssue::Kind kind) const
{
    return int(std::count_if(issues.begin(), issues.end(), [kind](const ImportIssue &i) { return i.kind == kind; }));
}

ImportCheck checkImport(const CsvFile &file, const QVector<ContactColumn> &mapping, const QSet<QString> &known,
                        const QString &defaultRegion)
{
    ImportCheck check;
    check.rows.reserve(file.records.size());
    QHash<QString, int> seen; // number → the line it first came on
    seen.reserve(file.records.size());
    const auto column = [&](ContactColumn c) { return int(mapping.indexOf(c)); };
    const int phone = column(ContactColumn::Phone), first = column(ContactColumn::FirstName),
              last = column(ContactColumn::LastName), full = column(ContactColumn::FullName);
    for (const CsvReader::Record &r : file.records) {
        if (!r.error.isEmpty()) {
            check.issues.push_back({r.line, ImportIssue::Kind::Broken, r.error});
            continue;
        }
        if (r.fields.size() > file.header.size() && file.header.size() > 1) {
            check.issues.push_back({r.line, ImportIssue::Kind::Broken,
                                    QCoreApplication::translate("Campaigns", "%1 fields where the header has %2").arg(r.fields.size()).arg(file.header.size())});
            continue;
        }
        const PhoneNumber number = readPhoneNumber(phone >= 0 ? r.fields.value(phone) : QString(), defaultRegion);
        if (!number.isValid()) {
            check.issues.push_back({r.line, ImportIssue::Kind::InvalidNumber, phoneProblemText(number.problem)});
            continue;
        }
        if (const auto it = seen.constFind(number.e164); it != seen.constEnd()) {
            check.issues.push_back({r.line, ImportIssue::Kind::DuplicateInFile, QCoreApplication::translate("Campaigns", "Same number as line %1").arg(*it)});
            continue;
        }
        seen.insert(number.e164, r.line);
        if (known.contains(number.e164)) {
            check.issues.push_back({r.line, ImportIssue::Kind::AlreadyContact, QCoreApplication::translate("Campaigns", "Already one of your contacts")});
            continue;
        }
        ImportRow row;
        row.line = r.line;
        row.e164 = number.e164;
        row.countryCode = number.countryCode;
        row.national = number.national;
        row.firstName = first >= 0 ? r.fields.value(first).trimmed() : QString();
        row.lastName = last >= 0 ? r.fields.value(last).trimmed() : QString();
        if (full >= 0 && row.firstName.isEmpty() && row.lastName.isEmpty()) {
            // "Camille Martin": the first word is the first name.
            const QString name = r.fields.value(full).simplified();
            const qsizetype space = name.indexOf(u' ');
            row.firstName = space < 0 ? name : name.left(space);
            row.lastName = space < 0 ? QString() : name.mid(space + 1);
        }
        row.firstName.truncate(100);
        row.lastName.truncate(100);
        check.rows.push_back(row);
    }
    return check;
}

int writeImport(store::ContactRepository &contacts, const QVector<ImportRow> &rows, const QStringList &categoryIds,
                const std::function<void(int, int)> &progress, const std::atomic_bool *cancel, QString *error)
{
    QVector<Contact> items;
    items.reserve(rows.size());
    for (const ImportRow &r : rows) {
        Contact c;
        c.firstName = r.firstName;
        c.lastName = r.lastName;
        c.fullNumber = r.e164;
        c.countryCode = r.countryCode;
        c.phoneNumber = r.national;
        c.categoryIds = categoryIds;
        items.push_back(std::move(c));
    }
    const int total = int(items.size());
    const store::StoreError e = contacts.createMany(
        items, [&](int done) { if (progress) progress(done, total); },
        [cancel] { return cancel && cancel->load(); });
    if (e) {
        if (error)
            *error = e.detail == u"cancelled" ? QString() : e.userMessage();
        return 0;
    }
    return total;
}

} // namespace pitchside::campaigns
