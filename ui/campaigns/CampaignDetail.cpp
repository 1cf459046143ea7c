#include "CampaignDetail.h"

#include "CampaignDelegate.h"
#include "SendCampaignDialog.h"
#include "../common/Icons.h"
#include "../common/MessageBanner.h"
#include "../common/Theme.h"
#include "models/Clock.h"
#include "models/campaigns/CampaignListModel.h"
#include "models/campaigns/CampaignReport.h"
#include "models/campaigns/DayMonitor.h"
#include "models/campaigns/RecipientTableModel.h"
#include "models/store/CampaignRepository.h"
#include "models/store/ChangeHub.h"
#include "models/store/ContactRepository.h"
#include "models/store/Store.h"

#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace pitchside::ui {

using store::CampaignRepository;

namespace {

QString localText(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    if (local.date() == Clock::today())
        return CampaignDetail::tr("today at %1").arg(locale.toString(local.time(), QLocale::ShortFormat));
    return CampaignDetail::tr("%1 at %2")
        .arg(locale.toString(local.date(), QStringLiteral("dddd d MMMM")),
             locale.toString(local.time(), QLocale::ShortFormat));
}

// When something should happen: the time alone today ("around 16:40"),
// with its day otherwise.
QString expectedText(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    if (local.date() == Clock::today())
        return QLocale().toString(local.time(), QLocale::ShortFormat);
    return localText(utc);
}

// The server's refusal of a command, in people's words.
QString refusalText(const CampaignRepository::RefusedCommand &r)
{
    const QString rule = r.errorCode.section(u'/', -1);
    if (rule == u"no_recipients")
        return CampaignDetail::tr("Not sent: nobody in the chosen categories can receive it on WhatsApp. Add "
                                  "contacts to them, or choose other categories, then send again.");
    if (rule == u"no_categories")
        return CampaignDetail::tr("Not sent: choose at least one category of contacts, then send again.");
    if (rule == u"campaign_not_sendable")
        return CampaignDetail::tr("Not sent: this campaign has already gone out. Relaunch it to send it again.");
    if (rule == u"nothing_to_retry")
        return CampaignDetail::tr("Nothing to send again: no message had failed.");
    if (rule == u"campaign_not_stoppable")
        return CampaignDetail::tr("Not stopped: the campaign had already finished.");
    if (rule == u"campaign_not_relaunchable")
        return CampaignDetail::tr("Not relaunched: only a finished or stopped campaign can be.");
    if (rule == u"campaign_sending")
        return CampaignDetail::tr("Not changed: the campaign was being sent. Stop it first.");
    return r.message.isEmpty() ? CampaignDetail::tr("The server refused this action.")
                               : CampaignDetail::tr("The server refused this action: %1").arg(r.message);
}

QString waitingText(const QString &command)
{
    if (command == u"send")
        return CampaignDetail::tr("Sending asked: it starts as soon as Pitchside reaches the server.");
    if (command == u"stop")
        return CampaignDetail::tr("Stop asked: it takes effect as soon as Pitchside reaches the server.");
    if (command == u"retry")
        return CampaignDetail::tr("Sending the failed messages again as soon as Pitchside reaches the server.");
    if (command == u"relaunch")
        return CampaignDetail::tr("Relaunch asked: it starts as soon as Pitchside reaches the server.");
    return {};
}

} // namespace

