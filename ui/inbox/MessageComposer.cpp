#include "MessageComposer.h"

#include "../common/Icons.h"
#include "../common/Theme.h"
#include "models/Message.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace pitchside::ui {

MessageComposer::MessageComposer(QWidget *parent) : QWidget(parent)
{
    m_edit = new QPlainTextEdit(this);
    m_edit->setPlaceholderText(tr("Write a message… (Ctrl+Enter to send)"));
    m_edit->setTabChangesFocus(true);
    m_edit->setAccessibleName(tr("Message"));
    m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * 4 + Theme::spacing * 2);
    m_edit->installEventFilter(this);
    m_counter = new QLabel(this);
    m_counter->setAccessibleName(tr("Characters"));
    m_send = new QPushButton(Icons::ui(QStringLiteral("send")), tr("Send"), this);
    m_send->setDefault(false);
    m_send->setToolTip(tr("Send (Ctrl+Enter)"));
    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(400);
    connect(m_draftTimer, &QTimer::timeout, this, [this] { Q_EMIT draftChanged(text()); });
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        updateCounter();
        if (!m_loading)
            m_draftTimer->start();
    });
    connect(m_send, &QPushButton::clicked, this, &MessageComposer::trySend);

    auto *row = new QHBoxLayout;
    row->addWidget(m_counter, 1);
    row->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::spacing * 2, Theme::spacing, Theme::spacing * 2, Theme::spacing * 2);
    layout->setSpacing(Theme::spacing / 2);
    layout->addWidget(m_edit);
    layout->addLayout(row);
    updateCounter();
}

QString MessageComposer::text() const
{
    return m_edit->toPlainText();
}

void MessageComposer::setText(const QString &text)
{
    m_draftTimer->stop();
    m_loading = true;
    m_edit->setPlainText(text);
    m_edit->moveCursor(QTextCursor::End);
    m_loading = false;
    updateCounter();
}

bool MessageComposer::isOverLimit() const
{
    return messageLength(text().trimmed()) > Message::kMaxLength;
}

void MessageComposer::updateCounter()
{
    const int n = messageLength(text().trimmed());
    const bool over = n > Message::kMaxLength;
    const QLocale locale;
    m_counter->setText(over ? tr("%1 / %2 characters: shorten it by %3 to send it")
                                  .arg(locale.toString(n), locale.toString(Message::kMaxLength),
                                       locale.toString(n - Message::kMaxLength))
                            : tr("%1 / %2 characters").arg(locale.toString(n), locale.toString(Message::kMaxLength)));
    QPalette pal = m_counter->palette();
    pal.setColor(QPalette::WindowText, over ? Theme::danger() : Theme::mutedText());
    m_counter->setPalette(pal);
    m_counter->setProperty("over", over);
    m_send->setEnabled(n > 0 && !over);
}

void MessageComposer::trySend()
{
    if (!m_send->isEnabled())
        return;
    const QString t = text();
    Q_EMIT sendRequested(t);
}

bool MessageComposer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ControlModifier)) {
            trySend();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace pitchside::ui
