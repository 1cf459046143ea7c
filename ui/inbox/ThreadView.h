#pragma once

#include <QListView>

class QToolButton;

namespace pitchside {
class ThreadModel;
}

namespace pitchside::ui {

// A conversation's messages, with the scrolling rules of a chat: it opens
// on the first message not read (or the last one); a message that comes
// while the reader is at the bottom scrolls into view, but when they have
// scrolled up to read older ones it stays put and a "new messages" button
// appears; reaching the top loads the earlier page without moving what is
// on screen.
class ThreadView : public QListView
{
    Q_OBJECT
public:
    explicit ThreadView(ThreadModel &model, QWidget *parent = nullptr);

    // After the model opened a conversation.
    void showOpened();
    bool isAtBottom() const;
    QToolButton *newMessagesButton() const { return m_jump; }

Q_SIGNALS:
    // The reader can see the last message (the conversation can be marked read).
    void reachedBottom();
    void retryRequested(qint64 outboxSeq);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void onAppended(int first, int last);
    void onScrolled(int value);
    void placeJumpButton();

    ThreadModel &m_model;
    QToolButton *m_jump;
    bool m_loadingEarlier = false;
};

} // namespace pitchside::ui
