#include "AiPanel.h"

#include "../common/Icons.h"
#include "../common/Theme.h"
#include "sync/ai/AiAssistant.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace pitchside::ui {

namespace {

QLabel *muted(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: %1").arg(Theme::mutedText().name()));
    return label;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setWeight(QFont::DemiBold);
    label->setFont(f);
    return label;
}

} // namespace

AiPanel::AiPanel(QWidget *parent)
    : QWidget(parent), m_quotaLabel(new QLabel(this)), m_quotaBar(new QProgressBar(this)),
      m_explanation(new QLabel(this)), m_topic(new QLineEdit(this)),
      m_ideasButton(new QPushButton(Icons::ui(QStringLiteral("sparkles")), tr("Suggest ideas"), this)),
      m_ideas(new QListWidget(this)), m_tone(new QComboBox(this)), m_length(new QComboBox(this)),
      m_writeButton(new QPushButton(Icons::ui(QStringLiteral("pen-line")), tr("Write a post from this idea"), this)),
      m_variantsButton(new QPushButton(Icons::ui(QStringLiteral("git-compare-arrows")), tr("Three variants of my text"),
                                       this)),
      m_busy(muted(tr("Writing…"), this)), m_results(new QWidget(this)), m_resultsLayout(new QVBoxLayout(m_results))
{
    m_quotaLabel->setWordWrap(true);
    m_quotaBar->setTextVisible(false);
    m_quotaBar->setMaximumHeight(6);
    m_explanation->setWordWrap(true);
    m_explanation->setObjectName(QStringLiteral("AiExplanation"));
    m_topic->setPlaceholderText(tr("Topic, e.g. the derby on Saturday"));
    m_topic->setAccessibleName(tr("Topic of the ideas"));
    m_ideas->setAccessibleName(tr("Ideas"));
    m_ideas->setWordWrap(true);
    m_ideas->setMaximumHeight(150);
    m_ideas->hide();
    m_tone->addItem(tr("Professional"), QStringLiteral("professional"));
    m_tone->addItem(tr("Casual"), QStringLiteral("casual"));
    m_tone->addItem(tr("Inspiring"), QStringLiteral("inspirational"));
    m_tone->setAccessibleName(tr("Tone"));
    m_length->addItem(tr("Short"), QStringLiteral("short"));
    m_length->addItem(tr("Medium"), QStringLiteral("medium"));
    m_length->addItem(tr("Long"), QStringLiteral("long"));
    m_length->setCurrentIndex(1);
    m_length->setAccessibleName(tr("Length"));
    m_busy->hide();
    m_resultsLayout->setContentsMargins(0, 0, 0, 0);
    m_resultsLayout->setSpacing(Theme::spacing);

    auto *inner = new QWidget(this);
    auto *col = new QVBoxLayout(inner);
    col->setContentsMargins(Theme::spacing, Theme::spacing, Theme::spacing, 0);
    col->setSpacing(Theme::spacing);
    col->addWidget(m_quotaLabel);
    col->addWidget(m_quotaBar);
    col->addWidget(m_explanation);
    col->addWidget(heading(tr("Ideas"), inner));
    auto *ideaRow = new QHBoxLayout;
    ideaRow->addWidget(m_topic, 1);
    ideaRow->addWidget(m_ideasButton);
    col->addLayout(ideaRow);
    col->addWidget(m_ideas);
    auto *writeRow = new QHBoxLayout;
    writeRow->addWidget(m_tone);
    writeRow->addWidget(m_length);
    writeRow->addWidget(m_writeButton, 1);
    col->addLayout(writeRow);
    col->addWidget(heading(tr("Variants"), inner));
    col->addWidget(m_variantsButton, 0, Qt::AlignLeft);
    col->addWidget(m_busy);
    col->addWidget(m_results);
    col->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_ideasButton, &QPushButton::clicked, this, [this] {
        // Without a topic, the ideas are about the profile (the club, the team).
        if (m_assistant)
            m_assistant->suggestIdeas(m_topic->text().trimmed().isEmpty() ? m_defaultTopic : m_topic->text(), {}, 8);
    });
    connect(m_ideas, &QListWidget::currentRowChanged, this, &AiPanel::refreshState);
    connect(m_writeButton, &QPushButton::clicked, this, [this] {
        QListWidgetItem *item = m_ideas->currentItem();
        if (!m_assistant || !item)
            return;
        sync::ai::Idea idea;
        idea.title = item->data(Qt::UserRole).toString();
        idea.description = item->data(Qt::UserRole + 1).toString();
        Platform target = Platform::Facebook;
        for (Platform p : AllPlatforms) {
            if (m_platforms.testFlag(p)) {
                target = p; // the first chosen network sets the style
                break;
            }
        }
        m_assistant->writePost(idea, target, m_tone->currentData().toString(), m_length->currentData().toString());
    });
    connect(m_variantsButton, &QPushButton::clicked, this, [this] {
        if (m_assistant)
            m_assistant->writeVariants(m_currentText);
    });
    refreshState();
}

