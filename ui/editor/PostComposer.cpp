#include "PostComposer.h"

#include "MediaStrip.h"
#include "PlatformCounters.h"
#include "PostTextEdit.h"
#include "PublishingPanel.h"
#include "SpellChecker.h"
#include "../common/FieldMessage.h"
#include "../common/Icons.h"
#include "../common/Theme.h"
#include "models/Clock.h"
#include "models/store/Store.h"

#include <QSet>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>

namespace pitchside::ui {

namespace {

QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setWeight(QFont::DemiBold);
    label->setFont(f);
    return label;
}

} // namespace

PostComposer::PostComposer(store::Store &store, SpellChecker &spelling, MediaThumbnails &thumbnails, QWidget *parent)
    : QWidget(parent), m_store(store), m_profile(new QComboBox(this)), m_language(new QComboBox(this)),
      m_text(new PostTextEdit(spelling, this)), m_counters(new PlatformCounters(this)), m_hashtags(new QLineEdit(this)),
      m_commentToggle(new QToolButton(this)), m_firstComment(new QPlainTextEdit(this)),
      m_media(new MediaStrip(store, thumbnails, this)), m_status(new QLabel(this)), m_when(new LocalDateTimeEdit(this)),
      m_whenHint(new FieldMessage(this)), m_schedule(new QPushButton(this)), m_unschedule(new QPushButton(this)),
      m_publishNow(new QPushButton(this)), m_publishing(new PublishingPanel(this)), m_readOnly(new QLabel(this))
{
    for (const char *field : {"platforms", "content", "hashtags", "first_comment", "media_ids", "scheduled_at"})
        m_messages.insert(QString::fromLatin1(field), new FieldMessage(this));

    m_readOnly->setWordWrap(true);
    m_readOnly->hide();
    m_text->setPlaceholderText(tr("What do you want to tell your supporters?"));
    m_text->setAccessibleName(tr("Post text"));
    m_text->setMinimumHeight(170);
    m_hashtags->setPlaceholderText(tr("Hashtags, e.g. #JourDeMatch #FCVaulx"));
    m_hashtags->setAccessibleName(tr("Hashtags"));
    m_hashtags->addAction(Icons::ui(QStringLiteral("hash"), Theme::mutedText()), QLineEdit::LeadingPosition);
    m_firstComment->setPlaceholderText(tr("Posted as the first comment, e.g. the hashtags or a link"));
    m_firstComment->setAccessibleName(tr("First comment"));
    m_firstComment->setMaximumHeight(84);
    m_firstComment->setTabChangesFocus(true);
    m_firstComment->hide();
    m_commentToggle->setText(tr("Add a first comment"));
    m_commentToggle->setIcon(Icons::ui(QStringLiteral("message-square")));
    m_commentToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_commentToggle->setAutoRaise(true);
    m_commentToggle->setCheckable(true);
    connect(m_commentToggle, &QToolButton::toggled, this, [this](bool on) {
        m_firstComment->setVisible(on);
        if (on && !m_loading)
            m_firstComment->setFocus();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, Theme::spacing, 0);
    layout->setSpacing(Theme::spacing);
    layout->addWidget(m_readOnly);
    layout->addWidget(buildNetworks());
    layout->addWidget(m_messages.value(QStringLiteral("platforms")));
    layout->addWidget(m_text, 1);
    layout->addWidget(m_counters);
    layout->addWidget(m_messages.value(QStringLiteral("content")));
    layout->addWidget(m_hashtags);
    layout->addWidget(m_messages.value(QStringLiteral("hashtags")));
    layout->addWidget(m_commentToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_firstComment);
    layout->addWidget(m_messages.value(QStringLiteral("first_comment")));
    layout->addWidget(sectionLabel(tr("Photos and videos"), this));
    layout->addWidget(m_media);
    layout->addWidget(m_messages.value(QStringLiteral("media_ids")));
    layout->addWidget(sectionLabel(tr("Publication"), this));
    layout->addWidget(buildSchedule());
    layout->addWidget(m_messages.value(QStringLiteral("scheduled_at")));

    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        // The spelling highlighter's repaints also say "textChanged": only
        // a changed text is an edit.
        QString text = m_text->toPlainText();
        if (text == m_lastText)
            return;
        m_lastText = std::move(text);
        fieldChanged();
    });
    connect(m_hashtags, &QLineEdit::textEdited, this, &PostComposer::fieldChanged);
    connect(m_firstComment, &QPlainTextEdit::textChanged, this, &PostComposer::fieldChanged);
    connect(m_media, &MediaStrip::changed, this, &PostComposer::fieldChanged);
    connect(m_media, &MediaStrip::addRequested, this, &PostComposer::addMediaRequested);
    connect(m_profile, &QComboBox::activated, this, &PostComposer::fieldChanged);
    connect(&m_store.hub(), &store::ChangeHub::changed, this, [this](const QString &type) {
        if (type == store::EntityType::Profile)
            reloadProfiles();
    });
    reloadProfiles();
}

