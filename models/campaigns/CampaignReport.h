#pragma once

#include "models/Campaign.h"

#include <QDateTime>
#include <QVector>

namespace pitchside::store {
class Store;
}

namespace pitchside::campaigns {

// A campaign's results as the club hands them on (to a sponsor, to the
// board): its figures and every message, as a CSV file for a spreadsheet
// or a PDF to print.
struct CampaignReport
{
    struct Line
    {
        QString recipient;
        QString number; // as people read it
        bool followUp = false;
        QString status; // in people's words
        QDateTime at;   // the latest event, UTC
        QString problem;
    };
    Campaign campaign;
    QVector<Line> lines;
    QDateTime madeAt; // UTC

    static CampaignReport read(store::Store &store, const QString &campaignId);
};

// Semicolon-separated UTF-8 with a BOM and CRLF, as French spreadsheets
// open it; a cell that would start a formula (= + - @) is quoted with a
// leading apostrophe, so a contact's name never runs in someone's Excel.
bool writeReportCsv(const CampaignReport &report, const QString &path, QString *error);
// A4, paged, the figures first.
bool writeReportPdf(const CampaignReport &report, const QString &path, QString *error);

} // namespace pitchside::campaigns
