#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace pitchside::ui {

// Where a reply is typed: a live count of the characters against the
// server's 5,000 (red beyond, and Send then refuses), Ctrl+Enter to send,
// and what is typed handed back a moment after each keystroke so the page
// keeps it as the conversation's draft.
class MessageComposer : public QWidget
{
    Q_OBJECT
public:
    explicit MessageComposer(QWidget *parent = nullptr);

    QString text() const;
    // Replaces the text without announcing a draft (opening a conversation).
    void setText(const QString &text);
    bool isOverLimit() const;
    QLabel *counter() const { return m_counter; }
    QPushButton *sendButton() const { return m_send; }
    QPlainTextEdit *editor() const { return m_edit; }

Q_SIGNALS:
    void sendRequested(const QString &text);
    void draftChanged(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateCounter();
    void trySend();

    QPlainTextEdit *m_edit;
    QLabel *m_counter;
    QPushButton *m_send;
    QTimer *m_draftTimer;
    bool m_loading = false;
};

} // namespace pitchside::ui
