// Phone numbers as people type them, read into E.164 with libphonenumber;
// the quick path for French shapes gives exactly what the library's own
// parser gives.
#include "models/campaigns/PhoneNumbers.h"

#include <QRandomGenerator>
#include <QTest>

using namespace pitchside::campaigns;
using Problem = PhoneNumber::Problem;

class TestPhoneNumbers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWhatPeopleType_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("e164");
        QTest::newRow("national, spaced") << "06 12 34 56 78" << "+33612345678";
        QTest::newRow("national, dotted") << "06.12.34.56.78" << "+33612345678";
        QTest::newRow("international") << "+33 6 12 34 56 78" << "+33612345678";
        QTest::newRow("00 prefix") << "0033612345678" << "+33612345678";
        QTest::newRow("with (0)") << "+33 (0)6 12 34 56 78" << "+33612345678";
        QTest::newRow("no-break spaces") << QString::fromUtf8("06\u00a012\u00a034\u00a056\u00a078") << "+33612345678";
        QTest::newRow("landline") << "01 23 45 67 89" << "+33123456789";
        QTest::newRow("British mobile") << "+44 7911 123456" << "+447911123456";
        QTest::newRow("Belgian mobile") << "+32 470 12 34 56" << "+32470123456";
        QTest::newRow("Réunion") << "+262 692 12 34 56" << "+262692123456";
    }
    void readsWhatPeopleType()
    {
        QFETCH(QString, typed);
        QFETCH(QString, e164);
        const PhoneNumber n = readPhoneNumber(typed);
        QVERIFY2(n.isValid(), qPrintable(phoneProblemText(n.problem)));
        QCOMPARE(n.e164, e164);
    }

    void partsOfTheNumber()
    {
        const PhoneNumber n = readPhoneNumber(QStringLiteral("06 12 34 56 78"));
        QCOMPARE(n.countryCode, QStringLiteral("33"));
        QCOMPARE(n.national, QStringLiteral("612345678"));
        QCOMPARE(displayPhoneNumber(n.e164), QStringLiteral("+33 6 12 34 56 78"));
    }

    void refusesWithTheReason_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("problem");
        QTest::newRow("empty") << "  " << int(Problem::Empty);
        QTest::newRow("words") << "pas de numéro" << int(Problem::NotANumber);
        QTest::newRow("one digit short") << "06 12 34 56 7" << int(Problem::Invalid);
        QTest::newRow("too short") << "12" << int(Problem::TooShort);
        QTest::newRow("too long") << "06 12 34 56 78 90 12 34" << int(Problem::TooLong);
        QTest::newRow("no such country") << "+999 123 456 789" << int(Problem::BadCountry);
    }
    void refusesWithTheReason()
    {
        QFETCH(QString, typed);
        QFETCH(int, problem);
        const PhoneNumber n = readPhoneNumber(typed);
        QVERIFY(!n.isValid());
        QCOMPARE(int(n.problem), problem);
        QVERIFY(n.e164.isEmpty());
        QVERIFY(!phoneProblemText(n.problem).isEmpty());
    }

    void theQuickPathAgreesWithTheLibrarysParser()
    {
        // Every French shape through the quick path, and the same digits
        // with a letter-free but unusual spacing that forces the parser.
        QRandomGenerator rng(33);
        for (int i = 0; i < 3000; ++i) {
            QString digits = QStringLiteral("0") + QString::number(rng.bounded(1, 10));
            for (int k = 0; k < 8; ++k)
                digits += QString::number(rng.bounded(10));
            const PhoneNumber quick = readPhoneNumber(digits);
            const PhoneNumber parsed = readPhoneNumber(QStringLiteral("tel: ") + digits); // not plain digits
            QCOMPARE(int(quick.problem), int(parsed.problem));
            QCOMPARE(quick.e164, parsed.e164);
            const PhoneNumber intl = readPhoneNumber(QStringLiteral("+33") + digits.mid(1));
            QCOMPARE(intl.e164, quick.e164);
        }
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumbers)
#include "tst_phone_numbers.moc"
