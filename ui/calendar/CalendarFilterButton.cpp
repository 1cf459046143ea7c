#include "CalendarFilterButton.h"

#include "../common/Icons.h"
#include "../common/Theme.h"
#include "models/Preferences.h"
#include "models/store/Store.h"

#include <QActionGroup>
#include <QMenu>

namespace pitchside::ui {

namespace {
const QString kProfile = QStringLiteral("calendar/filter/profile");
const QString kPlatforms = QStringLiteral("calendar/filter/platforms");
const QString kStatuses = QStringLiteral("calendar/filter/statuses");
const QString kMatches = QStringLiteral("calendar/filter/matches");
const QString kEvents = QStringLiteral("calendar/filter/events");
} // namespace

CalendarFilterButton::CalendarFilterButton(store::Store &store, Preferences &preferences, QWidget *parent)
    : QToolButton(parent), m_store(store), m_preferences(preferences)
{
    m_filter.profileId = preferences.value(kProfile).toString();
    m_filter.platforms = Platforms::fromInt(preferences.value(kPlatforms, 0).toInt());
    m_filter.statusMask = preferences.value(kStatuses, 0).toUInt();
    m_filter.matches = preferences.value(kMatches, true).toBool();
    m_filter.events = preferences.value(kEvents, true).toBool();
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIcon(Icons::ui(QStringLiteral("filter")));
    setAccessibleName(tr("Filters"));
    setToolTip(tr("Choose the profile, networks and statuses the calendar shows"));
    setMenu(new QMenu(this));
    connect(menu(), &QMenu::aboutToShow, this, &CalendarFilterButton::rebuildMenu);
    connect(&m_store.hub(), &store::ChangeHub::changed, this, [this](const QString &type) {
        if (type == store::EntityType::Profile)
            refreshText();
    });
    refreshText();
}

void CalendarFilterButton::setFilter(const CalendarFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    save();
    refreshText();
    Q_EMIT filterChanged(m_filter);
}

void CalendarFilterButton::clear()
{
    setFilter(CalendarFilter{});
}

void CalendarFilterButton::save()
{
    m_preferences.setValue(kProfile, m_filter.profileId);
    m_preferences.setValue(kPlatforms, int(m_filter.platforms.toInt()));
    m_preferences.setValue(kStatuses, m_filter.statusMask);
    m_preferences.setValue(kMatches, m_filter.matches);
    m_preferences.setValue(kEvents, m_filter.events);
}

void CalendarFilterButton::refreshText()
{
    int on = 0;
    on += m_filter.profileId.isEmpty() ? 0 : 1;
    on += m_filter.platforms ? 1 : 0;
    on += m_filter.statusMask ? 1 : 0;
    on += (!m_filter.matches || !m_filter.events) ? 1 : 0;
    setText(on ? tr("Filters (%1)").arg(on) : tr("Filters"));
    setIcon(Icons::ui(QStringLiteral("filter"), on ? Theme::accent() : QColor()));
}

void CalendarFilterButton::rebuildMenu()
{
    QMenu *m = menu();
    m->clear();
    m->setToolTipsVisible(true);

    m->addSection(tr("Profile"));
    auto *profiles = new QActionGroup(m);
    const auto addProfile = [&](const QString &label, const QString &id) {
        QAction *a = m->addAction(label);
        a->setCheckable(true);
        a->setChecked(m_filter.profileId == id);
        profiles->addAction(a);
        connect(a, &QAction::triggered, this, [this, id] {
            CalendarFilter f = m_filter;
            f.profileId = id;
            setFilter(f);
        });
    };
    addProfile(tr("All profiles"), QString());
    for (const Profile &p : m_store.profiles().all())
        addProfile(tr("%1 (%2)").arg(p.name, profileTypeName(p.type)), p.id);

    m->addSection(tr("Networks"));
    for (Platform p : AllPlatforms) {
        QAction *a = m->addAction(Icons::platform(p), platformName(p));
        a->setCheckable(true);
        a->setChecked(m_filter.platforms.testFlag(p));
        connect(a, &QAction::toggled, this, [this, p](bool on) {
            CalendarFilter f = m_filter;
            f.platforms.setFlag(p, on);
            setFilter(f);
        });
    }

    m->addSection(tr("Status"));
    for (PostStatus s : AllPostStatuses) {
        QAction *a = m->addAction(Icons::ui(QStringLiteral("square"), Theme::statusColor(s)), postStatusName(s));
        a->setCheckable(true);
        a->setChecked(m_filter.statusMask & store::PostFilter::bit(s));
        connect(a, &QAction::toggled, this, [this, s](bool on) {
            CalendarFilter f = m_filter;
            f.statusMask = on ? f.statusMask | store::PostFilter::bit(s) : f.statusMask & ~store::PostFilter::bit(s);
            setFilter(f);
        });
    }

    m->addSection(tr("Also show"));
    QAction *matches = m->addAction(Icons::ui(QStringLiteral("trophy"), Theme::matchColor()), tr("Matches"));
    matches->setCheckable(true);
    matches->setChecked(m_filter.matches);
    connect(matches, &QAction::toggled, this, [this](bool on) {
        CalendarFilter f = m_filter;
        f.matches = on;
        setFilter(f);
    });
    QAction *events = m->addAction(Icons::ui(QStringLiteral("flag"), Theme::eventColor()), tr("Events"));
    events->setCheckable(true);
    events->setChecked(m_filter.events);
    connect(events, &QAction::toggled, this, [this](bool on) {
        CalendarFilter f = m_filter;
        f.events = on;
        setFilter(f);
    });
    m->addSeparator();
    QAction *reset = m->addAction(tr("Show everything"), this, &CalendarFilterButton::clear);
    reset->setEnabled(m_filter.isActive());
}

} // namespace pitchside::ui
