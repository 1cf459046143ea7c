#include "EditorPage.h"

#include "AiPanel.h"
#include "MediaStrip.h"
#include "PostComposer.h"
#include "PublishingPanel.h"
#include "PostPreview.h"
#include "PostTextEdit.h"
#include "SpellChecker.h"
#include "VersionsPanel.h"
#include "../common/Icons.h"
#include "../common/MediaThumbnails.h"
#include "../common/MessageBanner.h"
#include "../common/PageHeader.h"
#include "../common/PostItemDelegate.h"
#include "../common/Theme.h"
#include "models/Logging.h"
#include "models/PostListModel.h"
#include "models/PostPlanner.h"
#include "models/Preferences.h"
#include "models/store/ParkedChanges.h"
#include "models/store/Store.h"

#include <QDateTimeEdit>
#include <QDir>
#include <QScopeGuard>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace pitchside::ui {

namespace {
const QString kLastPost = QStringLiteral("editor/lastPost");
const QString kPlatforms = QStringLiteral("editor/platforms");
const QString kListShown = QStringLiteral("editor/listShown");
const QString kSplitter = QStringLiteral("editor/splitter");
const QString kActiveProfile = QStringLiteral("profile/active");
const QString kLanguageKey = QStringLiteral("language"); // in the post's metadata
} // namespace

