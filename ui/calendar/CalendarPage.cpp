#include "CalendarPage.h"

#include "AgendaView.h"
#include "CalendarActions.h"
#include "CalendarFilterButton.h"
#include "DraftTray.h"
#include "MonthView.h"
#include "TimeGridView.h"
#include "../common/Icons.h"
#include "../common/MediaThumbnails.h"
#include "../common/MessageBanner.h"
#include "../common/PageHeader.h"
#include "../common/Theme.h"
#include "models/CalendarLoader.h"
#include "models/Clock.h"
#include "models/Preferences.h"
#include "models/store/Store.h"
#include "models/Post.h"

#include <QButtonGroup>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <utility>

namespace pitchside::ui {

namespace {

const QString kViewKey = QStringLiteral("calendar/view");
const QString kSplitterKey = QStringLiteral("calendar/splitter");

QString viewKey(CalendarPage::ViewKind kind)
{
    switch (kind) {
    case CalendarPage::ViewKind::Month:
        return QStringLiteral("month");
    case CalendarPage::ViewKind::Week:
        return QStringLiteral("week");
    case CalendarPage::ViewKind::Day:
        return QStringLiteral("day");
    case CalendarPage::ViewKind::Agenda:
        return QStringLiteral("agenda");
    }
    return {};
}

QString timeZoneText()
{
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QDateTime now = Clock::nowLocal();
    return CalendarPage::tr("Times in your time zone: %1 (%2)")
        .arg(zone.displayName(now, QTimeZone::LongName), zone.displayName(now, QTimeZone::ShortName));
}

} // namespace

namespace {
// Reloads caused by store changes move to the loader's thread when the last
// load took longer than this on the UI thread, or when many posts changed at
// once: a sync landing posts every 250 ms must not freeze the window for the
// length of a load (76 ms for a month of 8,000 posts on the bench machine).
// The person's own edits name a few ids and reload here, at once.
constexpr qint64 kUiThreadLoadBudgetMs = 12;
constexpr int kFewChanges = 50;
} // namespace

CalendarPage::CalendarPage(UiContext &context, QWidget *parent, QUndoStack *undo)
    : Page(parent), m_context(context), m_undo(undo ? undo : new QUndoStack(this)),
      m_thumbnails(new MediaThumbnails(context.store, this)), m_banner(new MessageBanner(this)),
      m_publishingBanner(new MessageBanner(this)),
      m_filters(new CalendarFilterButton(context.store, context.preferences, this)), m_month(new MonthView(this)),
      m_week(new TimeGridView(7, this)), m_day(new TimeGridView(1, this)), m_agenda(new AgendaView(this)),
      m_views(new QStackedWidget(this)), m_tray(new DraftTray(context.store, this)),
      m_actions(new CalendarActions(context.store, *m_undo, *m_banner, *m_thumbnails, this)),
      m_period(new QLabel(this)), m_reloadTimer(new QTimer(this))
{
    auto *header = new PageHeader(this);
    header->setTitle(title());
    header->setSubtitle(timeZoneText());
    header->addWidget(m_filters);
    auto *newMatch = new QPushButton(Icons::ui(QStringLiteral("trophy"), Theme::matchColor()), tr("New match"), this);
    newMatch->setToolTip(tr("Add a fixture to the calendar"));
    connect(newMatch, &QPushButton::clicked, this, [this] {
        m_actions->newMatch(QDateTime(currentDate() < Clock::today() ? Clock::today() : currentDate(),
                                      QTime(15, 0)));
    });
    header->addWidget(newMatch);
    auto *newPost = new QPushButton(Icons::ui(QStringLiteral("plus"), Theme::onAccent()), tr("New post"), this);
    newPost->setObjectName(QStringLiteral("PrimaryButton"));
    newPost->setToolTip(tr("Write a new post (Ctrl+N)"));
    connect(newPost, &QPushButton::clicked, this, &CalendarPage::newPostRequested);
    header->addWidget(newPost);

    for (CalendarView *view : {static_cast<CalendarView *>(m_month), static_cast<CalendarView *>(m_week),
                               static_cast<CalendarView *>(m_day), static_cast<CalendarView *>(m_agenda)}) {
        m_views->addWidget(view);
        connectView(view);
    }
    m_tray->setMinimumWidth(220);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_views);
    splitter->addWidget(m_tray);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({900, 260});
    splitter->restoreState(context.preferences.value(kSplitterKey).toByteArray());
    connect(splitter, &QSplitter::splitterMoved, this, [this, splitter] {
        m_context.preferences.setValue(kSplitterKey, splitter->saveState());
    });
    m_views->setFrameShape(QFrame::StyledPanel);

