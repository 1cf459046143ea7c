#include "models/store/SqlScript.h"

#include <QTest>

using pitchside::store::splitSqlScript;

class TestSqlScript : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void splitsStatementsAndDropsComments()
    {
        const QStringList s = splitSqlScript(QStringLiteral("-- header\nCREATE TABLE a (x);\n\n"
                                                            "CREATE TABLE b (y); -- trailing\nINSERT INTO a VALUES (1);"));
        QCOMPARE(s.size(), 3);
        QCOMPARE(s.at(0), QStringLiteral("CREATE TABLE a (x);"));
        QVERIFY(s.at(2).startsWith(QStringLiteral("INSERT")));
    }

    void keepsTriggerBodiesWhole()
    {
        const QStringList s = splitSqlScript(QStringLiteral(
            "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  INSERT INTO b VALUES (1);\n  INSERT INTO b VALUES (2);\nEND;\n"
            "CREATE INDEX i ON a(x);"));
        QCOMPARE(s.size(), 2);
        QVERIFY(s.at(0).endsWith(QStringLiteral("END;")));
        QVERIFY(s.at(0).contains(QStringLiteral("VALUES (2)")));
    }

    void ignoresSemicolonsAndDashesInStrings()
    {
        const QStringList s = splitSqlScript(QStringLiteral("INSERT INTO a VALUES ('x; -- y');\nSELECT 1;"));
        QCOMPARE(s.size(), 2);
        QVERIFY(s.at(0).contains(QStringLiteral("'x; -- y'")));
    }
};

QTEST_GUILESS_MAIN(TestSqlScript)
#include "tst_sqlscript.moc"
