#include "EmptyState.h"

#include "Icons.h"
#include "Theme.h"

#include <QLabel>
#include <QHBoxLayout>
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
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->setObjectName(QStringLiteral("PrimaryButton"));
    m_action->hide();

    // A fixed-width column, centred: word-wrapped labels get their height
    // for that width (alignment flags in addWidget would defeat that).
    auto *column = new QWidget(this);
    column->setFixedWidth(480);
    auto *inner = new QVBoxLayout(column);
    inner->setContentsMargins(0, 0, 0, 0);
    inner->setSpacing(0);
    inner->addWidget(m_icon);
    inner->addSpacing(Theme::spacing * 2);
    inner->addWidget(m_title);
    inner->addSpacing(Theme::spacing);
    inner->addWidget(m_text);
    inner->addSpacing(Theme::spacing * 3);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_action);
    buttonRow->addStretch(1);
    inner->addLayout(buttonRow);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
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