QWidget *PostComposer::buildNetworks()
{
    // Two short rows rather than one long one: the composer keeps ~480 px
    // at 1280×800 and French labels are longer.
    auto *bar = new QWidget(this);
    auto *rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(Theme::spacing / 2);
    auto *row = new QHBoxLayout;
    row->setSpacing(Theme::spacing / 2);
    for (Platform p : AllPlatforms) {
        auto *button = new QToolButton(bar);
        button->setCheckable(true);
        button->setIcon(Icons::platform(p));
        button->setText(platformName(p));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAccessibleName(platformName(p));
        button->setToolTip(tr("Publish on %1").arg(platformName(p)));
        connect(button, &QToolButton::clicked, this, [this, button](bool checked) {
            // A post goes somewhere: the last network stays ticked.
            if (!checked && !platforms()) {
                button->setChecked(true);
                m_messages.value(QStringLiteral("platforms"))
                    ->setMessages({PostRules::violation(QStringLiteral("platforms_missing"), QStringLiteral("platforms")).message()},
                                  FieldMessage::Kind::Warning);
                return;
            }
            fieldChanged();
        });
        m_platformButtons.insert(p, button);
        row->addWidget(button);
    }
    row->addStretch(1);
    rows->addLayout(row);

    auto *second = new QHBoxLayout;
    second->setSpacing(Theme::spacing / 2);
    m_profile->setAccessibleName(tr("Profile"));
    m_profile->setToolTip(tr("The club, team or sponsor this post speaks for"));
    m_profile->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_profile->setMinimumContentsLength(12);
    m_language->setAccessibleName(tr("Spelling language"));
    m_language->setToolTip(tr("Language of the spelling check for this post"));
    m_language->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_language->setMinimumContentsLength(8);
    for (const QString &code : SpellChecker::availableLanguages())
        m_language->addItem(Icons::ui(QStringLiteral("languages")), SpellChecker::languageName(code), code);
    m_language->addItem(tr("No spelling check"), QString());
    connect(m_language, &QComboBox::activated, this, [this] {
        m_text->setSpellLanguage(spellLanguage());
        fieldChanged();
    });
    second->addWidget(m_profile, 1);
    second->addWidget(m_language, 1);
    rows->addLayout(second);
    return bar;
}

QWidget *PostComposer::buildSchedule()
{
    auto *bar = new QWidget(this);
    auto *rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(Theme::spacing / 2);
    m_status->setTextFormat(Qt::RichText);
    m_status->setWordWrap(true);
    m_when->setCalendarPopup(true);
    // The locale's short format with a four-digit year (fr already has one; en_GB has "yy").
    QString format = QLocale().dateTimeFormat(QLocale::ShortFormat);
    format.replace(QRegularExpression(QStringLiteral("(?<!y)yy(?!y)")), QStringLiteral("yyyy"));
    m_when->setDisplayFormat(format);
    m_when->setAccessibleName(tr("Publication date and time"));
    m_schedule->setIcon(Icons::ui(QStringLiteral("calendar-clock")));
    m_schedule->setText(tr("Schedule"));
    m_schedule->setToolTip(tr("Publish at this date and time"));
    m_unschedule->setIcon(Icons::ui(QStringLiteral("calendar-x")));
    m_unschedule->setText(tr("Unschedule"));
    m_unschedule->setToolTip(tr("Keep it as a draft without a date"));
    connect(m_schedule, &QPushButton::clicked, this,
            [this] { Q_EMIT scheduleRequested(m_when->enteredDateTime()); });
    connect(m_unschedule, &QPushButton::clicked, this, &PostComposer::unscheduleRequested);
    m_publishNow->setObjectName(QStringLiteral("PublishNow"));
    m_publishNow->setIcon(Icons::ui(QStringLiteral("send")));
    m_publishNow->setText(tr("Publish now"));
    m_publishNow->setToolTip(tr("Send it to its networks now (offline: as soon as the connection is back)"));
    connect(m_publishNow, &QPushButton::clicked, this, &PostComposer::publishNowRequested);
    auto *row = new QHBoxLayout;
    row->setSpacing(Theme::spacing);
    row->addWidget(m_when);
    row->addWidget(m_schedule);
    row->addWidget(m_unschedule);
    row->addStretch(1);
    row->addWidget(m_publishNow);
    // A date typed but not applied is said, not lost silently when the post
    // closes (issue 11): only Schedule changes when a post goes out.
    m_whenHint->setObjectName(QStringLiteral("UnappliedDateHint"));
    connect(m_when, &QDateTimeEdit::dateTimeChanged, this, &PostComposer::refreshWhenHint);
    rows->addWidget(m_status);
    rows->addLayout(row);
    rows->addWidget(m_whenHint);
    rows->addWidget(m_publishing);
    m_publishing->hide();
    return bar;
}

