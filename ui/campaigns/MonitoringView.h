#pragma once

#include <QDate>
#include <QWidget>

class QChartView;
class QLabel;
class QTimer;

namespace pitchside::store {
class Store;
}

namespace pitchside::ui {

class DailyGauge;
class MessageBanner;

// Suivi: today's WhatsApp sending against the daily limit (the gauge and
// its four levels), what left and failed today, how many more contacts fit
// today, an alert when more than 10 % fail, and the last 30 days. Computed
// from the synced messages, so it also works offline; days are UTC days,
// as the limit is.
class MonitoringView : public QWidget
{
    Q_OBJECT
public:
    explicit MonitoringView(store::Store &store, QWidget *parent = nullptr);

    void reload();

    // For tests and screenshots.
    DailyGauge *gauge() const { return m_gauge; }
    MessageBanner *banner() const { return m_banner; }
    QLabel *capacityLabel() const { return m_capacity; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *card(const QString &caption, QLabel **value);

    store::Store &m_store;
    DailyGauge *m_gauge;
    MessageBanner *m_banner;
    QLabel *m_level;
    QLabel *m_message1;
    QLabel *m_message2;
    QLabel *m_errors;
    QLabel *m_capacity;
    QLabel *m_replies;
    QChartView *m_history;
    QTimer *m_reload;
    bool m_stale = true;
    QDate m_gaugeDay;
};

} // namespace pitchside::ui