    auto *body = new QVBoxLayout;
    body->setContentsMargins(Theme::spacing * 3, 0, Theme::spacing * 3, Theme::spacing * 2);
    body->setSpacing(Theme::spacing);
    body->addWidget(buildNavigation());
    body->addWidget(m_publishingBanner);
    body->addWidget(m_banner);
    body->addWidget(splitter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addLayout(body, 1);

    connect(m_actions, &CalendarActions::openPostRequested, this, &CalendarPage::openPostRequested);
    connect(m_actions, &CalendarActions::newPostRequested, this, &CalendarPage::newPostAtRequested);
    connect(m_actions, &CalendarActions::matchdayPostRequested, this, &CalendarPage::matchdayPostRequested);
    connect(m_actions, &CalendarActions::selectRequested, this, &CalendarPage::revealPost);
    connect(m_tray, &DraftTray::openPostRequested, this, &CalendarPage::openPostRequested);
    connect(m_tray, &DraftTray::unscheduleRequested, m_actions, &CalendarActions::unschedulePost);
    connect(m_tray, &DraftTray::menuRequested, this, [this](const QString &id, const QPoint &pos) {
        CalendarEntry entry;
        entry.id = id;
        m_actions->showEntryMenu(entry, pos);
    });
    connect(m_filters, &CalendarFilterButton::filterChanged, this, &CalendarPage::reload);
    connect(m_publishingBanner, &MessageBanner::actionTriggered, this, &CalendarPage::accountsRequested);
    connect(m_publishingBanner, &MessageBanner::closed, this,
            [this] { m_publishingClosedText = m_publishingText; });

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(0);
    connect(m_reloadTimer, &QTimer::timeout, this, &CalendarPage::reloadAfterChange);
    connect(&m_context.store.hub(), &store::ChangeHub::changed, this,
            [this](const QString &type, const QStringList &ids) {
                if (type == store::EntityType::Post || type == store::EntityType::Match
                    || type == store::EntityType::Event || type == store::EntityType::Profile
                    || type == store::EntityType::SocialAccount) { // a post's warning comes or goes
                    // "Many or unknown ids" is a sync landing pages: it may turn
                    // an empty month into a full one in one step.
                    m_bulkChange = m_bulkChange || ids.isEmpty() || ids.size() > kFewChanges;
                    scheduleReload();
                }
            });

    const QString saved = context.preferences.value(kViewKey, viewKey(ViewKind::Month)).toString();
    ViewKind kind = ViewKind::Month;
    for (ViewKind k : {ViewKind::Month, ViewKind::Week, ViewKind::Day, ViewKind::Agenda}) {
        if (viewKey(k) == saved)
            kind = k;
    }
    m_kind = kind == ViewKind::Month ? ViewKind::Week : ViewKind::Month; // so that setViewKind acts
    setViewKind(kind);
    m_tray->reload(m_filters->filter().postFilter());
}

CalendarPage::~CalendarPage() = default;

QWidget *CalendarPage::buildNavigation()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(Theme::spacing);
    auto *today = new QPushButton(tr("Today"), bar);
    today->setToolTip(tr("Go to today (T)"));
    connect(today, &QPushButton::clicked, this, [this] { goToDate(Clock::today()); });
    const auto arrow = [this, bar](const QString &icon, const QString &tip, int direction) {
        auto *b = new QToolButton(bar);
        b->setIcon(Icons::ui(icon));
        b->setToolTip(tip);
        b->setAccessibleName(tip);
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, this, [this, direction] { currentView()->stepPeriod(direction); });
        return b;
    };
    row->addWidget(today);
    row->addWidget(arrow(QStringLiteral("chevron-left"), tr("Previous (Page Up)"), -1));
    row->addWidget(arrow(QStringLiteral("chevron-right"), tr("Next (Page Down)"), 1));
    QFont big = m_period->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setWeight(QFont::DemiBold);
    m_period->setFont(big);
    m_period->setAccessibleName(tr("Period shown"));
    row->addWidget(m_period);
    row->addStretch(1);

    const std::pair<ViewKind, QString> kinds[] = {{ViewKind::Month, tr("Month")},
                                                  {ViewKind::Week, tr("Week")},
                                                  {ViewKind::Day, tr("Day")},
                                                  {ViewKind::Agenda, tr("List")}};
    for (const auto &[kind, label] : kinds) {
        auto *b = new QToolButton(bar);
        b->setText(label);
        b->setCheckable(true);
        b->setAccessibleName(label);
        b->setObjectName(QStringLiteral("Segment")); // styled by Theme, with its focus ring
        // Tab stops at each (an exclusive group would otherwise be one stop, arrows between).
        b->setFocusPolicy(Qt::StrongFocus);
        b->setToolTip(tr("%1 view").arg(label));
        connect(b, &QToolButton::clicked, this, [this, kind = kind] { setViewKind(kind); });
        m_viewButtons.push_back(b);
        row->addWidget(b);
    }
    row->setSpacing(Theme::spacing);
    // No QButtonGroup: Tab stops only at the checked button of one (the
    // others were out of the keyboard's reach); setViewKind() keeps one checked.
    return bar;
}