CampaignDetail::CampaignDetail(store::Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_recipients(new campaigns::RecipientTableModel(store, this))
{
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    m_banner = new MessageBanner(this);
    connect(m_banner, &MessageBanner::actionTriggered, this, [this] {
        if (!m_store.campaigns().dismissRefusedCommands(m_id))
            refresh();
    });

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(true);

    // Counter tiles.
    auto *tiles = new QGridLayout;
    tiles->setSpacing(Theme::spacing);
    const QString names[] = {tr("Recipients"), tr("Sent"),    tr("Delivered"), tr("Read"),
                             tr("Replied"),    tr("Failed"), tr("Follow-ups sent")};
    for (int i = 0; i < 7; ++i) {
        auto *tile = new QFrame(this);
        tile->setObjectName(QStringLiteral("Card"));
        auto *value = new QLabel(QStringLiteral("0"), tile);
        QFont f = value->font();
        f.setPointSizeF(f.pointSizeF() * 1.5);
        f.setBold(true);
        value->setFont(f);
        auto *label = new QLabel(names[i], tile);
        label->setObjectName(QStringLiteral("PageSubtitle"));
        auto *v = new QVBoxLayout(tile);
        v->setContentsMargins(Theme::spacing * 1.5, Theme::spacing, Theme::spacing * 1.5, Theme::spacing);
        v->setSpacing(0);
        v->addWidget(value);
        v->addWidget(label);
        tiles->addWidget(tile, 0, i);
        m_counters << value;
    }

    // Actions.
    m_send = new QPushButton(tr("Send…"), this);
    m_send->setDefault(true);
    m_stop = new QPushButton(tr("Stop"), this);
    m_retry = new QPushButton(tr("Send failed again"), this);
    m_relaunch = new QPushButton(tr("Relaunch"), this);
    m_edit = new QPushButton(tr("Edit…"), this);
    m_duplicate = new QPushButton(tr("Duplicate"), this);
    m_delete = new QPushButton(tr("Delete"), this);
    m_export = new QPushButton(Icons::ui(QStringLiteral("download")), tr("Export"), this);
    auto *exportMenu = new QMenu(m_export);
    exportMenu->addAction(tr("Spreadsheet (CSV)…"), this, [this] { exportReport(false); });
    exportMenu->addAction(tr("Report to print (PDF)…"), this, [this] { exportReport(true); });
    m_export->setMenu(exportMenu);
    connect(m_send, &QPushButton::clicked, this, &CampaignDetail::askSend);
    connect(m_stop, &QPushButton::clicked, this, &CampaignDetail::stop);
    connect(m_retry, &QPushButton::clicked, this, &CampaignDetail::retry);
    connect(m_relaunch, &QPushButton::clicked, this, &CampaignDetail::relaunch);
    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_id); });
    connect(m_duplicate, &QPushButton::clicked, this, &CampaignDetail::duplicate);
    connect(m_delete, &QPushButton::clicked, this, &CampaignDetail::remove);
    auto *actions = new QHBoxLayout;
    actions->setSpacing(Theme::spacing);
    for (QPushButton *b : {m_send, m_stop, m_retry, m_relaunch})
        actions->addWidget(b);
    actions->addStretch(1);
    for (QPushButton *b : {m_export, m_edit, m_duplicate, m_delete})
        actions->addWidget(b);

    // The two messages, as written.
    const auto messageLabel = [this] {
        auto *l = new QLabel(this);
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setMargin(Theme::spacing);
        l->setStyleSheet(QStringLiteral("QLabel { background: %1; border: 1px solid %2; border-radius: 8px; }")
                             .arg(Theme::card().name(), Theme::border().name()));
        l->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        return l;
    };
    m_message1 = messageLabel();
    m_message2 = messageLabel();
    auto *messages = new QGridLayout;
    messages->addWidget(new QLabel(tr("First message"), this), 0, 0);
    messages->addWidget(new QLabel(tr("Follow-up, to those who reply"), this), 0, 1);
    messages->addWidget(m_message1, 1, 0);
    messages->addWidget(m_message2, 1, 1);
    messages->setColumnStretch(0, 1);
    messages->setColumnStretch(1, 1);

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_recipients);
    proxy->setSortLocaleAware(true);
    m_table = new QTableView(this);
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(campaigns::RecipientTableModel::Recipient,
                                                      QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Recipients and what became of each message"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::spacing * 2, Theme::spacing * 2, Theme::spacing * 2, Theme::spacing);
    layout->setSpacing(Theme::spacing * 1.5);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(m_banner);
    layout->addLayout(actions);
    layout->addWidget(m_progress);
    layout->addLayout(tiles);
    layout->addLayout(messages);
    layout->addWidget(m_table, 1);

    connect(&store.hub(), &store::ChangeHub::changed, this, [this](const QString &type, const QStringList &ids) {
        if (type == store::EntityType::Campaign && (ids.isEmpty() || ids.contains(m_id)))
            refresh();
    });
}

QLabel *CampaignDetail::counter(int index) const
{
    return m_counters.value(index);
}

void CampaignDetail::showCampaign(const QString &id)
{
    m_id = id;
    m_recipients->setCampaign(id);
    m_table->resizeColumnsToContents();
    // The header's sections exist only once the model has its columns: the
    // name takes the room left (set here, after they are made).
    m_table->horizontalHeader()->setSectionResizeMode(campaigns::RecipientTableModel::Recipient, QHeaderView::Stretch);
    refresh();
}

