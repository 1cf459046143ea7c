#pragma once

#include "../Page.h"
#include "../UiContext.h"

class QButtonGroup;
class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;
class QTimer;

namespace pitchside {
class ConversationListModel;
class ThreadModel;
} // namespace pitchside

namespace pitchside::ui {

class EmptyState;
class MessageBanner;
class MessageComposer;
class ThreadView;

// Messagerie: conversations with sponsors, clubs, agencies and WhatsApp
// contacts on the left (search, filters, unread badges), the open one on
// the right (ThreadView) with its composer. Everything reads the store, so
// every thread already synced opens offline; a message sent offline waits
// in the outbox and goes once (its id is ours).
class InboxPage : public Page
{
    Q_OBJECT
public:
    explicit InboxPage(UiContext &context, QWidget *parent = nullptr);

    QString title() const override { return tr("Inbox"); }
    QString iconName() const override { return QStringLiteral("inbox"); }
    void activate() override;
    QList<std::pair<QString, QString>> keyboardHelp() const override;

    // Shows that conversation (a notification's click); false if unknown.
    bool openConversation(const QString &id);
    QString currentConversation() const { return m_openId; }

    // For tests and screenshots.
    QListView *conversationList() const { return m_list; }
    ThreadView *threadView() const { return m_thread; }
    MessageComposer *composer() const { return m_composer; }
    QLineEdit *searchField() const { return m_search; }
    ConversationListModel *conversations() const { return m_conversations; }
    ThreadModel *thread() const { return m_threadModel; }

private:
    void applyQuery();
    void showConversation(const QString &id);
    void markReadIfSeen();
    void send(const QString &text);
    void saveDraft(const QString &text);
    void updateEmptyStates();

    UiContext &m_context;
    ConversationListModel *m_conversations;
    ThreadModel *m_threadModel;
    QLineEdit *m_search;
    QButtonGroup *m_filters;
    QListView *m_list;
    QStackedWidget *m_listStack;
    EmptyState *m_noConversation;
    QStackedWidget *m_right;
    EmptyState *m_nothingOpen;
    QLabel *m_threadTitle;
    QLabel *m_threadSubtitle;
    ThreadView *m_thread;
    MessageComposer *m_composer;
    MessageBanner *m_banner;
    QTimer *m_searchTimer;
    QString m_openId;
};

} // namespace pitchside::ui