void CalendarPage::connectView(CalendarView *view)
{
    connect(view, &CalendarView::currentDateChanged, this, &CalendarPage::onDateChanged);
    connect(view, &CalendarView::entryActivated, m_actions, &CalendarActions::activate);
    connect(view, &CalendarView::entryMenuRequested, m_actions, &CalendarActions::showEntryMenu);
    connect(view, &CalendarView::emptyMenuRequested, m_actions, &CalendarActions::showEmptyMenu);
    connect(view, &CalendarView::postDroppedOnDay, m_actions, &CalendarActions::movePostToDay);
    connect(view, &CalendarView::postDroppedAt, m_actions, &CalendarActions::schedulePostAt);
    connect(view, &CalendarView::dayRequested, this, [this](QDate day) {
        setViewKind(ViewKind::Day);
        goToDate(day);
    });
    connect(view, &CalendarView::deleteRequested, this, [this](const CalendarEntry &e) {
        if (e.kind == CalendarEntry::Kind::Post)
            m_actions->deletePost(e.id);
        else if (e.kind == CalendarEntry::Kind::Match)
            m_actions->deleteMatch(e.id);
    });
}

CalendarView *CalendarPage::currentView() const
{
    return static_cast<CalendarView *>(m_views->currentWidget());
}

void CalendarPage::setViewKind(ViewKind kind)
{
    for (int i = 0; i < m_viewButtons.size(); ++i)
        m_viewButtons.at(i)->setChecked(i == int(kind));
    if (kind == m_kind)
        return;
    const QDate date = currentView() ? currentView()->currentDate() : Clock::today();
    m_kind = kind;
    CalendarView *view = kind == ViewKind::Month  ? static_cast<CalendarView *>(m_month)
                         : kind == ViewKind::Week ? static_cast<CalendarView *>(m_week)
                         : kind == ViewKind::Day  ? static_cast<CalendarView *>(m_day)
                                                  : static_cast<CalendarView *>(m_agenda);
    view->blockSignals(true);
    view->setCurrentDate(date);
    view->blockSignals(false);
    m_views->setCurrentWidget(view);
    m_context.preferences.setValue(kViewKey, viewKey(kind));
    loadRange();
    if (isVisible())
        view->setFocus();
}

void CalendarPage::activate()
{
    // Shown again: reload only if the store changed while hidden. The page
    // loaded when it was built, and start-up shows it right after.
    if (m_stale)
        reload();
    currentView()->setFocus();
}

QList<std::pair<QString, QString>> CalendarPage::keyboardHelp() const
{
    // The keys CalendarView handles (keyPressEvent, focusNextPrevChild).
    const auto keys = [](std::initializer_list<QKeySequence> list) {
        QStringList out;
        for (const QKeySequence &k : list)
            out << k.toString(QKeySequence::NativeText);
        return out.join(QStringLiteral(", "));
    };
    return {
        {tr("Previous or next day"), keys({Qt::Key_Left, Qt::Key_Right})},
        {tr("Previous or next week (month view), hours (week and day views)"), keys({Qt::Key_Up, Qt::Key_Down})},
        {tr("Previous or next period"), keys({Qt::Key_PageUp, Qt::Key_PageDown})},
        {tr("Today"), keys({Qt::Key_T})},
        {tr("Next or previous post of the day"), keys({Qt::Key_Tab, QKeySequence(Qt::SHIFT | Qt::Key_Tab)})},
        {tr("Open the selected post, or the day"), keys({Qt::Key_Return})},
        {tr("Delete the selected post (undo with Ctrl+Z)"), keys({Qt::Key_Delete})},
        {tr("Actions on the selected post"), keys({Qt::Key_Menu})},
    };
}

