#include "EditorPage.h"

#include "../common/Icons.h"
#include "../common/PageHeader.h"
#include "../common/PostItemDelegate.h"
#include "../common/Theme.h"
#include "models/PostListModel.h"
#include "models/store/Store.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace pitchside::ui {

namespace {

// Platform caption limits (docs/api/README.md), counted in Unicode code points.
int limitFor(Platform p)
{
    switch (p) {
    case Platform::Instagram:
        return 2200;
    case Platform::LinkedIn:
        return 3000;
    case Platform::Facebook:
        return 63206;
    }
    return 0;
}

int codePoints(const QString &text)
{
    return int(text.toUcs4().size());
}

} // namespace

EditorPage::EditorPage(UiContext &context, QWidget *parent)
    : Page(parent), m_context(context),
      m_model(new PostListModel(context.store.posts(), context.store.hub(), this)), m_list(new QListView(this)),
      m_search(new QLineEdit(this)), m_text(new QPlainTextEdit(this)), m_saveState(new QLabel(this)),
      m_saveTimer(new QTimer(this))
{
    auto *header = new PageHeader(this);
    header->setTitle(title());
    header->setSubtitle(tr("Write once, publish on each network. Everything is saved as you type."));
    auto *newButton = new QPushButton(Icons::ui(QStringLiteral("plus"), Theme::onAccent()), tr("New post"), this);
    newButton->setObjectName(QStringLiteral("PrimaryButton"));
    newButton->setToolTip(tr("Write a new post (Ctrl+N)"));
    connect(newButton, &QPushButton::clicked, this, &EditorPage::newPost);
    header->addWidget(newButton);

    // Left: the posts.
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
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_list, 1);

    // Right: the composer.
    auto *platformRow = new QHBoxLayout;
    platformRow->addWidget(new QLabel(tr("Publish on:"), this));
    for (Platform p : AllPlatforms) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setIcon(Icons::platform(p));
        button->setText(platformName(p));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAccessibleName(platformName(p));
        connect(button, &QToolButton::toggled, this, [this] {
            updateCounters();
            scheduleSave();
        });
        m_platformButtons.insert(p, button);
        platformRow->addWidget(button);
    }
    platformRow->addStretch(1);
    platformRow->addWidget(m_saveState);

    m_text->setPlaceholderText(tr("What do you want to tell your supporters?"));
    m_text->setAccessibleName(tr("Post text"));
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        updateCounters();
        scheduleSave();
    });

    auto *counterRow = new QHBoxLayout;
    for (Platform p : AllPlatforms) {
        auto *label = new QLabel(this);
        m_counters.insert(p, label);
        counterRow->addWidget(label);
    }
    counterRow->addStretch(1);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(Theme::spacing, 0, 0, 0);
    rightLayout->addLayout(platformRow);
    rightLayout->addWidget(m_text, 1);
    rightLayout->addLayout(counterRow);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(header);
    auto *body = new QVBoxLayout;
    body->setContentsMargins(Theme::spacing * 3, 0, Theme::spacing * 3, Theme::spacing * 2);
    body->addWidget(splitter);
    layout->addLayout(body, 1);

    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(1000);
    connect(m_saveTimer, &QTimer::timeout, this, &EditorPage::save);

    newPost();
}

EditorPage::~EditorPage()
{
    flush();
}

void EditorPage::newPost()
{
    flush();
    m_loading = true;
    m_postId.clear();
    m_text->clear();
    setSelectedPlatforms(Platform::Facebook | Platform::Instagram);
    m_saveState->clear();
    m_list->clearSelection();
    m_loading = false;
    updateCounters();
    m_text->setFocus();
}

void EditorPage::openPost(const QString &id)
{
    if (id == m_postId)
        return;
    flush();
    const std::optional<Post> post = m_context.store.posts().find(id);
    if (!post)
        return;
    m_loading = true;
    m_postId = id;
    m_text->setPlainText(post->content);
    setSelectedPlatforms(post->platforms);
    m_saveState->setText(post->sync.dirty ? tr("Saved on this computer") : tr("Synced"));
    m_loading = false;
    updateCounters();
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
}

void EditorPage::focusSearch()
{
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

void EditorPage::scheduleSave()
{
    if (m_loading)
        return;
    m_saveState->setText(tr("Editing…"));
    m_saveTimer->start();
}

void EditorPage::save()
{
    const QString text = m_text->toPlainText();
    const Platforms platforms = selectedPlatforms();
    store::StoreError error;
    if (m_postId.isEmpty()) {
        if (text.trimmed().isEmpty())
            return; // an untouched new post is not a draft yet
        Post post;
        post.content = text;
        post.platforms = platforms;
        error = m_context.store.posts().create(post);
        if (!error)
            m_postId = post.id;
    } else {
        error = m_context.store.posts().update(m_postId, [&](Post &p) {
            p.content = text;
            p.platforms = platforms;
        });
    }
    m_saveState->setText(error ? error.userMessage() : tr("Saved on this computer"));
}

void EditorPage::updateCounters()
{
    const int length = codePoints(m_text->toPlainText());
    const Platforms platforms = selectedPlatforms();
    for (Platform p : AllPlatforms) {
        QLabel *label = m_counters.value(p);
        label->setVisible(platforms.testFlag(p));
        const int limit = limitFor(p);
        QColor color = Theme::mutedText();
        if (length > limit)
            color = Theme::danger();
        else if (length * 10 >= limit * 9)
            color = Theme::warning();
        label->setText(QStringLiteral("%1 %2 / %3").arg(platformName(p), QLocale().toString(length),
                                                        QLocale().toString(limit)));
        label->setStyleSheet(QStringLiteral("color: %1").arg(color.name()));
    }
}

Platforms EditorPage::selectedPlatforms() const
{
    Platforms result;
    for (auto it = m_platformButtons.begin(); it != m_platformButtons.end(); ++it) {
        if (it.value()->isChecked())
            result |= it.key();
    }
    return result;
}

void EditorPage::setSelectedPlatforms(Platforms platforms)
{
    for (auto it = m_platformButtons.begin(); it != m_platformButtons.end(); ++it)
        it.value()->setChecked(platforms.testFlag(it.key()));
}

} // namespace pitchside::ui
