// Importing contacts from a CSV file: the columns guessed from French and
// English headers, every line that will not be imported named with its
// line and reason before anything is written, then all the rest in one
// transaction — and nothing at all when cancelled.
#include "models/Clock.h"
#include "models/campaigns/ContactImport.h"
#include "models/store/ContactRepository.h"
#include "models/store/Store.h"

#include <QFile>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace pitchside;
using namespace pitchside::campaigns;
using namespace pitchside::store;

class TestContactImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        return path;
    }
    static QVector<ContactColumn> guessed(const CsvFile &file)
    {
        QVector<ContactColumn> mapping;
        for (const QString &h : file.header)
            mapping << guessContactColumn(h);
        return mapping;
    }

private Q_SLOTS:
    void init()
    {
        StoreError error;
        m_store = Store::open(m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction())), &error);
        QVERIFY(m_store);
    }
    void cleanup() { m_store.reset(); }

    void guessesColumnsFromTheirHeaders()
    {
        QCOMPARE(guessContactColumn(QStringLiteral("Prénom")), ContactColumn::FirstName);
        QCOMPARE(guessContactColumn(QStringLiteral(" NOM ")), ContactColumn::LastName);
        QCOMPARE(guessContactColumn(QStringLiteral("Téléphone portable")), ContactColumn::Phone);
        QCOMPARE(guessContactColumn(QStringLiteral("Mobile")), ContactColumn::Phone);
        QCOMPARE(guessContactColumn(QStringLiteral("phone_number")), ContactColumn::Phone);
        QCOMPARE(guessContactColumn(QStringLiteral("Nom complet")), ContactColumn::FullName);
        QCOMPARE(guessContactColumn(QStringLiteral("Catégorie")), ContactColumn::Ignore);
    }

    void everyLineThatWillNotBeImportedIsNamed()
    {
        Contact known;
        known.fullNumber = QStringLiteral("+33611111111");
        QVERIFY(!m_store->contacts().create(known));
        QStringEncoder cp1252("windows-1252");
        const QByteArray bytes = cp1252.encode(QStringLiteral(
            "Prénom;Nom;Téléphone;Équipe\r\n"
            "Hélène;Lefèvre;06 12 34 56 78;U11\r\n"     // 2: imported
            "Zoé;Bœuf;pas de numéro;U11\r\n"            // 3: not a number
            "Léo;Martin;06.12.34.56.78;U13\r\n"         // 4: same number as line 2
            "Inès;Roux;06 11 11 11 11;U13\r\n"          // 5: already a contact
            "\"Jean\nPierre\";Dupont;07 98 76 54 32;U11\r\n" // 6-7: imported, name with a line break
            "Max;Petit;06 12 34;U11\r\n"                // 8: too short
            "Éva;Blanc;+44 7911 123456;Seniors\r\n"));  // 9: imported
        const CsvFile file = readCsvFile(writeFile(QStringLiteral("excel.csv"), bytes));
        QVERIFY(file.error.isEmpty());
        QCOMPARE(file.format.delimiter, QChar(u';'));
        const ImportCheck check = checkImport(file, guessed(file), m_store->contacts().numbers());
        QCOMPARE(check.rows.size(), 3);
        QCOMPARE(check.rows[0].firstName, QStringLiteral("Hélène"));
        QCOMPARE(check.rows[0].e164, QStringLiteral("+33612345678"));
        QCOMPARE(check.rows[1].firstName, QStringLiteral("Jean\nPierre"));
        QCOMPARE(check.rows[2].e164, QStringLiteral("+447911123456"));
        QCOMPARE(check.issues.size(), 4);
        QCOMPARE(check.issues[0].line, 3);
        QCOMPARE(check.issues[0].kind, ImportIssue::Kind::InvalidNumber);
        QCOMPARE(check.issues[1].line, 4);
        QCOMPARE(check.issues[1].kind, ImportIssue::Kind::DuplicateInFile);
        QVERIFY(check.issues[1].reason.contains(QStringLiteral("2")));
        QCOMPARE(check.issues[2].line, 5);
        QCOMPARE(check.issues[2].kind, ImportIssue::Kind::AlreadyContact);
        QCOMPARE(check.issues[3].line, 8);

        ContactCategory u11;
        u11.name = QStringLiteral("U11");
        QVERIFY(!m_store->contacts().createCategory(u11));
        auto contacts = m_store->contacts();
        QString error;
        QCOMPARE(writeImport(contacts, check.rows, {u11.id}, {}, nullptr, &error), 3);
        QCOMPARE(m_store->contacts().count(), 4);
        QCOMPARE(m_store->contacts().countInCategory(u11.id), 3);
        QSqlQuery q(m_store->database().sql());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE entity_type = 'contact' AND op = 'create'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 4);
    }

    void aFullNameColumnIsSplit()
    {
        const CsvFile file = readCsvBytes(QByteArrayLiteral("Name,Phone\nCamille Martin Durand,0612345678\n"));
        const ImportCheck check = checkImport(file, guessed(file), {});
        QCOMPARE(check.rows.value(0).firstName, QStringLiteral("Camille"));
        QCOMPARE(check.rows.value(0).lastName, QStringLiteral("Martin Durand"));
    }

    void aCancelledImportLeavesNothing()
    {
        QByteArray bytes = "prenom,nom,telephone\n";
        for (int i = 0; i < 3000; ++i)
            bytes += QStringLiteral("P%1,N%1,06%2\n").arg(i).arg(12000000 + i).toUtf8();
        const CsvFile file = readCsvBytes(bytes);
        const ImportCheck check = checkImport(file, guessed(file), {});
        QCOMPARE(check.rows.size(), 3000);
        std::atomic_bool cancel = false;
        int calls = 0;
        auto contacts = m_store->contacts();
        QString error;
        const int written = writeImport(
            contacts, check.rows, {},
            [&](int done, int total) {
                QCOMPARE(total, 3000);
                if (++calls == 3 && done < total)
                    cancel = true; // the person pressed Cancel half way
            },
            &cancel, &error);
        QCOMPARE(written, 0);
        QVERIFY(error.isEmpty()); // a cancel is not an error
        QCOMPARE(m_store->contacts().count(), 0);
        QCOMPARE(m_store->outbox().count(), 0);
    }

    void filesThatAreNotCsv()
    {
        QVERIFY(!readCsvFile(m_dir.filePath(QStringLiteral("missing.csv"))).error.isEmpty());
        QVERIFY(!readCsvFile(writeFile(QStringLiteral("empty.csv"), {})).error.isEmpty());
        QVERIFY(!readCsvFile(writeFile(QStringLiteral("sheet.xlsx"), QByteArray("PK\x03\x04\0\0\0", 7))).error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestContactImport)
#include "tst_contact_import.moc"
