#include "CampaignReport.h"

#include "PhoneNumbers.h"
#include "RecipientStatus.h"
#include "models/Clock.h"
#include "models/Contact.h"
#include "models/store/CampaignRepository.h"
#include "models/store/ContactRepository.h"
#include "models/store/Store.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace pitchside::campaigns {

namespace {

QString csvCell(QString text)
{
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.at(0)))
        text.prepend(u'\'');
    if (text.contains(u';') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        text = u'"' + text.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return text;
}

QString when(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

CampaignReport CampaignReport::read(store::Store &store, const QString &campaignId)
{
    CampaignReport report;
    report.madeAt = Clock::nowUtc();
    const std::optional<Campaign> c = store.campaigns().find(campaignId);
    if (!c)
        return report;
    report.campaign = *c;
    const store::ContactRepository contacts = store.contacts();
    QHash<QString, std::pair<QString, QString>> people;
    for (const CampaignMessage &m : store.campaigns().messages(campaignId)) {
        auto known = people.constFind(m.contactId);
        if (known == people.cend()) {
            const std::optional<Contact> contact = contacts.find(m.contactId);
            known = people.insert(m.contactId, contact ? std::pair{contact->displayName(),
                                                                   displayPhoneNumber(contact->fullNumber)}
                                                       : std::pair{QCoreApplication::translate("Campaigns",
                                                                                               "Deleted contact"),
                                                                   QString()});
        }
        report.lines.push_back({known->first, known->second, m.isFollowUp(), recipientStatusText(m),
                                lastEventAt(m), m.errorMessage});
    }
    return report;
}

bool writeReportCsv(const CampaignReport &report, const QString &path, QString *error)
{
    QString out;
    out += QChar(0xFEFF);
    const QStringList header{QCoreApplication::translate("CampaignReport", "Recipient"), QCoreApplication::translate("CampaignReport", "Number"), QCoreApplication::translate("CampaignReport", "Message"), QCoreApplication::translate("CampaignReport", "Status"), QCoreApplication::translate("CampaignReport", "When"), QCoreApplication::translate("CampaignReport", "Problem")};
    QStringList cells;
    for (const QString &h : header)
        cells << csvCell(h);
    out += cells.join(u';') + QStringLiteral("\r\n");
    for (const CampaignReport::Line &l : report.lines) {
        cells = {csvCell(l.recipient), csvCell(l.number),
                 csvCell(l.followUp ? QCoreApplication::translate("CampaignReport", "Follow-up") : QCoreApplication::translate("CampaignReport", "First message")), csvCell(l.status), csvCell(when(l.at)),
                 csvCell(l.problem)};
        out += cells.join(u';') + QStringLiteral("\r\n");
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(out.toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool writeReportPdf(const CampaignReport &report, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    {
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        pdf.setResolution(300);
        pdf.setTitle(report.campaign.name);
        pdf.setCreator(QStringLiteral("Pitchside"));
        QPainter p(&pdf);
        const QRect page = p.viewport();
        const QLocale locale;
        const Campaign &c = report.campaign;

        QFont title(QStringLiteral("Sans Serif"), 16, QFont::Bold);
        QFont body(QStringLiteral("Sans Serif"), 9);
        QFont bold = body;
        bold.setBold(true);
        int y = 0;
        const auto line = [&](const QFont &font, const QString &text) {
            p.setFont(font);
            const QRect r = p.boundingRect(QRect(0, y, page.width(), page.height()), Qt::TextWordWrap, text);
            p.drawText(r, Qt::TextWordWrap, text);
            y = r.bottom() + QFontMetrics(font, &pdf).height() / 3;
        };
        line(title, c.name);
        line(body, QCoreApplication::translate("CampaignReport", "%1 · report of %2").arg(campaignStatusText(c.status), when(report.madeAt)));
        y += 40;
        const std::pair<QString, int> figures[] = {
            {QCoreApplication::translate("CampaignReport", "Recipients"), c.totalRecipients}, {QCoreApplication::translate("CampaignReport", "Sent"), c.sentCount},       {QCoreApplication::translate("CampaignReport", "Delivered"), c.deliveredCount},
            {QCoreApplication::translate("CampaignReport", "Read"), c.readCount},             {QCoreApplication::translate("CampaignReport", "Replied"), c.repliedCount}, {QCoreApplication::translate("CampaignReport", "Failed"), c.failedCount},
            {QCoreApplication::translate("CampaignReport", "Follow-ups sent"), c.message2SentCount}};
        QStringList parts;
        for (const auto &[name, value] : figures)
            parts << QStringLiteral("%1 : %2").arg(name, locale.toString(value));
        line(bold, parts.join(QStringLiteral("   ")));
        y += 40;
        line(bold, QCoreApplication::translate("CampaignReport", "First message"));
        line(body, c.message1);
        if (!c.message2.isEmpty()) {
            line(bold, QCoreApplication::translate("CampaignReport", "Follow-up"));
            line(body, c.message2);
        }
        y += 60;

        // The table: fixed shares of the width.
        const double shares[] = {0.24, 0.17, 0.12, 0.12, 0.15, 0.20};
        const QStringList header{QCoreApplication::translate("CampaignReport", "Recipient"), QCoreApplication::translate("CampaignReport", "Number"), QCoreApplication::translate("CampaignReport", "Message"), QCoreApplication::translate("CampaignReport", "Status"), QCoreApplication::translate("CampaignReport", "When"),
                                 QCoreApplication::translate("CampaignReport", "Problem")};
        const int rowHeight = QFontMetrics(body, &pdf).height() + 20;
        const auto row = [&](const QStringList &cells, const QFont &font) {
            if (y + rowHeight > page.height()) {
                pdf.newPage();
                y = 0;
            }
            p.setFont(font);
            double x = 0;
            for (int i = 0; i < cells.size(); ++i) {
                const int w = int(page.width() * shares[i]);
                const QRect cell(int(x), y, w - 20, rowHeight);
                p.drawText(cell, Qt::AlignLeft | Qt::AlignVCenter,
                           QFontMetrics(font, &pdf).elidedText(cells.at(i), Qt::ElideRight, cell.width()));
                x += w;
            }
            y += rowHeight;
            p.setPen(QPen(QColor(0xDD, 0xDD, 0xDD), 2));
            p.drawLine(0, y, page.width(), y);
            p.setPen(Qt::black);
        };
        row(header, bold);
        for (const CampaignReport::Line &l : report.lines)
            row({l.recipient, l.number, l.followUp ? QCoreApplication::translate("CampaignReport", "Follow-up") : QCoreApplication::translate("CampaignReport", "First message"), l.status, when(l.at),
                 l.problem},
                body);
        if (report.lines.isEmpty())
            line(body, QCoreApplication::translate("CampaignReport", "No message yet."));
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace pitchside::campaigns