void PostComposer::reloadProfiles()
{
    const QString current = m_profile->currentData().toString();
    m_profile->clear();
    for (const Profile &p : m_store.profiles().all())
        m_profile->addItem(p.name, p.id);
    m_profile->setVisible(m_profile->count() > 0);
    const int index = m_profile->findData(current);
    if (index >= 0)
        m_profile->setCurrentIndex(index);
}

void PostComposer::setPost(const Post &post)
{
    m_loading = true;
    if (m_text->toPlainText() != post.content)
        m_text->setPlainText(post.content);
    m_lastText = post.content;
    QStringList marked;
    for (const QString &tag : post.hashtags)
        marked << QLatin1Char('#') + tag;
    m_hashtags->setText(marked.join(QLatin1Char(' ')));
    m_firstComment->setPlainText(post.firstComment);
    m_commentToggle->setChecked(!post.firstComment.isEmpty());
    m_media->setMediaIds(post.mediaIds);
    setPlatforms(post.platforms);
    const int profile = m_profile->findData(post.profileId);
    if (profile >= 0)
        m_profile->setCurrentIndex(profile);
    refreshSchedule(post);
    m_loading = false;
    updateCounters();
}

void PostComposer::applyTo(Post &post) const
{
    post.platforms = platforms();
    if (m_profile->count() > 0)
        post.profileId = m_profile->currentData().toString();
    post.content = m_text->toPlainText();
    post.hashtags = PostRules::parseHashtagField(m_hashtags->text());
    post.firstComment = m_firstComment->toPlainText().trimmed();
    post.mediaIds = m_media->mediaIds();
}

Platforms PostComposer::platforms() const
{
    Platforms result;
    for (auto it = m_platformButtons.begin(); it != m_platformButtons.end(); ++it) {
        if (it.value()->isChecked())
            result |= it.key();
    }
    return result;
}

void PostComposer::setPlatforms(Platforms platforms)
{
    for (auto it = m_platformButtons.begin(); it != m_platformButtons.end(); ++it)
        it.value()->setChecked(platforms.testFlag(it.key()));
}

QString PostComposer::spellLanguage() const
{
    return m_language->currentData().toString();
}

void PostComposer::setSpellLanguage(const QString &language)
{
    const int index = m_language->findData(language);
    m_language->setCurrentIndex(index >= 0 ? index : m_language->count() - 1);
    m_text->setSpellLanguage(spellLanguage());
}

void PostComposer::fieldChanged()
{
    if (m_loading)
        return;
    updateCounters();
    Q_EMIT edited();
}

void PostComposer::updateCounters()
{
    m_counters->refresh(m_text->toPlainText(), PostRules::parseHashtagField(m_hashtags->text()), platforms());
}