EditorPage::EditorPage(UiContext &context, QWidget *parent, QUndoStack *undo)
    : Page(parent), m_context(context), m_undo(undo ? undo : new QUndoStack(this)),
      m_spelling(new SpellChecker(QDir(context.dataRoot).filePath(QStringLiteral("dictionary.txt")), this)),
      m_thumbnails(new MediaThumbnails(context.store, this)),
      m_model(new PostListModel(context.store.posts(), context.store.hub(), this)), m_banner(new MessageBanner(this)),
      m_list(new QListView(this)), m_search(new QLineEdit(this)),
      m_composer(new PostComposer(context.store, *m_spelling, *m_thumbnails, this)),
      m_preview(new PostPreview(context.store, *m_thumbnails, this)), m_ai(new AiPanel(this)),
      m_versions(new VersionsPanel(context.store, this)), m_side(new QTabWidget(this)),
      m_splitter(new QSplitter(this)), m_saveState(new QLabel(this)), m_saveTimer(new QTimer(this))
{
    auto *header = new PageHeader(this);
    header->setTitle(title());
    header->setSubtitle(tr("Write once, publish on each network. Everything is saved as you type."));
    header->addWidget(buildHeaderActions());

    m_listPanel = buildPostList();
    auto *composerScroll = new QScrollArea(this);
    composerScroll->setWidget(m_composer);
    composerScroll->setWidgetResizable(true);
    composerScroll->setFrameShape(QFrame::NoFrame);
    composerScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    composerScroll->setMinimumWidth(420);
    m_side->addTab(m_preview, Icons::ui(QStringLiteral("eye")), tr("Preview"));
    m_side->addTab(m_ai, Icons::ui(QStringLiteral("sparkles")), tr("AI assist"));
    m_side->addTab(m_versions, Icons::ui(QStringLiteral("history")), tr("Versions"));
    m_side->setMinimumWidth(330);
    m_splitter->addWidget(m_listPanel);
    m_splitter->addWidget(composerScroll);
    m_splitter->addWidget(m_side);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({250, 500, 640});
    m_splitter->restoreState(context.preferences.value(kSplitter).toByteArray());
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { m_context.preferences.setValue(kSplitter, m_splitter->saveState()); });
    m_listPanel->setVisible(context.preferences.value(kListShown, false).toBool());
    m_listToggle->setChecked(m_listPanel->isVisible());

    auto *body = new QVBoxLayout;
    body->setContentsMargins(Theme::spacing * 3, 0, Theme::spacing * 3, Theme::spacing);
    body->setSpacing(Theme::spacing);
    body->addWidget(m_banner);
    body->addWidget(m_splitter, 1);
    body->addWidget(m_saveState, 0, Qt::AlignRight);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addLayout(body, 1);

    m_saveState->setStyleSheet(QStringLiteral("color: %1").arg(Theme::mutedText().name()));
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kAutosaveMs);
    connect(m_saveTimer, &QTimer::timeout, this, &EditorPage::save);
    connect(m_composer, &PostComposer::edited, this, &EditorPage::onEdited);
    connect(m_composer, &PostComposer::scheduleRequested, this, &EditorPage::schedule);
    connect(m_composer, &PostComposer::unscheduleRequested, this, &EditorPage::unschedule);
    connect(m_composer, &PostComposer::publishNowRequested, this, &EditorPage::publishNow);
    connect(m_composer->publishing(), &PublishingPanel::accountsRequested, this, &EditorPage::accountsRequested);
    connect(m_composer->publishing(), &PublishingPanel::mediaFixRequested, this, &EditorPage::fixMedia);
    connect(m_composer, &PostComposer::addMediaRequested, this, &EditorPage::attachMedia);
    connect(m_composer->media(), &MediaStrip::limitReached, this, [this](int refused) {
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("A post carries at most 10 photos or videos: %n were not attached.", nullptr, refused));
    });
    connect(m_versions, &VersionsPanel::restoreRequested, this, &EditorPage::restoreVersion);
    connect(m_banner, &MessageBanner::actionTriggered, this, [this] {
        if (m_undo->canUndo())
            m_undo->undo();
    });
    connect(m_ai, &AiPanel::insertRequested, this, [this](const QString &text, const QStringList &hashtags) {
        m_composer->text()->insertPlainText(text);
        if (!hashtags.isEmpty()) {
            Post p = m_post;
            m_composer->applyTo(p);
            for (const QString &h : hashtags) {
                if (!p.hashtags.contains(h, Qt::CaseInsensitive))
                    p.hashtags << h;
            }
            m_composer->hashtags()->setText(QLatin1Char('#') + p.hashtags.join(QStringLiteral(" #")));
            onEdited();
        }
    });
    connect(m_ai, &AiPanel::replaceRequested, this,
            [this](const QString &text, const QStringList &hashtags, const QString &idea) {
                m_post.aiGenerated = true;
                if (!idea.isEmpty())
                    m_post.ideaSource = idea;
                m_composer->text()->selectAll();
                m_composer->text()->insertPlainText(text); // one step of the text's own undo
                if (!hashtags.isEmpty())
                    m_composer->hashtags()->setText(QLatin1Char('#') + hashtags.join(QStringLiteral(" #")));
                onEdited();
            });
    connect(&m_context.store.hub(), &store::ChangeHub::changed, this,
            [this](const QString &type, const QStringList &ids) {
                if (type == store::EntityType::Profile)
                    m_profilesLoaded = false;
                if (type == store::EntityType::SocialAccount || type == store::EntityType::Publication) {
                    reloadPublishing();
                    refreshLive();
                }
                if (m_postId.isEmpty() || m_saving)
                    return;
                if (type == store::EntityType::Outbox)
                    showParkedReason();
                // A sync or the calendar changed the open post: show its new state.
                if (type == store::EntityType::Post && (ids.isEmpty() || ids.contains(m_postId)) && !m_saveTimer->isActive()) {
                    const std::optional<Post> fresh = m_context.store.posts().find(m_postId);
                    if (!fresh) {
                        newPost();
                    } else if (fresh->status != m_post.status || fresh->scheduledAt != m_post.scheduledAt
                               || fresh->content != m_post.content || fresh->mediaIds != m_post.mediaIds) {
                        load(*fresh);
                    }
                }
            });

    const QString last = context.preferences.value(kLastPost).toString();
    if (!last.isEmpty() && context.store.posts().find(last))
        openPost(last); // where the person left off, also after a crash
    else
        newPost();
}

EditorPage::~EditorPage()
{
    flush();
}

