#include "CsvReader.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace pitchside::campaigns {

namespace {

bool startsWith(const QByteArray &bytes, const char *prefix, int n)
{
    return bytes.size() >= n && memcmp(bytes.constData(), prefix, std::size_t(n)) == 0;
}

bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    // A multi-byte sequence cut at the end of `head` is not an error.
    QByteArray whole = bytes;
    int cut = 0;
    while (cut < 3 && cut < whole.size() && (uchar(whole.at(whole.size() - 1 - cut)) & 0xC0) == 0x80)
        ++cut;
    if (cut < whole.size() && (uchar(whole.at(whole.size() - 1 - cut)) & 0xC0) == 0xC0)
        whole.chop(cut + 1);
    // Qt 6.4 replaces a bad sequence with U+FFFD without always saying so:
    // a replacement character the bytes did not hold is the sign.
    const QString text = decoder.decode(whole);
    return !decoder.hasError()
           && (!text.contains(QChar::ReplacementCharacter) || whole.contains("\xEF\xBF\xBD"));
}

} // namespace

CsvFormat detectCsvFormat(const QByteArray &head)
{
    CsvFormat format;
    if (startsWith(head, "\xEF\xBB\xBF", 3))
        format.encoding = CsvFormat::Encoding::Utf8Bom;
    else if (startsWith(head, "\xFF\xFE", 2) || startsWith(head, "\xFE\xFF", 2))
        format.encoding = CsvFormat::Encoding::Utf16;
    else if (!isUtf8(head))
        format.encoding = CsvFormat::Encoding::Windows1252;

    // The delimiter the header line uses most, outside quotes; ';' wins a
    // tie (a French header may hold a comma inside a name, rarely a ';').
    const QString text = decodeCsv(head, format);
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u';')
            ++semicolons;
        else if (!quoted && c == u'\t')
            ++tabs;
    }
    if (tabs > commas && tabs > semicolons)
        format.delimiter = u'\t';
    else if (semicolons >= commas && semicolons > 0)
        format.delimiter = u';';
    else
        format.delimiter = u',';
    return format;
}

QString encodingName(CsvFormat::Encoding encoding)
{
    switch (encoding) {
    case CsvFormat::Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case CsvFormat::Encoding::Utf8Bom:
        return QStringLiteral("UTF-8 (BOM)");
    case CsvFormat::Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    case CsvFormat::Encoding::Utf16:
        return QStringLiteral("UTF-16");
    }
    return {};
}

QString decodeCsv(const QByteArray &bytes, const CsvFormat &format)
{
    switch (format.encoding) {
    case CsvFormat::Encoding::Utf8:
    case CsvFormat::Encoding::Utf8Bom: {
        QStringDecoder d(QStringDecoder::Utf8); // drops a BOM
        return d.decode(bytes);
    }
    case CsvFormat::Encoding::Utf16: {
        QStringDecoder d(QStringDecoder::Utf16); // the BOM says which order
        return d.decode(bytes);
    }
    case CsvFormat::Encoding::Windows1252: {
        // ICU's table (Qt's codecs): € œ ’ … are where Windows puts them, not Latin-1's.
        QStringDecoder d("windows-1252");
        if (d.isValid())
            return d.decode(bytes);
        return QString::fromLatin1(bytes);
    }
    }
    return {};
}

bool CsvReader::next(Record *record)
{
    const qsizetype n = m_text.size();
    // Blank lines between records are not records.
    while (m_pos < n && (m_text[m_pos] == u'\n' || m_text[m_pos] == u'\r')) {
        if (m_text[m_pos] == u'\n' || (m_text[m_pos] == u'\r' && (m_pos + 1 >= n || m_text[m_pos + 1] != u'\n')))
            ++m_line;
        ++m_pos;
    }
    if (m_pos >= n)
        return false;

    record->line = m_line;
    record->fields.clear();
    record->error.clear();
    const qsizetype start = m_pos;
    const int startLine = m_line;
    QString field;
    bool quoted = false;     // inside a quoted field
    bool wasQuoted = false;  // this field was quoted (text after its closing quote is an error)
    qsizetype firstBreak = -1; // where the record's first line ends, to resume after a broken quote
    int line = m_line;
    while (m_pos < n) {
        const QChar c = m_text[m_pos];
        if (quoted) {
            if (c == u'"') {
                if (m_pos + 1 < n && m_text[m_pos + 1] == u'"') {
                    field += u'"';
                    m_pos += 2;
                    continue;
                }
                quoted = false;
                ++m_pos;
                continue;
            }
            if (c == u'\n' || c == u'\r') {
                if (firstBreak < 0)
                    firstBreak = m_pos;
                ++line;
                m_pos += (c == u'\r' && m_pos + 1 < n && m_text[m_pos + 1] == u'\n') ? 2 : 1;
                field += u'\n';
                continue;
            }
            field += c;
            ++m_pos;
            continue;
        }
        if (c == m_delimiter) {
            record->fields << field;
            field.clear();
            wasQuoted = false;
            ++m_pos;
            continue;
        }
        if (c == u'\n' || c == u'\r') {
            ++m_pos;
            if (c == u'\r' && m_pos < n && m_text[m_pos] == u'\n')
                ++m_pos;
            ++line;
            break;
        }
        if (c == u'"' && field.trimmed().isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
            field.clear();
            ++m_pos;
            continue;
        }
        if (wasQuoted && !c.isSpace() && record->error.isEmpty())
            record->error = QCoreApplication::translate("Campaigns", "Text after a closing quote");
        field += c;
        ++m_pos;
    }
    if (quoted) {
        // The quote never closes: report this line and read on from the
        // next one, instead of swallowing the rest of the file.
        record->error = QCoreApplication::translate("Campaigns", "A quote opens and never closes");
        record->fields.clear();
        record->fields << m_text.mid(start, (firstBreak < 0 ? n : firstBreak) - start).toString();
        m_pos = firstBreak < 0 ? n : firstBreak;
        m_line = startLine;
        if (m_pos < n) {
            if (m_text[m_pos] == u'\r' && m_pos + 1 < n && m_text[m_pos + 1] == u'\n')
                ++m_pos;
            ++m_pos;
            ++m_line;
        }
        return true;
    }
    record->fields << field;
    m_line = line;
    return true;
}

} // namespace pitchside::campaigns
