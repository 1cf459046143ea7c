#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace pitchside::campaigns {

// What a CSV file is written in, guessed from its bytes: what Excel in
// France writes (Windows-1252, ';'), what Google Sheets writes (UTF-8,
// ','), with or without a byte order mark, or UTF-16 text with tabs.
struct CsvFormat
{
    enum class Encoding { Utf8, Utf8Bom, Windows1252, Utf16 };
    Encoding encoding = Encoding::Utf8;
    QChar delimiter = u',';
};

// Guesses from the first bytes (the header line is enough).
CsvFormat detectCsvFormat(const QByteArray &head);
QString encodingName(CsvFormat::Encoding encoding); // "UTF-8", "Windows-1252"…
// The text, decoded as `format` says (a BOM is dropped).
QString decodeCsv(const QByteArray &bytes, const CsvFormat &format);

// The records of CSV text (RFC 4180: quoted fields may hold delimiters,
// doubled quotes and line breaks). A broken record is reported with the
// line it starts on and reading goes on at the next line, so one bad line
// never loses the rest of the file.
class CsvReader
{
public:
    struct Record
    {
        int line = 0;       // the physical line it starts on, from 1
        QStringList fields;
        QString error;      // set: the record is broken (fields are what could be read)
    };

    CsvReader(QStringView text, QChar delimiter) : m_text(text), m_delimiter(delimiter) {}

    // False at the end. Blank lines are skipped.
    bool next(Record *record);
    // How far the reading is, 0…1 (a progress bar).
    double progress() const { return m_text.isEmpty() ? 1.0 : double(m_pos) / double(m_text.size()); }

private:
    QStringView m_text;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
};

} // namespace pitchside::campaigns