QWidget *EditorPage::buildHeaderActions()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(Theme::spacing);
    m_listToggle = new QToolButton(bar);
    m_listToggle->setIcon(Icons::ui(QStringLiteral("list")));
    m_listToggle->setText(tr("Posts"));
    m_listToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_listToggle->setCheckable(true);
    m_listToggle->setToolTip(tr("Show or hide the list of posts (Ctrl+F searches it)"));
    connect(m_listToggle, &QToolButton::toggled, this, [this](bool on) {
        m_listPanel->setVisible(on);
        m_context.preferences.setValue(kListShown, on);
    });
    auto *templates = new QToolButton(bar);
    templates->setIcon(Icons::ui(QStringLiteral("file-text")));
    templates->setText(tr("Templates"));
    templates->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    templates->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(templates);
    menu->addAction(tr("Start from a template…"), this, [this] { startFromTemplate(); });
    menu->addAction(tr("Save this post as a template…"), this, &EditorPage::saveAsTemplate);
    templates->setMenu(menu);
    m_deleteButton = new QToolButton(bar);
    m_deleteButton->setIcon(Icons::ui(QStringLiteral("trash-2"), Theme::danger()));
    m_deleteButton->setToolTip(tr("Delete this post (it can be undone)"));
    m_deleteButton->setAccessibleName(tr("Delete this post"));
    connect(m_deleteButton, &QToolButton::clicked, this, &EditorPage::deleteCurrent);
    auto *newButton = new QPushButton(Icons::ui(QStringLiteral("plus"), Theme::onAccent()), tr("New post"), bar);
    newButton->setObjectName(QStringLiteral("PrimaryButton"));
    newButton->setToolTip(tr("Write a new post (Ctrl+N)"));
    connect(newButton, &QPushButton::clicked, this, [this] { newPost(); });
    row->addWidget(m_listToggle);
    row->addWidget(templates);
    row->addWidget(m_deleteButton);
    row->addWidget(newButton);
    return bar;
}

QWidget *EditorPage::buildPostList()
{
    auto *panel = new QWidget(this);
    m_search->setPlaceholderText(tr("Search posts (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::ui(QStringLiteral("search"), Theme::mutedText()), QLineEdit::LeadingPosition);
    m_search->setAccessibleName(tr("Search posts"));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        store::PostFilter filter = m_model->filter();
        filter.search = text;
        m_model->setFilter(filter);
    });
    m_list->setModel(m_model);
    m_list->setItemDelegate(new PostItemDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setAccessibleName(tr("Posts"));
    connect(m_list, &QListView::activated, this,
            [this](const QModelIndex &index) { openPost(index.data(PostListModel::IdRole).toString()); });
    connect(m_list, &QListView::clicked, this,
            [this](const QModelIndex &index) { openPost(index.data(PostListModel::IdRole).toString()); });
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, Theme::spacing, 0);
    // The order said in words: the dates in the rows read in that order.
    auto *order = new QLabel(tr("Last changed first"), panel);
    order->setObjectName(QStringLiteral("PostListOrder"));
    QPalette orderPalette = order->palette();
    orderPalette.setColor(QPalette::WindowText, Theme::mutedText());
    order->setPalette(orderPalette);
    layout->addWidget(m_search);
    layout->addWidget(order);
    layout->addWidget(m_list, 1);
    panel->setMinimumWidth(220);
    return panel;
}

void EditorPage::newPost(const QDateTime &when)
{
    flush();
    Post post;
    post.platforms = Platforms::fromInt(m_context.preferences.value(kPlatforms, int((Platform::Facebook
                                                                                   | Platform::Instagram).toInt()))
                                            .toInt());
    if (!post.platforms)
        post.platforms = Platform::Facebook;
    post.profileId = m_context.preferences.value(kActiveProfile).toString();
    post.metadata.insert(kLanguageKey, SpellChecker::defaultLanguage());
    m_postId.clear();
    load(post);
    if (when.isValid())
        m_composer->scheduleEdit()->setDateTime(when.toLocalTime());
    m_banner->dismiss();
    m_list->clearSelection();
    m_composer->text()->setFocus();
}

void EditorPage::openPost(const QString &id)
{
    if (id == m_postId && !id.isEmpty())
        return;
    flush();
    const std::optional<Post> post = m_context.store.posts().find(id);
    if (!post || post->sync.deleted)
        return;
    m_postId = id;
    m_context.preferences.setValue(kLastPost, id);
    m_banner->dismiss();
    load(*post);
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
}

