// A campaign's report (issue 15): the CSV opens in a French spreadsheet
// (BOM, semicolons, CRLF), quotes what needs it and never starts a formula
// from a contact's name; the PDF holds the figures and every recipient,
// read back with pdftotext.
#include "models/Clock.h"
#include "models/campaigns/CampaignReport.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace pitchside;
using namespace pitchside::campaigns;

class TstCampaignReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static CampaignReport sample(int lines)
    {
        CampaignReport r;
        r.madeAt = QDateTime(QDate(2026, 12, 5), QTime(14, 0), QTimeZone::utc());
        r.campaign.name = QStringLiteral("Tournoi de Noël");
        r.campaign.status = QStringLiteral("completed");
        r.campaign.message1 = QStringLiteral("Bonjour {{prenom}}, le tournoi a lieu samedi ⚽");
        r.campaign.totalRecipients = lines;
        r.campaign.sentCount = lines - 1;
        r.campaign.failedCount = 1;
        for (int i = 0; i < lines; ++i)
            r.lines.push_back({QStringLiteral("Hélène Durand %1").arg(i), QStringLiteral("06 12 34 56 %1").arg(i % 100),
                               false, QStringLiteral("Lu"), r.madeAt.addSecs(-i * 25), QString()});
        return r;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void csvOpensInAFrenchSpreadsheetAndRunsNoFormula()
    {
        CampaignReport r = sample(2);
        r.lines[0].recipient = QStringLiteral("=HYPERLINK(\"http://x\";\"clic\")");
        r.lines[1].recipient = QStringLiteral("Martin; père");
        r.lines[1].problem = QStringLiteral("Ce numéro n'est pas sur WhatsApp.");
        const QString path = m_dir.filePath(QStringLiteral("report.csv"));
        QString error;
        QVERIFY2(writeReportCsv(r, path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList rows = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 3);
        QVERIFY2(rows.at(1).startsWith(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\";\"\"clic\"\")\";")),
                 qPrintable(rows.at(1)));
        QVERIFY2(rows.at(2).startsWith(QStringLiteral("\"Martin; père\";")), qPrintable(rows.at(2)));
        QVERIFY(rows.at(2).endsWith(QStringLiteral(";Ce numéro n'est pas sur WhatsApp.")));
    }

    void pdfHoldsTheFiguresAndEveryRecipient()
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils, .ci/packages.txt) is needed to read the PDF back");
        const CampaignReport r = sample(150); // more than a page
        const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
        QString error;
        QVERIFY2(writeReportPdf(r, path, &error), qPrintable(error));
        QProcess p;
        p.start(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("Tournoi de Noël")), qPrintable(text.left(500)));
        QVERIFY(text.contains(QStringLiteral("Hélène Durand 0")));
        QVERIFY(text.contains(QStringLiteral("Hélène Durand 149")));
        QVERIFY(text.contains(QStringLiteral("\f"))); // paged
    }

    void anUnwritableFolderSaysWhy()
    {
        QString error;
        QVERIFY(!writeReportCsv(sample(1), QStringLiteral("/proc/pitchside/report.csv"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!writeReportPdf(sample(1), QStringLiteral("/proc/pitchside/report.pdf"), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TstCampaignReport)
#include "tst_campaign_report.moc"
