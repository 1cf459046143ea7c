#include "EmptyState.h"

#include "Icons.h"
#include "Theme.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pitchside::ui {

EmptyState::EmptyState(const QString &iconName, QWidget *parent)
    : QWidget(parent), m_icon(new QLabel(this)), m_title(new QLabel(this)), m_text(new QLabel(this)),
      m_action(new QPushButton(this))
{
    m_icon->setPixmap(Icons::uiPixmap(iconName, 56, Theme::mutedText()));
    m_icon->setAlignment(Qt::AlignCenter);
    m_title->setObjectName(QStringLiteral("EmptyStateTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("EmptyStateText"));
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setFixedWidth(460);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->setObjectName(QStringLiteral("PrimaryButton"));
    m_action->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_icon, 0, Qt::AlignHCenter);
    layout->addSpacing(Theme::spacing * 2);
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    layout->addSpacing(Theme::spacing);
    layout->addWidget(m_text, 0, Qt::AlignHCenter);
    layout->addSpacing(Theme::spacing * 3);
    layout->addWidget(m_action, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

void EmptyState::setTitle(const QString &title)
{
    m_title->setText(title);
}

void EmptyState::setText(const QString &text)
{
    m_text->setText(text);
}

QPushButton *EmptyState::setAction(const QString &label)
{
    m_action->setText(label);
    m_action->show();
    return m_action;
}

} // namespace pitchside::ui