void CampaignDetail::refresh()
{
    CampaignRepository campaigns = m_store.campaigns();
    const std::optional<Campaign> c = campaigns.find(m_id);
    if (!c || c->sync.deleted) {
        setEnabled(false);
        return;
    }
    setEnabled(true);
    m_title->setText(c->name);

    QString status = campaignStatusText(c->status);
    if (c->status == u"scheduled" && c->scheduledAt.isValid())
        status = tr("Scheduled for %1").arg(localText(c->scheduledAt));
    else if (c->status == u"sending" && c->startedAt.isValid())
        status += QStringLiteral(" · ") + tr("started %1").arg(localText(c->startedAt));
    else if ((c->status == u"completed" || c->status == u"failed") && c->completedAt.isValid())
        status += QStringLiteral(" · ") + tr("finished %1").arg(localText(c->completedAt));
    if (c->status == u"sending" && c->pendingCount > 0) {
        const qint64 seconds = campaigns::sendingSeconds(c->pendingCount + 1);
        const QString at = expectedText(Clock::nowUtc().addSecs(seconds));
        // "The last of 1" reads wrong in any language: one waiting message
        // has a sentence of its own.
        status += QStringLiteral(" · ")
                  + (c->pendingCount == 1
                         ? tr("the only waiting message should leave around %1").arg(at)
                         : tr("the last of %n waiting message(s) should leave around %1", nullptr, c->pendingCount)
                               .arg(at));
    }
    m_status->setText(status);
    QPalette pal = m_status->palette();
    pal.setColor(QPalette::WindowText, CampaignDelegate::statusColor(c->status));
    m_status->setPalette(pal);

    const QString waiting = campaigns.waitingCommand(m_id);
    if (const auto refused = campaigns.refusedCommand(m_id)) {
        m_banner->showMessage(MessageBanner::Kind::Error, refusalText(*refused), tr("OK"));
    } else if (!waiting.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Info, waitingText(waiting));
    } else {
        m_banner->dismiss();
    }

    const int progress = campaigns::CampaignListModel::progressOf(*c);
    m_progress->setValue(progress);
    m_progress->setFormat(c->totalRecipients > 0 ? tr("%1 of %2 first messages handled (%p %)")
                                                       .arg(QLocale().toString(c->sentCount + c->failedCount),
                                                            QLocale().toString(c->totalRecipients))
                                                 : tr("Not sent yet"));
    const int values[] = {c->totalRecipients, c->sentCount,    c->deliveredCount,   c->readCount,
                          c->repliedCount,    c->failedCount, c->message2SentCount};
    for (int i = 0; i < 7; ++i)
        m_counters.at(i)->setText(QLocale().toString(values[i]));
    QPalette failed = m_counters.at(5)->palette();
    failed.setColor(QPalette::WindowText, c->failedCount > 0 ? Theme::danger() : palette().color(QPalette::WindowText));
    m_counters.at(5)->setPalette(failed);

    m_message1->setText(c->message1);
    m_message2->setText(c->message2.isEmpty() ? tr("No follow-up.") : c->message2);

    const bool busy = !waiting.isEmpty();
    const bool sending = c->status == u"sending";
    const bool scheduled = c->status == u"scheduled";
    const bool finished = c->status == u"completed" || c->status == u"failed";
    m_send->setEnabled(!busy && (c->status == u"draft" || c->status == u"stopped" || scheduled));
    m_send->setText(c->status == u"stopped" ? tr("Resume…") : scheduled ? tr("Reschedule…") : tr("Send…"));
    m_stop->setEnabled(!busy && (sending || scheduled));
    m_retry->setEnabled(!busy && c->failedCount > 0 && !sending);
    m_relaunch->setEnabled(!busy && (finished || c->status == u"stopped"));
    m_edit->setEnabled(!sending);
    m_delete->setEnabled(!sending);
}

void CampaignDetail::report(const QString &failure, bool failed)
{
    if (failed)
        m_banner->showMessage(MessageBanner::Kind::Error, failure);
    refresh();
}