void AiPanel::setAssistant(sync::ai::AiAssistant *assistant)
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_assistant = assistant;
    if (assistant) {
        using sync::ai::AiAssistant;
        m_connections << connect(assistant, &AiAssistant::stateChanged, this, &AiPanel::refreshState);
        m_connections << connect(assistant, &AiAssistant::ideasReady, this, &AiPanel::showIdeas);
        m_connections << connect(assistant, &AiAssistant::postReady, this, [this](const sync::ai::GeneratedPost &p) {
            addResult(tr("Post from “%1”").arg(p.ideaTitle), p.content, p.hashtags, p.ideaTitle);
        });
        m_connections << connect(assistant, &AiAssistant::variantsReady, this,
                                 [this](const QVector<sync::ai::Variant> &variants) {
                                     clearResults();
                                     for (const sync::ai::Variant &v : variants)
                                         addResult(tr("Variant: %1").arg(QString(v.variationType).replace(u'_', u' ')),
                                                   v.content, {}, {});
                                 });
        m_connections << connect(assistant, &AiAssistant::failed, this, [this](const QString &message) {
            m_explanation->setText(message);
            m_explanation->show();
        });
    }
    refreshState();
}

void AiPanel::setContext(const QString &defaultTopic, Platforms platforms)
{
    m_platforms = platforms;
    m_defaultTopic = defaultTopic;
}

int AiPanel::resultCount() const
{
    return int(m_results->findChildren<QFrame *>(QStringLiteral("AiResult"), Qt::FindDirectChildrenOnly).size());
}

void AiPanel::refreshState()
{
    sync::ai::AiAssistant *a = m_assistant;
    const bool ideas = a && a->canSuggestIdeas();
    const bool write = a && a->canWrite();
    m_ideasButton->setEnabled(ideas);
    m_writeButton->setEnabled(write && m_ideas->currentItem());
    m_variantsButton->setEnabled(write);
    m_busy->setVisible(a && a->isBusy());
    QString why;
    if (!a)
        why = tr("Sign in to your Pitchside account to get AI suggestions: they are made by the server.");
    else if (!a->isBusy())
        why = !ideas && !a->ideasExplanation().isEmpty() ? a->ideasExplanation() : a->writeExplanation();
    m_explanation->setText(why);
    m_explanation->setVisible(!why.isEmpty());
    m_explanation->setStyleSheet(QStringLiteral("color: %1").arg(Theme::warning().name()));
    // The disabled buttons say it too, on hover.
    m_ideasButton->setToolTip(ideas ? tr("Ideas of posts for your club") : why);
    m_variantsButton->setToolTip(write ? tr("Three rewrites: shorter, more casual, with a call to action") : why);
    m_writeButton->setToolTip(write ? tr("A post written from the chosen idea") : why);

    const sync::ai::Quota q = a ? a->quota() : sync::ai::Quota{};
    m_quotaBar->setVisible(q.known() && q.limit > 0);
    if (q.known() && q.limit > 0) {
        m_quotaBar->setRange(0, q.limit);
        m_quotaBar->setValue(q.used);
        m_quotaLabel->setText(tr("Idea generations this month: %1 of %2 used · renewed on %3")
                                  .arg(q.used)
                                  .arg(q.limit)
                                  .arg(QLocale().toString(q.resetsAt.toLocalTime().date(), QStringLiteral("d MMMM"))));
    } else {
        m_quotaLabel->setText(tr("Idea generations: 100 a month. The count shows after the first request."));
    }
}

void AiPanel::showIdeas(const QVector<sync::ai::Idea> &ideas)
{
    m_ideas->clear();
    for (const sync::ai::Idea &i : ideas) {
        auto *item = new QListWidgetItem(i.description.isEmpty() ? i.title
                                                                 : QStringLiteral("%1\n%2").arg(i.title, i.description),
                                         m_ideas);
        item->setData(Qt::UserRole, i.title);
        item->setData(Qt::UserRole + 1, i.description);
        item->setToolTip(i.description);
    }
    m_ideas->setVisible(!ideas.isEmpty());
    if (!ideas.isEmpty())
        m_ideas->setCurrentRow(0);
    refreshState();
}

void AiPanel::clearResults()
{
    qDeleteAll(m_results->findChildren<QFrame *>(QStringLiteral("AiResult"), Qt::FindDirectChildrenOnly));
}

void AiPanel::addResult(const QString &title, const QString &text, const QStringList &hashtags,
                        const QString &ideaSource)
{
    auto *frame = new QFrame(m_results);
    frame->setObjectName(QStringLiteral("AiResult"));
    frame->setFrameShape(QFrame::StyledPanel);
    auto *col = new QVBoxLayout(frame);
    col->addWidget(heading(title, frame));
    QString shown = text;
    if (!hashtags.isEmpty())
        shown += QStringLiteral("\n\n#") + hashtags.join(QStringLiteral(" #"));
    auto *body = new QLabel(shown, frame);
    body->setWordWrap(true);
    body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    col->addWidget(body);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    auto *insert = new QPushButton(tr("Insert"), frame);
    insert->setToolTip(tr("Insert at the cursor"));
    auto *replace = new QPushButton(tr("Replace my text"), frame);
    row->addWidget(insert);
    row->addWidget(replace);
    col->addLayout(row);
    connect(insert, &QPushButton::clicked, this, [this, text, hashtags] { Q_EMIT insertRequested(text, hashtags); });
    connect(replace, &QPushButton::clicked, this,
            [this, text, hashtags, ideaSource] { Q_EMIT replaceRequested(text, hashtags, ideaSource); });
    m_resultsLayout->insertWidget(0, frame);
}

} // namespace pitchside::ui