void PostComposer::refreshSchedule(const Post &post)
{
    const QLocale locale;
    const QColor colour = Theme::statusColor(post.status);
    QString text = QStringLiteral("<span style='color:%1'>●</span> <b>%2</b>")
                       .arg(colour.name(), postStatusName(post.status).toHtmlEscaped());
    if (post.status == PostStatus::Published && post.publishedAt.isValid())
        text += QStringLiteral(" · ") + locale.toString(post.publishedAt.toLocalTime(), QLocale::ShortFormat);
    else if (post.scheduledAt.isValid())
        text += QStringLiteral(" · ") + locale.toString(post.scheduledAt.toLocalTime(), QLocale::ShortFormat);
    m_status->setText(text);
    const QDateTime suggested = post.scheduledAt.isValid()
                                    ? post.scheduledAt.toLocalTime()
                                    : QDateTime(Clock::today().addDays(1), QTime(12, 0));
    m_appliedWhen = post.scheduledAt.isValid() ? post.scheduledAt.toLocalTime() : QDateTime();
    m_suggestedWhen = suggested;
    m_whenScheduled = post.status == PostStatus::Scheduled;
    m_when->setDateTime(suggested);
    const bool editable = post.status != PostStatus::Published && post.status != PostStatus::Publishing;
    m_schedule->setText(post.status == PostStatus::Scheduled ? tr("Reschedule") : tr("Schedule"));
    m_unschedule->setVisible(post.status == PostStatus::Scheduled || post.scheduledAt.isValid());
    m_schedule->setEnabled(editable);
    m_unschedule->setEnabled(editable);
    m_publishNow->setText(post.status == PostStatus::Failed ? tr("Try again") : tr("Publish now"));
    m_publishNow->setEnabled(editable);
    m_when->setEnabled(editable);
    refreshWhenHint();
}

void PostComposer::refreshWhenHint()
{
    const QDateTime shown = m_when->dateTime();
    const QDateTime reference = m_appliedWhen.isValid() ? m_appliedWhen : m_suggestedWhen;
    if (!m_when->isEnabled() || !reference.isValid() || shown == reference) {
        m_whenHint->clear();
        return;
    }
    const QString button = m_schedule->text();
    QString text;
    if (m_appliedWhen.isValid() && m_whenScheduled)
        text = tr("Not applied yet: the post still goes out on %1. Click “%2” to use the new date.")
                   .arg(QLocale().toString(m_appliedWhen, QLocale::ShortFormat), button);
    else if (m_appliedWhen.isValid())
        text = tr("Not applied yet: the draft keeps %1. Click “%2” to publish at the new date.")
                   .arg(QLocale().toString(m_appliedWhen, QLocale::ShortFormat), button);
    else
        text = tr("Not applied yet: click “%1” to publish at this date. Otherwise the post stays a draft without "
                  "a date.")
                   .arg(button);
    m_whenHint->setMessages({text}, FieldMessage::Kind::Warning);
}

void PostComposer::setViolations(const QVector<RuleViolation> &violations)
{
    QMap<QString, QStringList> byField;
    QSet<QString> broken; // fields with at least one rule broken now (not only advice)
    for (const RuleViolation &v : violations) {
        const QString field = m_messages.contains(v.field) ? v.field : QStringLiteral("content");
        if (!byField[field].contains(v.message()))
            byField[field] << v.message();
        if (!v.advice)
            broken.insert(field);
    }
    // A draft's advice (what a network will need to publish it) is amber:
    // nothing is refused yet, and a new user's first draft is not "wrong".
    for (auto it = m_messages.begin(); it != m_messages.end(); ++it)
        it.value()->setMessages(byField.value(it.key()), broken.contains(it.key()) ? FieldMessage::Kind::Error
                                                                                   : FieldMessage::Kind::Warning);
}

QStringList PostComposer::messagesFor(const QString &field) const
{
    FieldMessage *m = m_messages.value(field);
    return m && m->isVisibleTo(this) ? m->messages() : QStringList();
}

bool PostComposer::messagesAreErrors(const QString &field) const
{
    FieldMessage *m = m_messages.value(field);
    return m && m->kind() == FieldMessage::Kind::Error;
}

void PostComposer::setReadOnly(bool readOnly, const QString &why)
{
    m_text->setReadOnly(readOnly);
    m_hashtags->setReadOnly(readOnly);
    m_firstComment->setReadOnly(readOnly);
    m_media->setEnabled(!readOnly);
    for (QToolButton *b : std::as_const(m_platformButtons))
        b->setEnabled(!readOnly);
    m_profile->setEnabled(!readOnly);
    m_readOnly->setText(why);
    m_readOnly->setStyleSheet(QStringLiteral("color: %1").arg(Theme::mutedText().name()));
    m_readOnly->setVisible(readOnly && !why.isEmpty());
}

} // namespace pitchside::ui