void CampaignDetail::askSend()
{
    CampaignRepository campaigns = m_store.campaigns();
    const std::optional<Campaign> c = campaigns.find(m_id);
    if (!c)
        return;
    // A stopped campaign resumes its waiting messages; otherwise it goes to
    // whoever is in its categories now.
    const int recipients = c->status == u"stopped" && c->totalRecipients > 0
                               ? c->pendingCount
                               : m_store.contacts().recipientCount(c->categoryIds);
    const campaigns::DayMonitor today = campaigns::DayMonitor::read(campaigns, Clock::nowUtc().date());
    SendCampaignDialog dialog(*c, recipients, today, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const store::StoreError e = campaigns.send(m_id, dialog.scheduledAt());
    report(tr("The campaign could not be sent: %1").arg(e.userMessage()), bool(e));
}

void CampaignDetail::stop()
{
    const store::StoreError e = m_store.campaigns().command(m_id, CampaignRepository::Command::Stop);
    report(tr("The campaign could not be stopped: %1").arg(e.userMessage()), bool(e));
}

void CampaignDetail::retry()
{
    const store::StoreError e = m_store.campaigns().command(m_id, CampaignRepository::Command::Retry);
    report(tr("The failed messages could not be sent again: %1").arg(e.userMessage()), bool(e));
}

void CampaignDetail::relaunch()
{
    const std::optional<Campaign> c = m_store.campaigns().find(m_id);
    if (!c)
        return;
    const int recipients = m_store.contacts().recipientCount(c->categoryIds);
    // One contact is not "everyone (1 contact)": a sentence of its own.
    const QString what = recipients == 1
                             ? tr("The only contact in its categories now gets the first message again, even if "
                                  "they already received it. Its figures start over.")
                             : tr("Everyone in its categories now (%n contact(s)) gets the first message again, "
                                  "including those who already received it. Its figures start over.",
                                  nullptr, recipients);
    QMessageBox ask(QMessageBox::Question, tr("Relaunch “%1”?").arg(c->name), what, QMessageBox::Cancel, this);
    const QAbstractButton *yes = ask.addButton(tr("Relaunch"), QMessageBox::AcceptRole);
    ask.exec();
    if (ask.clickedButton() != yes)
        return;
    const store::StoreError e = m_store.campaigns().command(m_id, CampaignRepository::Command::Relaunch);
    report(tr("The campaign could not be relaunched: %1").arg(e.userMessage()), bool(e));
}

void CampaignDetail::duplicate()
{
    const std::optional<Campaign> c = m_store.campaigns().find(m_id);
    if (!c)
        return;
    Campaign copy;
    copy.name = tr("%1 (copy)").arg(c->name).left(100);
    copy.message1 = c->message1;
    copy.message2 = c->message2;
    copy.categoryIds = c->categoryIds;
    const store::StoreError e = m_store.campaigns().create(copy);
    if (e)
        m_banner->showMessage(MessageBanner::Kind::Error, tr("The copy could not be made: %1").arg(e.userMessage()));
    else
        Q_EMIT editRequested(copy.id);
}

void CampaignDetail::remove()
{
    const std::optional<Campaign> c = m_store.campaigns().find(m_id);
    if (!c)
        return;
    QMessageBox ask(QMessageBox::Warning, tr("Delete “%1”?").arg(c->name),
                    tr("The campaign and its figures are deleted on every device. Messages already sent stay "
                       "with their recipients."),
                    QMessageBox::Cancel, this);
    const QAbstractButton *yes = ask.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    ask.exec();
    if (ask.clickedButton() != yes)
        return;
    const store::StoreError e = m_store.campaigns().remove(m_id);
    if (e) {
        report(e.detail == u"campaign_sending" ? tr("The campaign is being sent: stop it before deleting it.")
                                               : tr("The campaign could not be deleted: %1").arg(e.userMessage()),
               true);
        return;
    }
    Q_EMIT deleted();
}

void CampaignDetail::exportReport(bool pdf)
{
    const campaigns::CampaignReport report = campaigns::CampaignReport::read(m_store, m_id);
    // A suggestion the person confirms: letters, digits, spaces and dashes of the name.
    QString base;
    for (const QChar ch : report.campaign.name)
        base += ch.isLetterOrNumber() || ch == u' ' || ch == u'-' ? ch : u'_';
    base = base.simplified().left(80);
    if (base.isEmpty())
        base = tr("campaign");
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' + base
                              + (pdf ? QStringLiteral(".pdf") : QStringLiteral(".csv"));
    const QString path = QFileDialog::getSaveFileName(this, pdf ? tr("Export the report") : tr("Export the recipients"),
                                                      suggested,
                                                      pdf ? tr("PDF documents (*.pdf)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = pdf ? campaigns::writeReportPdf(report, path, &error)
                        : campaigns::writeReportCsv(report, path, &error);
    if (ok)
        m_banner->showMessage(MessageBanner::Kind::Info, tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
    else
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("The file could not be written (%1). Choose another folder.").arg(error));
}

} // namespace pitchside::ui
