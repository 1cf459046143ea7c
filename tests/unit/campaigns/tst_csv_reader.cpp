// CSV files as clubs have them: Excel in France (Windows-1252, ';'),
// Google Sheets (UTF-8, ','), a BOM, tabs in UTF-16, quoted fields with
// line breaks, and a broken line in the middle that must not take the
// rest of the file with it.
#include "models/campaigns/CsvReader.h"

#include <QStringEncoder>
#include <QTest>

using namespace pitchside::campaigns;

namespace {

QVector<CsvReader::Record> readAll(const QString &text, QChar delimiter)
{
    CsvReader reader(text, delimiter);
    QVector<CsvReader::Record> out;
    CsvReader::Record r;
    while (reader.next(&r))
        out << r;
    return out;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void excelInFrance()
    {
        QStringEncoder cp1252("windows-1252");
        QVERIFY(cp1252.isValid());
        const QByteArray bytes = cp1252.encode(QStringLiteral("Prénom;Nom;Téléphone\r\nHélène;Lefèvre;06 12 34 56 78\r\n"
                                                              "Zoé;Bœuf;07 98 76 54 32\r\n"));
        const CsvFormat f = detectCsvFormat(bytes);
        QCOMPARE(int(f.encoding), int(CsvFormat::Encoding::Windows1252));
        QCOMPARE(f.delimiter, QChar(u';'));
        const auto records = readAll(decodeCsv(bytes, f), f.delimiter);
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[0].fields, QStringList({QStringLiteral("Prénom"), QStringLiteral("Nom"), QStringLiteral("Téléphone")}));
        QCOMPARE(records[2].fields.value(1), QStringLiteral("Bœuf")); // 0x9C is œ in Windows-1252, not Latin-1
        QCOMPARE(records[2].line, 3);
    }

    void utf8WithAndWithoutBom()
    {
        const QByteArray plain = QStringLiteral("prenom,nom,telephone\nJosé,Müller,+33612345678\n").toUtf8();
        CsvFormat f = detectCsvFormat(plain);
        QCOMPARE(int(f.encoding), int(CsvFormat::Encoding::Utf8));
        QCOMPARE(f.delimiter, QChar(u','));
        const QByteArray bom = "\xEF\xBB\xBF" + plain;
        f = detectCsvFormat(bom);
        QCOMPARE(int(f.encoding), int(CsvFormat::Encoding::Utf8Bom));
        const auto records = readAll(decodeCsv(bom, f), f.delimiter);
        QCOMPARE(records[0].fields.value(0), QStringLiteral("prenom")); // no BOM glued to the first header
        QCOMPARE(records[1].fields.value(0), QStringLiteral("José"));
    }

    void utf16WithTabs()
    {
        QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        const QByteArray bytes = utf16.encode(QStringLiteral("Prénom\tNom\tMobile\nLéa\tGarçon\t0612345678\n"));
        const CsvFormat f = detectCsvFormat(bytes);
        QCOMPARE(int(f.encoding), int(CsvFormat::Encoding::Utf16));
        QCOMPARE(f.delimiter, QChar(u'\t'));
        QCOMPARE(readAll(decodeCsv(bytes, f), f.delimiter).value(1).fields.value(1), QStringLiteral("Garçon"));
    }

    void quotedFieldsKeepDelimitersQuotesAndLineBreaks()
    {
        const QString text = QStringLiteral("nom;note;tel\n\"Martin; Camille\";\"dit \"\"Cam\"\"\nU11\";0612345678\n"
                                            "Durand;\"\";0698765432\n");
        const auto records = readAll(text, u';');
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[1].fields, QStringList({QStringLiteral("Martin; Camille"), QStringLiteral("dit \"Cam\"\nU11"),
                                                 QStringLiteral("0612345678")}));
        QCOMPARE(records[1].line, 2);
        QCOMPARE(records[2].line, 4); // the quoted break counted
        QCOMPARE(records[2].fields.value(1), QString());
    }

    void aBrokenLineIsReportedAndTheRestIsRead()
    {
        QString text = QStringLiteral("nom,tel\n");
        for (int i = 0; i < 50; ++i)
            text += QStringLiteral("Nom %1,06123456%2\n").arg(i).arg(i, 2, 10, QLatin1Char('0'));
        text += QStringLiteral("\"Cassé,0612000000\n"); // line 52: a quote that never closes
        for (int i = 50; i < 100; ++i)
            text += QStringLiteral("Nom %1,06123456%2\n").arg(i).arg(i, 2, 10, QLatin1Char('0'));
        const auto records = readAll(text, u',');
        QCOMPARE(records.size(), 102);
        const auto broken = std::find_if(records.begin(), records.end(), [](const auto &r) { return !r.error.isEmpty(); });
        QVERIFY(broken != records.end());
        QCOMPARE(broken->line, 52);
        QCOMPARE(std::count_if(records.begin(), records.end(), [](const auto &r) { return !r.error.isEmpty(); }), 1);
        QCOMPARE(records.last().fields.value(0), QStringLiteral("Nom 99"));
        QCOMPARE(records.last().line, 102);
    }

    void blankLinesAndCrLf()
    {
        const auto records = readAll(QStringLiteral("a;b\r\n\r\n1;2\r\n\r\n3;4"), u';');
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[1].line, 3);
        QCOMPARE(records[2].line, 5);
        QCOMPARE(records[2].fields, QStringList({QStringLiteral("3"), QStringLiteral("4")}));
    }

    void aHundredThousandLines()
    {
        QString text = QStringLiteral("prenom;nom;telephone\n");
        text.reserve(4 * 1024 * 1024);
        for (int i = 0; i < 100000; ++i)
            text += QStringLiteral("Prénom%1;Nom%1;06%2\n").arg(i).arg(i, 8, 10, QLatin1Char('0'));
        const auto records = readAll(text, u';');
        QCOMPARE(records.size(), 100001);
        QCOMPARE(records.last().line, 100001);
        QCOMPARE(records.last().fields.value(2), QStringLiteral("0600099999"));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csv_reader.moc"
