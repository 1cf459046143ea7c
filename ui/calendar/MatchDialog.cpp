#include "MatchDialog.h"

#include "TeamBadge.h"
#include "../common/FieldMessage.h"
#include "../common/Icons.h"
#include "../common/MediaPickerDialog.h"
#include "../common/MediaThumbnails.h"
#include "../common/Theme.h"
#include "models/store/Store.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace pitchside::ui {

namespace {
constexpr int kNameMax = 100; // the server's limits (tests/server matches_routes)
constexpr int kVenueMax = 200;
constexpr int kCompetitionMax = 100;
constexpr int kBadge = 44;

QSpinBox *scoreBox(QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(-1, 99);
    box->setSpecialValueText(QStringLiteral("–")); // no score yet
    box->setAlignment(Qt::AlignCenter);
    box->setMinimumWidth(64);
    return box;
}
} // namespace

MatchDialog::MatchDialog(store::Store &store, MediaThumbnails &thumbnails, const Match &match, bool isNew,
                         QWidget *parent)
    : QDialog(parent), m_store(store), m_thumbnails(thumbnails), m_match(match), m_homeName(new QLineEdit(this)),
      m_awayName(new QLineEdit(this)), m_homeScore(scoreBox(this)), m_awayScore(scoreBox(this)),
      m_when(new LocalDateTimeEdit(this)), m_competition(new QComboBox(this)), m_venue(new QLineEdit(this)),
      m_status(new QComboBox(this)), m_profile(new QComboBox(this)), m_problems(new FieldMessage(this))
{
    setWindowTitle(isNew ? tr("New match") : tr("Edit match"));
    setMinimumWidth(560);
    m_homeLogo = makeLogoButton(true);
    m_awayLogo = makeLogoButton(false);

    auto *completer = new QCompleter(m_store.matches().teamNames(), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    for (QLineEdit *name : {m_homeName, m_awayName}) {
        name->setMaxLength(kNameMax);
        name->setCompleter(completer);
        connect(name, &QLineEdit::textChanged, this, &MatchDialog::refresh);
    }
    m_homeName->setPlaceholderText(tr("Home team"));
    m_awayName->setPlaceholderText(tr("Away team"));
    m_homeName->setAccessibleName(tr("Home team"));
    m_awayName->setAccessibleName(tr("Away team"));
    m_homeScore->setAccessibleName(tr("Home team's goals"));
    m_awayScore->setAccessibleName(tr("Away team's goals"));
    m_homeName->setText(match.home.name);
    m_awayName->setText(match.away.name);
    m_homeScore->setValue(match.scoreHome.value_or(-1));
    m_awayScore->setValue(match.scoreAway.value_or(-1));

    // Teams face each other, the score between them.
    auto *teams = new QGridLayout;
    teams->setHorizontalSpacing(Theme::spacing);
    auto *homeLabel = new QLabel(tr("Home"), this);
    auto *awayLabel = new QLabel(tr("Away"), this);
    for (QLabel *l : {homeLabel, awayLabel})
        l->setStyleSheet(QStringLiteral("color: %1").arg(Theme::mutedText().name()));
    teams->addWidget(homeLabel, 0, 1);
    teams->addWidget(awayLabel, 0, 5);
    teams->addWidget(m_homeLogo, 1, 0);
    teams->addWidget(m_homeName, 1, 1);
    teams->addWidget(m_homeScore, 1, 2);
    teams->addWidget(new QLabel(QStringLiteral("–"), this), 1, 3);
    teams->addWidget(m_awayScore, 1, 4);
    teams->addWidget(m_awayName, 1, 5);
    teams->addWidget(m_awayLogo, 1, 6);
    teams->setColumnStretch(1, 1);
    teams->setColumnStretch(5, 1);

    m_when->setCalendarPopup(true);
    QString format = QLocale().dateTimeFormat(QLocale::ShortFormat);
    format.replace(QRegularExpression(QStringLiteral("(?<!y)yy(?!y)")), QStringLiteral("yyyy")); // a four-digit year
    m_when->setDisplayFormat(format);
    m_when->setDateTime(match.matchDate.toLocalTime());
    m_when->setAccessibleName(tr("Kick-off"));
    m_competition->setEditable(true);
    m_competition->addItems(m_store.matches().competitions());
    m_competition->setCurrentText(match.competition);
    m_competition->lineEdit()->setMaxLength(kCompetitionMax);
    m_competition->lineEdit()->setPlaceholderText(tr("Championship, cup, friendly…"));
    m_competition->setAccessibleName(tr("Competition"));
    m_venue->setText(match.venue);
    m_venue->setMaxLength(kVenueMax);
    m_venue->setPlaceholderText(tr("Stadium, pitch or town"));
    m_venue->setAccessibleName(tr("Venue"));
    m_status->addItem(tr("Upcoming"), int(Match::Status::Upcoming));
    m_status->addItem(tr("Live"), int(Match::Status::Live));
    m_status->addItem(tr("Finished"), int(Match::Status::Finished));
    m_status->setCurrentIndex(m_status->findData(int(match.status)));
    m_status->setAccessibleName(tr("Status"));
    m_profile->addItem(tr("All my profiles"), QString());
    for (const Profile &p : m_store.profiles().all())
        m_profile->addItem(p.name, p.id);
    m_profile->setCurrentIndex(std::max(0, m_profile->findData(match.profileId)));
    connect(m_status, &QComboBox::currentIndexChanged, this, &MatchDialog::refresh);
    connect(&m_thumbnails, &MediaThumbnails::ready, this, &MatchDialog::refresh); // a logo arrived
    connect(m_homeScore, &QSpinBox::valueChanged, this, &MatchDialog::refresh);
    connect(m_awayScore, &QSpinBox::valueChanged, this, &MatchDialog::refresh);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Kick-off"), m_when);
    form->addRow(tr("Competition"), m_competition);
    form->addRow(tr("Venue"), m_venue);
    form->addRow(tr("Status"), m_status);
    if (m_profile->count() > 1)
        form->addRow(tr("Profile"), m_profile);
    else
        m_profile->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("PrimaryButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isValid())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The match's other actions on a row of their own, above Save/Cancel:
    // French labels would not fit beside them.
    auto *actions = new QHBoxLayout;
    if (!isNew) {
        auto *remove = new QPushButton(Icons::ui(QStringLiteral("trash-2"), Theme::danger()), tr("Delete match"), this);
        connect(remove, &QPushButton::clicked, this, [this] { done(Deleted); });
        actions->addWidget(remove);
    }
    actions->addStretch(1);
    auto *post = new QPushButton(Icons::ui(QStringLiteral("square-pen")), tr("Create matchday post"), this);
    post->setToolTip(tr("Save the match and write a post from a template with its teams, date, venue and score"));
    connect(post, &QPushButton::clicked, this, [this] {
        if (isValid())
            done(MatchdayPost);
    });
    actions->addWidget(post);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(Theme::spacing * 1.5);
    layout->addLayout(teams);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addLayout(actions);
    layout->addWidget(buttons);
    refresh();
}

QToolButton *MatchDialog::makeLogoButton(bool home)
{
    auto *button = new QToolButton(this);
    button->setIconSize(QSize(kBadge, kBadge));
    button->setAutoRaise(true);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolTip(tr("Team logo"));
    button->setAccessibleName(home ? tr("Home team's logo") : tr("Away team's logo"));
    auto *menu = new QMenu(button);
    menu->addAction(Icons::ui(QStringLiteral("images")), tr("Choose from the media library…"), this,
                    [this, home] { chooseLogo(home); });
    menu->addAction(Icons::ui(QStringLiteral("link")), tr("Enter the logo's address…"), this, [this, home] {
        TeamInfo &team = home ? m_match.home : m_match.away;
        bool ok = false;
        const QString url = QInputDialog::getText(this, tr("Team logo"), tr("Address of the logo (https://…)"),
                                                  QLineEdit::Normal, team.logoUrl, &ok);
        if (ok) {
            team.logoUrl = QUrl(url.trimmed()).isValid() ? url.trimmed() : QString();
            refresh();
        }
    });
    menu->addAction(Icons::ui(QStringLiteral("x")), tr("Remove the logo"), this, [this, home] {
        (home ? m_match.home : m_match.away).logoUrl.clear();
        refresh();
    });
    button->setMenu(menu);
    return button;
}

void MatchDialog::chooseLogo(bool home)
{
    MediaPickerDialog picker(m_store, m_thumbnails, 1, this);
    if (picker.exec() != QDialog::Accepted || picker.selectedIds().isEmpty())
        return;
    (home ? m_match.home : m_match.away).logoUrl = TeamBadge::logoUrlFor(picker.selectedIds().first());
    refresh();
}

Match MatchDialog::match() const
{
    Match m = m_match;
    m.home.name = m_homeName->text().trimmed();
    m.away.name = m_awayName->text().trimmed();
    m.matchDate = m_when->enteredDateTime().toUTC();
    m.competition = m_competition->currentText().trimmed();
    m.venue = m_venue->text().trimmed();
    m.status = static_cast<Match::Status>(m_status->currentData().toInt());
    m.profileId = m_profile->currentData().toString();
    const bool scored = m.status != Match::Status::Upcoming && m_homeScore->value() >= 0 && m_awayScore->value() >= 0;
    m.scoreHome = scored ? std::optional<int>(m_homeScore->value()) : std::nullopt;
    m.scoreAway = scored ? std::optional<int>(m_awayScore->value()) : std::nullopt;
    return m;
}

bool MatchDialog::isValid(QStringList *problems) const
{
    QStringList out;
    if (m_homeName->text().trimmed().isEmpty() || m_awayName->text().trimmed().isEmpty())
        out << tr("Name both teams.");
    const auto status = static_cast<Match::Status>(m_status->currentData().toInt());
    if (status == Match::Status::Finished && (m_homeScore->value() < 0 || m_awayScore->value() < 0))
        out << tr("A finished match needs its score.");
    if (problems)
        *problems = out;
    return out.isEmpty();
}

void MatchDialog::refresh()
{
    if (!m_save)
        return; // still being built
    const Match m = match();
    m_homeLogo->setIcon(QIcon(TeamBadge::pixmap(m.home, kBadge, &m_store, &m_thumbnails)));
    m_awayLogo->setIcon(QIcon(TeamBadge::pixmap(m.away, kBadge, &m_store, &m_thumbnails)));
    const bool upcoming = m.status == Match::Status::Upcoming;
    m_homeScore->setEnabled(!upcoming);
    m_awayScore->setEnabled(!upcoming);
    m_homeScore->setToolTip(upcoming ? tr("The score is kept once the match is live or finished") : QString());
    QStringList problems;
    const bool valid = isValid(&problems);
    // Say what is missing only once the person has started filling the form.
    const bool started = !m_homeName->text().isEmpty() || !m_awayName->text().isEmpty();
    m_problems->setMessages(started ? problems : QStringList{});
    m_save->setEnabled(valid);
}

} // namespace pitchside::ui
