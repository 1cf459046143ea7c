#include "AnalyticsPage.h"

#include "../common/EmptyState.h"
#include "../common/Icons.h"
#include "../common/PageHeader.h"
#include "../common/Theme.h"
#include "models/Clock.h"
#include "models/store/Store.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QStackedBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QStackedLayout>
#include <QValueAxis>
#include <QVBoxLayout>

namespace pitchside::ui {

namespace {

QChart *styledChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    chart->setTitleFont(titleFont);
    chart->setTheme(Theme::isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(Theme::card());
    chart->setBackgroundRoundness(10);
    chart->setTitleBrush(QApplication::palette().color(QPalette::WindowText));
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

void addAxes(QChart *chart, QAbstractBarSeries *series, const QStringList &categories, int maximum,
             bool horizontal)
{
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setLabelsColor(QApplication::palette().color(QPalette::WindowText));
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, qMax(1, maximum));
    valueAxis->setLabelFormat(QStringLiteral("%d"));
    valueAxis->setTickCount(qMin(6, qMax(2, maximum + 1)));
    valueAxis->setLabelsColor(Theme::mutedText());
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
}

} // namespace

AnalyticsPage::AnalyticsPage(UiContext &context, QWidget *parent)
    : Page(parent), m_context(context), m_stack(new QStackedLayout),
      m_empty(new EmptyState(QStringLiteral("chart-column"), this)), m_byStatus(new QChartView(this)),
      m_byPlatform(new QChartView(this))
{
    auto *header = new PageHeader(this);
    header->setTitle(title());
    header->setSubtitle(tr("Your content at a glance, from what is on this computer."));

    auto *dashboard = new QWidget(this);
    auto *grid = new QGridLayout(dashboard);
    grid->setSpacing(Theme::spacing * 2);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(makeCard(tr("Posts in total"), &m_total), 0, 0);
    grid->addWidget(makeCard(tr("Planned in the next 7 days"), &m_nextWeek), 0, 1);
    grid->addWidget(makeCard(tr("Published in the last 30 days"), &m_publishedMonth), 0, 2);
    grid->addWidget(makeCard(tr("Drafts to finish"), &m_drafts), 0, 3);
    for (QChartView *view : {m_byStatus, m_byPlatform}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(260);
        view->setFrameShape(QFrame::NoFrame);
        view->setStyleSheet(QStringLiteral("background: transparent"));
    }
    grid->addWidget(m_byStatus, 1, 0, 1, 2);
    grid->addWidget(m_byPlatform, 1, 2, 1, 2);
    grid->setRowStretch(1, 1);

    m_empty->setTitle(tr("Nothing to measure yet"));
    m_empty->setText(tr("Once you write and plan posts, this page shows how many are planned, published and "
                        "waiting, by status and by network."));

    m_stack->addWidget(dashboard);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(header);
    auto *body = new QWidget(this);
    body->setLayout(m_stack);
    body->setContentsMargins(Theme::spacing * 3, 0, Theme::spacing * 3, Theme::spacing * 2);
    layout->addWidget(body, 1);

    connect(&m_context.store.hub(), &store::ChangeHub::changed, this, [this](const QString &type) {
        if (type == store::EntityType::Post && isVisible())
            reload();
    });
    reload();
}

QWidget *AnalyticsPage::makeCard(const QString &caption, QLabel **value)
{
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("Card"));
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(Theme::spacing * 2, Theme::spacing * 2, Theme::spacing * 2, Theme::spacing * 2);
    *value = new QLabel(card);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    (*value)->setFont(big);
    auto *label = new QLabel(caption, card);
    label->setObjectName(QStringLiteral("PageSubtitle"));
    label->setWordWrap(true);
    layout->addWidget(*value);
    layout->addWidget(label);
    return card;
}

void AnalyticsPage::reload()
{
    store::PostRepository &posts = m_context.store.posts();
    const QLocale locale;
    const int total = posts.count({});
    const QDateTime now = Clock::nowLocal();
    m_total->setText(locale.toString(total));
    m_nextWeek->setText(locale.toString(posts.scheduledBetween(now, now.addDays(7)).size()));
    m_publishedMonth->setText(locale.toString(posts.countPublishedBetween(now.addDays(-30), now)));
    store::PostFilter drafts;
    drafts.statusMask = store::PostFilter::bit(PostStatus::Draft);
    m_drafts->setText(locale.toString(posts.count(drafts)));

    // By status, one coloured bar each.
    QChart *statusChart = styledChart(tr("Posts by status"));
    auto *statusSeries = new QStackedBarSeries;
    QStringList statusNames;
    int maxStatus = 0;
    QVector<int> perStatus;
    for (PostStatus s : AllPostStatuses) {
        store::PostFilter f;
        f.statusMask = store::PostFilter::bit(s);
        perStatus << posts.count(f);
        maxStatus = qMax(maxStatus, perStatus.constLast());
        statusNames << postStatusName(s);
    }
    // One stacked set per status, non-zero in its own column only, so that
    // each bar gets its status colour.
    int index = 0;
    for (PostStatus s : AllPostStatuses) {
        auto *set = new QBarSet(postStatusName(s));
        for (int i = 0; i < perStatus.size(); ++i)
            *set << (i == index ? perStatus.at(i) : 0);
        set->setColor(Theme::statusColor(s));
        set->setBorderColor(Theme::statusColor(s));
        statusSeries->append(set);
        ++index;
    }
    statusSeries->setBarWidth(0.6);
    statusChart->addSeries(statusSeries);
    addAxes(statusChart, statusSeries, statusNames, maxStatus, false);
    QChart *oldStatus = m_byStatus->chart();
    m_byStatus->setChart(statusChart); // releases the old chart to us
    delete oldStatus;

    // By network.
    QChart *platformChart = styledChart(tr("Posts by network"));
    auto *platformSeries = new QHorizontalBarSeries;
    auto *platformSet = new QBarSet(tr("Posts"));
    platformSet->setColor(Theme::accent());
    platformSet->setBorderColor(Theme::accent());
    QStringList platformNames;
    int maxPlatform = 0;
    for (Platform p : AllPlatforms) {
        store::PostFilter f;
        f.platforms = p;
        const int n = posts.count(f);
        maxPlatform = qMax(maxPlatform, n);
        *platformSet << n;
        platformNames << platformName(p);
    }
    platformSeries->append(platformSet);
    platformSeries->setBarWidth(0.6);
    platformChart->addSeries(platformSeries);
    addAxes(platformChart, platformSeries, platformNames, maxPlatform, true);
    QChart *oldPlatform = m_byPlatform->chart();
    m_byPlatform->setChart(platformChart);
    delete oldPlatform;

    m_stack->setCurrentWidget(total == 0 ? static_cast<QWidget *>(m_empty) : m_stack->widget(0));
}

} // namespace pitchside::ui
