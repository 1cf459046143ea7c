#include "InboxPage.h"

#include "ConversationDelegate.h"
#include "MessageComposer.h"
#include "ThreadView.h"
#include "../common/EmptyState.h"
#include "../common/Icons.h"
#include "../common/MessageBanner.h"
#include "../common/PageHeader.h"
#include "../common/Theme.h"
#include "models/Clock.h"
#include "models/Logging.h"
#include "models/ConversationListModel.h"
#include "models/ThreadModel.h"
#include "models/store/Store.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace pitchside::ui {

InboxPage::InboxPage(UiContext &context, QWidget *parent)
    : Page(parent), m_context(context),
      m_conversations(new ConversationListModel(context.store.inbox(), context.store.hub(), this)),
      m_threadModel(new ThreadModel(context.store, this))
{
    auto *header = new PageHeader(this);
    header->setTitle(title());
    header->setSubtitle(tr("Sponsors, clubs and WhatsApp contacts: every conversation, also offline."));

    // Left: search, filters, the conversations.
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search a name, a subject, a message"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::ui(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->setAccessibleName(tr("Search conversations"));
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &InboxPage::applyQuery);

    m_filters = new QButtonGroup(this);
    auto *filterRow = new QHBoxLayout;
    filterRow->setSpacing(Theme::spacing / 2);
    const std::pair<store::ConversationQuery::Show, QString> filters[] = {
        {store::ConversationQuery::Show::All, tr("All")},
        {store::ConversationQuery::Show::Unread, tr("Unread")},
        {store::ConversationQuery::Show::Sponsors, tr("Sponsors")},
        {store::ConversationQuery::Show::Clubs, tr("Clubs")},
        {store::ConversationQuery::Show::WhatsApp, tr("WhatsApp")},
    };
    for (const auto &[show, label] : filters) {
        auto *b = new QToolButton(this);
        b->setText(label);
        b->setCheckable(true);
        b->setAutoRaise(true);
        b->setChecked(show == store::ConversationQuery::Show::All);
        m_filters->addButton(b, int(show));
        filterRow->addWidget(b);
    }
    filterRow->addStretch(1);
    connect(m_filters, &QButtonGroup::idClicked, this, &InboxPage::applyQuery);

    m_list = new QListView(this);
    m_list->setModel(m_conversations);
    m_list->setItemDelegate(new ConversationDelegate(m_list));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setUniformItemSizes(true);
    m_list->setAccessibleName(tr("Conversations"));
    m_noConversation = new EmptyState(QStringLiteral("inbox"), this);
    m_listStack = new QStackedWidget(this);
    m_listStack->addWidget(m_list);
    m_listStack->addWidget(m_noConversation);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &i) {
        if (i.isValid())
            showConversation(i.data(ConversationListModel::IdRole).toString());
    });
    connect(m_conversations, &ConversationListModel::reloaded, this, [this] {
        // Keep the open conversation selected through a refresh.
        const int row = m_conversations->rowOf(m_openId);
        if (row >= 0) {
            QSignalBlocker block(m_list->selectionModel());
            m_list->setCurrentIndex(m_conversations->index(row));
        }
        updateEmptyStates();
    });

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(Theme::spacing * 2, Theme::spacing, Theme::spacing, 0);
    leftLayout->setSpacing(Theme::spacing);
    leftLayout->addWidget(m_search);
    leftLayout->addLayout(filterRow);
    leftLayout->addWidget(m_listStack, 1);

    // Right: the open conversation.
    m_threadTitle = new QLabel(this);
    QFont tf = m_threadTitle->font();
    tf.setBold(true);
    tf.setPointSizeF(tf.pointSizeF() * 1.15);
    m_threadTitle->setFont(tf);
    m_threadSubtitle = new QLabel(this);
    QPalette muted = m_threadSubtitle->palette();
    muted.setColor(QPalette::WindowText, Theme::mutedText());
    m_threadSubtitle->setPalette(muted);
    m_thread = new ThreadView(*m_threadModel, this);
    m_composer = new MessageComposer(this);
    m_banner = new MessageBanner(this);
    connect(m_thread, &ThreadView::reachedBottom, this, &InboxPage::markReadIfSeen);
    connect(m_thread, &ThreadView::retryRequested, this, [this](qint64 seq) {
        if (const store::StoreError e = m_context.store.inbox().retrySend(seq))
            m_banner->showMessage(MessageBanner::Kind::Error, tr("The message cannot be sent again: %1").arg(e.detail));
    });
    connect(m_composer, &MessageComposer::sendRequested, this, &InboxPage::send);
    connect(m_composer, &MessageComposer::draftChanged, this, &InboxPage::saveDraft);

    auto *thread = new QWidget(this);
    auto *threadLayout = new QVBoxLayout(thread);
    threadLayout->setContentsMargins(0, 0, 0, 0);
    threadLayout->setSpacing(0);
    auto *titles = new QVBoxLayout;
    titles->setContentsMargins(Theme::spacing * 2, Theme::spacing, Theme::spacing * 2, Theme::spacing);
    titles->setSpacing(2);
    titles->addWidget(m_threadTitle);
    titles->addWidget(m_threadSubtitle);
    threadLayout->addLayout(titles);
    threadLayout->addWidget(m_banner);
    threadLayout->addWidget(m_thread, 1);
    threadLayout->addWidget(m_composer);

    m_nothingOpen = new EmptyState(QStringLiteral("message-square"), this);
    m_nothingOpen->setTitle(tr("Choose a conversation"));
    m_nothingOpen->setText(tr("Its messages show here, with what you had started to write."));
    m_right = new QStackedWidget(this);
    m_right->addWidget(m_nothingOpen);
    m_right->addWidget(thread);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({340, 700});
    split->setChildrenCollapsible(false);
    left->setMinimumWidth(260);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addWidget(split, 1);
    updateEmptyStates();
}

