#include "CalendarPage.h"

#include "../common/EmptyState.h"
#include "../common/Icons.h"
#include "../common/PageHeader.h"
#include "../common/Theme.h"
#include "models/store/Store.h"

#include <QHeaderView>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QStackedLayout>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pitchside::ui {

namespace {
constexpr int kPostIdRole = Qt::UserRole + 1;
constexpr int kDaysAhead = 28;
} // namespace

CalendarPage::CalendarPage(UiContext &context, QWidget *parent)
    : Page(parent), m_context(context), m_stack(new QStackedLayout), m_agenda(new QTreeWidget(this)),
      m_empty(new EmptyState(QStringLiteral("calendar-days"), this))
{
    auto *header = new PageHeader(this);
    header->setTitle(title());
    header->setSubtitle(tr("The next four weeks: posts, matches and events · times in %1")
                            .arg(QTimeZone::systemTimeZone().displayName(QDateTime::currentDateTime(),
                                                                         QTimeZone::ShortName)));
    auto *newPost = new QPushButton(Icons::ui(QStringLiteral("plus"), Theme::onAccent()), tr("New post"), this);
    newPost->setObjectName(QStringLiteral("PrimaryButton"));
    newPost->setToolTip(tr("Write a new post (Ctrl+N)"));
    connect(newPost, &QPushButton::clicked, this, &CalendarPage::newPostRequested);
    header->addWidget(newPost);

    m_agenda->setColumnCount(2);
    m_agenda->setHeaderHidden(true);
    m_agenda->setRootIsDecorated(false);
    m_agenda->setIndentation(0);
    m_agenda->setUniformRowHeights(false);
    m_agenda->setIconSize(QSize(18, 18));
    m_agenda->setAccessibleName(tr("Agenda"));
    m_agenda->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_agenda->header()->setStretchLastSection(true);
    m_agenda->setFrameShape(QFrame::NoFrame);
    m_agenda->setStyleSheet(QStringLiteral("QTreeWidget::item { padding: 6px 4px; }"));
    connect(m_agenda, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(0, kPostIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT openPostRequested(id);
    });

    m_empty->setTitle(tr("Nothing planned yet"));
    m_empty->setText(tr("Posts you schedule, your matches and your club's events appear here, day by day. "
                        "Start by writing a post and giving it a date."));
    connect(m_empty->setAction(tr("Write a post")), &QPushButton::clicked, this, &CalendarPage::newPostRequested);

    m_stack->addWidget(m_agenda);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(header);
    auto *body = new QWidget(this);
    body->setLayout(m_stack);
    body->setContentsMargins(Theme::spacing * 2, 0, Theme::spacing * 2, Theme::spacing);
    layout->addWidget(body, 1);

    connect(&m_context.store.hub(), &store::ChangeHub::changed, this, [this](const QString &type) {
        if (type == store::EntityType::Post || type == store::EntityType::Match || type == store::EntityType::Event)
            reload();
    });
    reload();
}

int CalendarPage::itemCount() const
{
    int n = 0;
    for (int i = 0; i < m_agenda->topLevelItemCount(); ++i)
        n += m_agenda->topLevelItem(i)->childCount();
    return n;
}

void CalendarPage::reload()
{
    const QDate today = QDate::currentDate();
    const QDateTime from = today.startOfDay();
    const QDateTime to = today.addDays(kDaysAhead).startOfDay();
    const QLocale locale;

    struct Entry
    {
        QDateTime at;
        QIcon icon;
        QString what;
        QString tooltip;
        QColor color;
        QString postId;
    };
    QMap<QDate, QVector<Entry>> days;

    for (const PostSummary &p : m_context.store.posts().scheduledBetween(from, to)) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(p.scheduledAtMs).toLocalTime();
        QIcon icon = Icons::ui(QStringLiteral("file-text"), Theme::statusColor(p.status));
        for (Platform platform : AllPlatforms) {
            if (p.platforms.testFlag(platform)) {
                icon = Icons::platform(platform);
                break;
            }
        }
        QStringList networks;
        for (Platform platform : AllPlatforms) {
            if (p.platforms.testFlag(platform))
                networks << platformName(platform);
        }
        days[at.date()].push_back({at, icon,
                                   QStringLiteral("%1 · %2").arg(postStatusName(p.status),
                                                                 p.preview.isEmpty() ? tr("(empty post)") : p.preview),
                                   networks.join(QStringLiteral(", ")), Theme::statusColor(p.status), p.id});
    }
    for (const Match &m : m_context.store.calendar().matchesBetween(from, to)) {
        const QDateTime at = m.matchDate.toLocalTime();
        QString what = tr("%1 – %2").arg(m.home.name, m.away.name);
        if (m.scoreHome && m.scoreAway)
            what += QStringLiteral("  %1–%2").arg(*m.scoreHome).arg(*m.scoreAway);
        if (!m.competition.isEmpty())
            what += QStringLiteral(" · ") + m.competition;
        days[at.date()].push_back({at, Icons::ui(QStringLiteral("trophy"), Theme::matchColor()), what, m.venue,
                                   Theme::matchColor(), {}});
    }
    for (const Event &e : m_context.store.calendar().eventsBetween(from, to)) {
        const QDateTime at = e.start.toLocalTime();
        days[qMax(at.date(), today)].push_back({at, Icons::ui(QStringLiteral("flag"), Theme::eventColor()), e.name,
                                                e.address, Theme::eventColor(), {}});
    }

    m_agenda->clear();
    QFont dayFont = font();
    dayFont.setBold(true);
    for (auto it = days.begin(); it != days.end(); ++it) {
        std::sort(it->begin(), it->end(), [](const Entry &a, const Entry &b) { return a.at < b.at; });
        auto *day = new QTreeWidgetItem(m_agenda);
        QString label = locale.toString(it.key(), QStringLiteral("dddd d MMMM"));
        if (it.key() == today)
            label = tr("Today · %1").arg(label);
        day->setText(0, label);
        day->setFirstColumnSpanned(true);
        day->setFont(0, dayFont);
        day->setFlags(Qt::ItemIsEnabled);
        for (const Entry &e : *it) {
            auto *row = new QTreeWidgetItem(day);
            row->setText(0, locale.toString(e.at.time(), QLocale::ShortFormat));
            row->setForeground(0, e.color);
            row->setIcon(1, e.icon);
            row->setText(1, e.what);
            row->setToolTip(1, e.tooltip);
            row->setData(0, kPostIdRole, e.postId);
        }
        day->setExpanded(true);
    }
    m_stack->setCurrentWidget(days.isEmpty() ? static_cast<QWidget *>(m_empty) : m_agenda);
}

} // namespace pitchside::ui
