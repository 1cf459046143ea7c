#include "MonitoringView.h"

#include "DailyGauge.h"
#include "../common/MessageBanner.h"
#include "../common/Theme.h"
#include "models/Clock.h"
#include "models/campaigns/DayMonitor.h"
#include "models/store/CampaignRepository.h"
#include "models/store/ChangeHub.h"
#include "models/store/Store.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QStackedBarSeries>
#include <QTimeZone>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>

namespace pitchside::ui {

using campaigns::DayMonitor;

MonitoringView::MonitoringView(store::Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_gauge(new DailyGauge(this)), m_banner(new MessageBanner(this)),
      m_history(new QChartView(this)), m_reload(new QTimer(this))
{
    auto *gaugeCard = new QFrame(this);
    gaugeCard->setObjectName(QStringLiteral("Card"));
    auto *gaugeLayout = new QVBoxLayout(gaugeCard);
    auto *gaugeTitle = new QLabel(tr("Today (UTC day)"), gaugeCard);
    gaugeTitle->setObjectName(QStringLiteral("PageSubtitle"));
    m_level = new QLabel(gaugeCard);
    m_level->setWordWrap(true);
    m_level->setAlignment(Qt::AlignHCenter);
    gaugeLayout->addWidget(gaugeTitle);
    gaugeLayout->addWidget(m_gauge, 1);
    gaugeLayout->addWidget(m_level);

    auto *cards = new QGridLayout;
    cards->setSpacing(Theme::spacing * 2);
    cards->addWidget(card(tr("First messages sent today"), &m_message1), 0, 0);
    cards->addWidget(card(tr("Follow-ups sent today"), &m_message2), 0, 1);
    cards->addWidget(card(tr("Failed today"), &m_errors), 1, 0);
    cards->addWidget(card(tr("Replies today"), &m_replies), 1, 1);
    cards->addWidget(card(tr("Contacts that can still get a first message today"), &m_capacity), 2, 0, 1, 2);

    auto *top = new QHBoxLayout;
    top->setSpacing(Theme::spacing * 2);
    top->addWidget(gaugeCard, 1);
    top->addLayout(cards, 1);

    m_history->setRenderHint(QPainter::Antialiasing);
    m_history->setMinimumHeight(240);
    m_history->setFrameShape(QFrame::NoFrame);
    m_history->setStyleSheet(QStringLiteral("background: transparent"));
    m_history->setAccessibleName(tr("Messages of the last 30 days"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::spacing * 2, Theme::spacing * 2, Theme::spacing * 2, Theme::spacing);
    layout->setSpacing(Theme::spacing * 2);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addWidget(m_history, 1);

    // Messages change several times a second while a campaign sends.
    m_reload->setSingleShot(true);
    m_reload->setInterval(500);
    connect(m_reload, &QTimer::timeout, this, &MonitoringView::reload);
    connect(&store.hub(), &store::ChangeHub::changed, this, [this](const QString &type, const QStringList &) {
        if (type != store::EntityType::CampaignMessage)
            return;
        if (!isVisible())
            m_stale = true;
        else if (!m_reload->isActive())
            m_reload->start();
    });
    // The limit starts over at 00:00 UTC.
    auto *midnight = new QTimer(this);
    midnight->setInterval(60 * 1000);
    connect(midnight, &QTimer::timeout, this, [this] {
        if (isVisible() && Clock::nowUtc().date() != m_gaugeDay)
            reload();
    });
    midnight->start();
}

QWidget *MonitoringView::card(const QString &caption, QLabel **value)
{
    auto *frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("Card"));
    auto *v = new QVBoxLayout(frame);
    v->setContentsMargins(Theme::spacing * 2, Theme::spacing * 1.5, Theme::spacing * 2, Theme::spacing * 1.5);
    *value = new QLabel(QStringLiteral("0"), frame);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    (*value)->setFont(big);
    auto *label = new QLabel(caption, frame);
    label->setObjectName(QStringLiteral("PageSubtitle"));
    label->setWordWrap(true);
    v->addWidget(*value);
    v->addWidget(label);
    return frame;
}

void MonitoringView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void MonitoringView::reload()
{
    m_stale = false;
    const store::CampaignRepository campaigns = m_store.campaigns();
    const QDate today = Clock::nowUtc().date();
    m_gaugeDay = today;
    const DayMonitor day = DayMonitor::read(campaigns, today);
    const QLocale locale;

    m_gauge->setValue(day.total(), day.limit);
    m_level->setText(tr("%1 % of the %2 messages WhatsApp allows a day").arg(locale.toString(day.percent(), 'f', 0),
                                                                              locale.toString(day.limit)));
    m_message1->setText(locale.toString(day.message1));
    m_message2->setText(locale.toString(day.message2));
    m_errors->setText(day.errors == 0 ? QStringLiteral("0")
                                      : tr("%1 (%2 %)").arg(locale.toString(day.errors),
                                                            locale.toString(day.errorRate() * 100, 'f', 1)));
    QPalette errorPalette = m_errors->palette();
    errorPalette.setColor(QPalette::WindowText,
                          day.errorAlert() ? Theme::danger() : palette().color(QPalette::WindowText));
    m_errors->setPalette(errorPalette);
    m_replies->setText(day.replies == 0 ? QStringLiteral("0")
                                        : tr("%1 (%2 % of first messages)")
                                              .arg(locale.toString(day.replies),
                                                   locale.toString(day.interactionRate() * 100, 'f', 0)));
    m_capacity->setText(locale.toString(day.capacity()));

    if (day.level() == campaigns::Level::Blocked)
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("Today's WhatsApp limit is reached: campaigns being sent go on after midnight UTC "
                                 "(%1 here).")
                                  .arg(locale.toString(QDateTime(today.addDays(1), QTime(0, 0), QTimeZone::utc())
                                                           .toLocalTime()
                                                           .time(),
                                                       QLocale::ShortFormat)));
    else if (day.errorAlert())
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("%1 % of today's messages failed (more than 10 %). Check the numbers of the "
                                 "failed contacts before sending more: WhatsApp may block a sender that keeps "
                                 "failing.")
                                  .arg(locale.toString(day.errorRate() * 100, 'f', 0)));
    else if (day.level() == campaigns::Level::Danger)
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("Close to today's limit: keep the rest for tomorrow."));
    else
        m_banner->dismiss();

    // The last 30 days, stacked by kind.
    const QVector<store::CampaignRepository::DayCounts> history = campaigns.history(today, 30);
    auto *first = new QBarSet(tr("First messages"));
    auto *second = new QBarSet(tr("Follow-ups"));
    auto *failed = new QBarSet(tr("Failed"));
    first->setColor(Theme::accent());
    second->setColor(Theme::success());
    failed->setColor(Theme::danger());
    QStringList days;
    int top = 0;
    for (const auto &d : history) {
        *first << d.message1;
        *second << d.message2;
        *failed << d.errors;
        top = qMax(top, d.message1 + d.message2 + d.errors);
        days << locale.toString(d.day, QStringLiteral("d/M"));
    }
    auto *series = new QStackedBarSeries;
    series->append(first);
    series->append(second);
    series->append(failed);
    auto *chart = new QChart;
    chart->setTitle(tr("Last 30 days"));
    chart->addSeries(series);
    chart->setBackgroundVisible(false);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(palette().color(QPalette::WindowText));
    chart->setTitleBrush(palette().color(QPalette::WindowText));
    auto *x = new QBarCategoryAxis;
    x->append(days);
    x->setLabelsAngle(-60);
    x->setLabelsColor(palette().color(QPalette::WindowText));
    auto *y = new QValueAxis;
    y->setRange(0, qMax(10, int(top * 1.1)));
    y->setLabelFormat(QStringLiteral("%d"));
    y->setLabelsColor(palette().color(QPalette::WindowText));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    QChart *old = m_history->chart();
    m_history->setChart(chart);
    delete old;
}

} // namespace pitchside::ui