void EditorPage::load(const Post &post)
{
    m_loading = true;
    m_post = post;
    m_composer->setPost(post);
    const QString language = post.metadata.value(kLanguageKey).toString(SpellChecker::defaultLanguage());
    m_composer->setSpellLanguage(language);
    QString why;
    const bool locked = post.status == PostStatus::Published || post.status == PostStatus::Publishing;
    if (locked)
        why = post.status == PostStatus::Published
                  ? PostRules::violation(QStringLiteral("published_post_immutable"), QStringLiteral("content")).message()
                  : tr("This post is being published right now; it cannot be changed.");
    m_composer->setReadOnly(locked, why);
    QString deleteWhy;
    m_deleteButton->setEnabled(!m_postId.isEmpty() && PostRules::canDelete(post, &deleteWhy));
    m_deleteButton->setToolTip(deleteWhy.isEmpty() ? tr("Delete this post (it can be undone)") : deleteWhy);
    m_versions->setPostId(m_postId);
    reloadPublishing();
    m_saveState->setText(m_postId.isEmpty()      ? tr("New post: saved as soon as you type")
                         : post.sync.dirty       ? tr("Saved on this computer")
                         : post.sync.version > 0 ? tr("Saved and synced")
                                                 : tr("Saved on this computer"));
    m_loading = false;
    refreshLive();
    showParkedReason();
}

QString EditorPage::saveStateText() const
{
    return m_saveState->text();
}

void EditorPage::focusSearch()
{
    m_listToggle->setChecked(true);
    m_search->setFocus();
    m_search->selectAll();
}

void EditorPage::flush()
{
    if (m_saveTimer->isActive()) {
        m_saveTimer->stop();
        save();
    }
}

void EditorPage::onEdited()
{
    if (m_loading)
        return;
    refreshLive();
    scheduleSave();
}

void EditorPage::scheduleSave()
{
    if (m_loading || m_composer->text()->isReadOnly())
        return;
    m_saveState->setText(tr("Editing…"));
    // Saved a second after the last key, and at least every three seconds
    // of typing without a pause.
    if (!m_unsavedSince.isValid())
        m_unsavedSince.start();
    const qint64 waited = m_unsavedSince.elapsed();
    m_saveTimer->start(waited >= kAutosaveMaxDelayMs ? 0 : int(std::min<qint64>(kAutosaveMs, kAutosaveMaxDelayMs - waited)));
}

void EditorPage::save()
{
    m_unsavedSince.invalidate();
    Post edited = m_post;
    m_composer->applyTo(edited);
    edited.metadata.insert(kLanguageKey, m_composer->spellLanguage());
    if (m_postId.isEmpty() && edited.content.trimmed().isEmpty() && edited.mediaIds.isEmpty())
        return; // an untouched new post is not a draft yet
    m_saving = true;
    const auto done = qScopeGuard([this] { m_saving = false; });
    PostPlanner planner(m_context.store);
    PostCommandResult result;
    if (m_postId.isEmpty()) {
        result = planner.create(edited);
        if (result.ok()) {
            m_postId = edited.id;
            m_context.preferences.setValue(kLastPost, m_postId);
            m_versions->setPostId(m_postId);
            m_deleteButton->setEnabled(true);
        }
    } else {
        // What the form holds; the time changes only through Schedule.
        result = planner.edit(m_postId, [&edited](Post &p) {
            p.platforms = edited.platforms;
            p.profileId = edited.profileId;
            p.content = edited.content;
            p.hashtags = edited.hashtags;
            p.firstComment = edited.firstComment;
            p.mediaIds = edited.mediaIds;
            p.metadata = edited.metadata;
            p.aiGenerated = edited.aiGenerated;
            p.ideaSource = edited.ideaSource;
            p.templateId = edited.templateId;
        });
    }
    if (!result.ok()) {
        m_saveState->setText(result.message());
        m_banner->showMessage(MessageBanner::Kind::Error, result.message());
        return;
    }
    if (const std::optional<Post> saved = m_context.store.posts().find(m_postId)) {
        m_post = *saved;
        // Versions are a convenience of this computer: one not kept costs
        // nothing of the post itself, which is saved.
        if (const store::StoreError e = m_context.store.postHistory().record(*saved))
            qCWarning(lcStore) << "post version not kept:" << e.detail;
        m_versions->reload();
    }
    m_context.preferences.setValue(kPlatforms, int(edited.platforms.toInt()));
    m_saveState->setText(tr("Saved on this computer"));
}

} // namespace pitchside::ui
