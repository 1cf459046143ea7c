#pragma once

#include "models/Campaign.h"
#include "models/campaigns/DayMonitor.h"

#include <QDateTime>
#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QRadioButton;

namespace pitchside::ui {

class LocalDateTimeEdit;

// "Send to 248 contacts?": before a campaign goes, how many it reaches,
// what today's WhatsApp limit leaves, when the last message should leave
// and over how many days — at once or at a chosen time. Nothing is sent
// from here: the caller records the command (it goes when online).
class SendCampaignDialog : public QDialog
{
    Q_OBJECT
public:
    // `recipients`: who the send reaches (a stopped campaign: its pending ones).
    SendCampaignDialog(const Campaign &campaign, int recipients, const campaigns::DayMonitor &today,
                       QWidget *parent = nullptr);

    // Invalid: at once.
    QDateTime scheduledAt() const;

    // The plan's sentence ("All 248 leave today; the last around 16:40."), for tests.
    QString planText() const;
    QPushButton *sendButton() const;

private:
    void refresh();

    Campaign m_campaign;
    int m_recipients;
    campaigns::DayMonitor m_today;
    QRadioButton *m_now;
    QRadioButton *m_later;
    LocalDateTimeEdit *m_when;
    QLabel *m_plan;
    QLabel *m_warning;
    QDialogButtonBox *m_buttons;
};

} // namespace pitchside::ui
