#include "FieldMessage.h"

#include "Icons.h"
#include "Theme.h"

#include <QHBoxLayout>
#include <QLabel>

namespace pitchside::ui {

FieldMessage::FieldMessage(QWidget *parent) : QWidget(parent), m_icon(new QLabel(this)), m_text(new QLabel(this))
{
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->setSpacing(Theme::spacing / 2 * 3 / 2);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    hide();
}

void FieldMessage::setMessages(const QStringList &messages, Kind kind)
{
    // Called on every keystroke: nothing to redo when nothing changed.
    if (messages == m_messages && kind == m_kind && isHidden() == messages.isEmpty())
        return;
    m_messages = messages;
    m_kind = kind;
    if (messages.isEmpty()) {
        hide();
        return;
    }
    const QColor color = kind == Kind::Error ? Theme::danger() : Theme::warning();
    m_icon->setPixmap(Icons::uiPixmap(kind == Kind::Error ? QStringLiteral("circle-alert")
                                                          : QStringLiteral("triangle-alert"),
                                      16, color));
    m_text->setText(messages.join(QLatin1Char('\n')));
    m_text->setStyleSheet(QStringLiteral("color: %1").arg(color.name()));
    m_text->setAccessibleDescription(messages.join(QLatin1Char(' ')));
    show();
}

} // namespace pitchside::ui