void InboxPage::activate()
{
    markReadIfSeen();
}

QList<std::pair<QString, QString>> InboxPage::keyboardHelp() const
{
    return {{tr("Send the message"), QStringLiteral("Ctrl+Enter")}};
}

void InboxPage::applyQuery()
{
    store::ConversationQuery q;
    q.show = store::ConversationQuery::Show(qMax(0, m_filters->checkedId()));
    q.search = m_search->text();
    m_conversations->setQuery(q);
}

void InboxPage::updateEmptyStates()
{
    const bool none = m_conversations->rowCount() == 0;
    if (none) {
        const bool filtered = !m_search->text().trimmed().isEmpty() || m_filters->checkedId() > 0;
        m_noConversation->setTitle(filtered ? tr("No conversation matches") : tr("No conversation yet"));
        m_noConversation->setText(filtered ? tr("Try other words, or show all conversations.")
                                           : tr("When a sponsor, a club or a WhatsApp contact writes to you, "
                                                "the conversation appears here."));
    }
    m_listStack->setCurrentWidget(none ? static_cast<QWidget *>(m_noConversation) : m_list);
}

bool InboxPage::openConversation(const QString &id)
{
    if (!m_context.store.inbox().conversation(id))
        return false;
    if (m_conversations->rowOf(id) < 0) { // hidden by the filters: show them all
        m_search->clear();
        m_filters->button(int(store::ConversationQuery::Show::All))->setChecked(true);
        applyQuery();
    }
    const int row = m_conversations->rowOf(id);
    if (row >= 0)
        m_list->setCurrentIndex(m_conversations->index(row));
    showConversation(id);
    return true;
}

void InboxPage::showConversation(const QString &id)
{
    if (id == m_openId)
        return;
    if (!m_openId.isEmpty())
        saveDraft(m_composer->text());
    const std::optional<Conversation> c = m_context.store.inbox().conversation(id);
    if (!c) {
        m_openId.clear();
        m_right->setCurrentWidget(m_nothingOpen);
        return;
    }
    m_openId = id;
    m_banner->dismiss();
    m_threadTitle->setText(c->participantName);
    QStringList sub{conversationKindText(c->kind)};
    if (!c->subject.isEmpty())
        sub << c->subject;
    m_threadSubtitle->setText(sub.join(QStringLiteral(" · ")));
    // The marker goes above what was new at opening, and stays once read.
    m_threadModel->open(id, c->participantId, c->lastReadAt, c->unreadShown() > 0);
    m_composer->setText(m_context.store.inbox().draft(id));
    m_right->setCurrentIndex(1);
    m_thread->showOpened();
    m_composer->editor()->setFocus();
}

void InboxPage::markReadIfSeen()
{
    if (m_openId.isEmpty() || !isVisible() || !m_thread->isAtBottom())
        return;
    const std::optional<Conversation> c = m_context.store.inbox().conversation(m_openId);
    if (!c || c->unreadShown() == 0)
        return;
    const QDateTime upTo = c->lastMessageAt.isValid() ? c->lastMessageAt : Clock::nowUtc();
    if (const store::StoreError e = m_context.store.inbox().markRead(m_openId, upTo))
        qCWarning(lcStore) << "cannot mark the conversation read:" << e.detail;
}

void InboxPage::send(const QString &text)
{
    if (m_openId.isEmpty())
        return;
    if (const store::StoreError e = m_context.store.inbox().send(m_openId, text)) {
        m_banner->showMessage(MessageBanner::Kind::Error,
                              e.kind == store::StoreError::Kind::Refused
                                  ? e.detail
                                  : tr("The message could not be saved on this computer: %1. What you wrote is still "
                                       "here.").arg(e.detail));
        return;
    }
    m_composer->setText({});
}

void InboxPage::saveDraft(const QString &text)
{
    if (m_openId.isEmpty())
        return;
    if (const store::StoreError e = m_context.store.inbox().setDraft(m_openId, text))
        m_banner->showMessage(MessageBanner::Kind::Warning, tr("The draft could not be kept: %1").arg(e.detail));
}

} // namespace pitchside::ui