void CalendarPage::goToDate(QDate date)
{
    currentView()->setCurrentDate(date);
}

QDate CalendarPage::currentDate() const
{
    return currentView()->currentDate();
}

QString CalendarPage::periodTitle() const
{
    return currentView()->periodTitle();
}

void CalendarPage::onDateChanged(QDate date)
{
    // A new range only when the date left the one loaded.
    const auto [first, last] = currentView()->rangeFor(date);
    if (first != m_snapshot.first() || last != m_snapshot.last())
        loadRange(); // the tray does not depend on the date
    m_period->setText(currentView()->periodTitle());
}

void CalendarPage::scheduleReload()
{
    // Hidden, the page reloads when shown again (activate): the editor saves
    // every second while typing, and a month of 5,000 posts is not free.
    if (isVisible())
        m_reloadTimer->start();
    else
        m_stale = true;
}

void CalendarPage::reload()
{
    m_reloadTimer->stop();
    m_stale = false;
    loadRange();
    m_tray->reload(m_filters->filter().postFilter());
}

void CalendarPage::revealPost(const QString &postId)
{
    const std::optional<Post> post = m_context.store.posts().find(postId);
    if (post && post->scheduledAt.isValid())
        goToDate(post->scheduledAt.toLocalTime().date());
    reload(); // the selection must find the entry where it is now
    currentView()->setSelectedId(postId);
}

QList<QAbstractButton *> CalendarPage::viewButtons() const
{
    return m_viewButtons;
}

void CalendarPage::loadRange()
{
    CalendarView *view = currentView();
    const auto [first, last] = view->rangeFor(view->currentDate());
    ++m_loadTicket; // answers the loader gives for earlier questions are dropped
    QElapsedTimer clock;
    clock.start();
    CalendarSnapshot snapshot = CalendarSnapshot::load(m_context.store, first, last, m_filters->filter());
    m_lastLoadMs = clock.elapsed();
    showSnapshot(std::move(snapshot));
}

void CalendarPage::reloadAfterChange()
{
    m_stale = false;
    m_tray->reload(m_filters->filter().postFilter());
    const bool bulk = std::exchange(m_bulkChange, false);
    if (!bulk && m_lastLoadMs <= kUiThreadLoadBudgetMs) {
        loadRange();
        return;
    }
    if (!m_loader) {
        m_loader = new CalendarLoader(m_context.store.path(), this);
        connect(m_loader, &CalendarLoader::loaded, this, [this](quint64 ticket, const CalendarSnapshot &snapshot) {
            if (ticket == m_loadTicket)
                showSnapshot(snapshot);
        });
        connect(m_loader, &CalendarLoader::failed, this, [this] {
            m_lastLoadMs = 0; // no second connection: load here, as before
            loadRange();
        });
    }
    CalendarView *view = currentView();
    const auto [first, last] = view->rangeFor(view->currentDate());
    m_loader->request(m_loadTicket, first, last, m_filters->filter());
}

void CalendarPage::showSnapshot(CalendarSnapshot snapshot)
{
    // The views keep pointers into the snapshot: detach them all while it
    // changes; only the one on screen gets the new one.
    for (int i = 0; i < m_views->count(); ++i)
        static_cast<CalendarView *>(m_views->widget(i))->setSnapshot(nullptr);
    m_snapshot = std::move(snapshot);
    CalendarView *view = currentView();
    view->setSnapshot(&m_snapshot);
    m_period->setText(view->periodTitle());
    showPublishingAlerts();
}

void CalendarPage::showPublishingAlerts()
{
    // One sentence per network and reason for the whole view, so that the
    // red marks on the chips come with what to do about them.
    QStringList lines;
    for (const PublishingAlert &a : m_snapshot.publishingAlerts())
        lines << a.text();
    const QString text = lines.join(QLatin1Char('\n'));
    m_publishingText = text;
    if (text.isEmpty() || text == m_publishingClosedText) {
        m_publishingBanner->dismiss();
        return;
    }
    m_publishingClosedText.clear();
    m_publishingBanner->showMessage(MessageBanner::Kind::Error, text, tr("Open Accounts"));
}

} // namespace pitchside::ui
