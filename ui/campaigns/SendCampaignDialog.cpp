#include "SendCampaignDialog.h"

#include "../common/LocalDateTimeEdit.h"
#include "../common/Theme.h"
#include "models/Clock.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace pitchside::ui {

namespace {

// "16:40" today, "Tuesday 9 December at 08:15" otherwise (local time).
QString whenText(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    if (local.date() == Clock::today())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return QCoreApplication::translate("Campaigns", "%1 at %2")
        .arg(locale.toString(local.date(), QStringLiteral("dddd d MMMM")),
             locale.toString(local.time(), QLocale::ShortFormat));
}

} // namespace

SendCampaignDialog::SendCampaignDialog(const Campaign &campaign, int recipients, const campaigns::DayMonitor &today,
                                       QWidget *parent)
    : QDialog(parent), m_campaign(campaign), m_recipients(recipients), m_today(today)
{
    setWindowTitle(tr("Send “%1”").arg(campaign.name));
    setMinimumWidth(520);

    auto *title = new QLabel(recipients > 0 ? tr("Send to %n contact(s)?", nullptr, recipients)
                                            : tr("Nobody to send to"),
                             this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title->setFont(big);

    auto *limit = new QLabel(tr("WhatsApp allows %1 messages a day. Today %2 have left; room for %n more first "
                                "message(s), keeping some for the follow-ups replies bring.",
                                nullptr, today.capacity())
                                 .arg(QLocale().toString(today.limit), QLocale().toString(today.total())),
                             this);
    limit->setWordWrap(true);

    m_now = new QRadioButton(tr("Send &now"), this);
    m_later = new QRadioButton(tr("&Schedule for"), this);
    m_when = new LocalDateTimeEdit(this);
    const QDateTime start = campaign.scheduledAt.isValid() && campaign.scheduledAt > Clock::nowUtc()
                                ? campaign.scheduledAt.toLocalTime()
                                : Clock::nowLocal().addSecs(3600);
    m_when->setDateTime(start);
    (campaign.scheduledAt.isValid() && campaign.scheduledAt > Clock::nowUtc() ? m_later : m_now)->setChecked(true);

    m_plan = new QLabel(this);
    m_plan->setWordWrap(true);
    m_warning = new QLabel(this);
    m_warning->setWordWrap(true);
    QPalette warn = m_warning->palette();
    warn.setColor(QPalette::WindowText, Theme::warning());
    m_warning->setPalette(warn);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *laterRow = new QHBoxLayout;
    laterRow->addWidget(m_later);
    laterRow->addWidget(m_when, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(Theme::spacing * 1.5);
    layout->addWidget(title);
    layout->addWidget(limit);
    layout->addWidget(m_now);
    layout->addLayout(laterRow);
    layout->addWidget(m_plan);
    layout->addWidget(m_warning);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_now, &QRadioButton::toggled, this, &SendCampaignDialog::refresh);
    connect(m_when, &QDateTimeEdit::dateTimeChanged, this, &SendCampaignDialog::refresh);
    refresh();
}

QDateTime SendCampaignDialog::scheduledAt() const
{
    return m_later->isChecked() ? m_when->dateTime().toUTC() : QDateTime();
}

QPushButton *SendCampaignDialog::sendButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString SendCampaignDialog::planText() const
{
    return m_plan->text();
}

void SendCampaignDialog::refresh()
{
    m_when->setEnabled(m_later->isChecked());
    const QDateTime nowUtc = Clock::nowUtc();
    const QDateTime start = m_later->isChecked() ? m_when->dateTime().toUTC() : nowUtc;
    // A later UTC day starts with the whole limit.
    const bool sameDay = start.date() == m_today.day;
    campaigns::DayMonitor day = m_today;
    if (!sameDay) {
        day.message1 = day.message2 = day.errors = day.replies = 0;
        day.day = start.date();
    }
    const campaigns::SendPlan plan =
        campaigns::planSending(m_recipients, day.total(), m_today.interactionRate(), start, day.limit);

    QStringList warnings;
    bool canSend = m_recipients > 0;
    if (m_recipients <= 0) {
        m_plan->setText(tr("No contact in the chosen categories can receive it. Add contacts to them, or choose "
                           "other categories."));
    } else if (plan.days == 0) {
        m_plan->setText(tr("The daily limit leaves no room for first messages."));
        canSend = false;
    } else if (plan.days == 1) {
        m_plan->setText(m_recipients == 1 ? tr("It leaves %1.").arg(whenText(plan.finish))
                                          : tr("All %1 leave one by one, about one every 25 seconds; the last "
                                               "around %2.")
                                                .arg(QLocale().toString(m_recipients), whenText(plan.finish)));
    } else {
        m_plan->setText(tr("It takes %n day(s) within WhatsApp's daily limit: %1 on the first day, the rest from "
                           "00:00 UTC on the next ones. The last message should leave %2.",
                           nullptr, plan.days)
                            .arg(QLocale().toString(plan.today), whenText(plan.finish)));
        warnings << tr("Contacts will receive it on different days.");
    }
    if (m_later->isChecked() && start <= nowUtc.addSecs(60)) {
        warnings << tr("Choose a time in the future, or send now.");
        canSend = false;
    }
    if (m_today.errorAlert())
        warnings << tr("Today more than 10 % of messages failed: check the numbers before sending more.");
    m_warning->setText(warnings.join(u'\n'));
    m_warning->setVisible(!warnings.isEmpty());

    QPushButton *ok = sendButton();
    ok->setEnabled(canSend);
    ok->setText(m_later->isChecked() ? tr("Schedule") : tr("Send to %n contact(s)", nullptr, m_recipients));
}

} // namespace pitchside::ui
